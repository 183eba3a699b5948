/**
 * The figures the /data/ page prints about the dataset. Counted from the
 * records themselves (not copied from the parse reports), so a test can hold
 * them against the published tables and the reports independently.
 */
import { projectKind, targetKind, type ProjectKind } from "../../model/schema.ts";
import type { Dataset } from "./dataset.ts";

type TargetKind = (typeof targetKind.options)[number];

export type DatasetCounts = {
  documents: number;
  /** Distinct GB/T 2260 codes. */
  regions: number;
  years: number[];
  records: Record<ProjectKind, number>;
  indicators: number;
  /** Target values by kind, the project-cycle column included. */
  targets: Record<TargetKind, number>;
  budgetFigures: number;
  /** Entries of the parse reports' flag lists. */
  flags: number;
};

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function datasetCounts(dataset: Dataset): DatasetCounts {
  const records = zeros(projectKind.options);
  const targets = zeros(targetKind.options);
  let indicators = 0;
  for (const { projects } of dataset) {
    for (const project of projects) {
      records[project.kind]++;
      indicators += project.indicators.length;
      for (const indicator of project.indicators) {
        for (const target of [indicator.target, indicator.periodTarget]) if (target) targets[target.kind]++;
      }
    }
  }
  return {
    documents: dataset.length,
    regions: new Set(dataset.map((d) => d.document.region.adminCode)).size,
    years: [...new Set(dataset.map((d) => d.document.year))].sort(),
    records,
    indicators,
    targets,
    budgetFigures: dataset.reduce(
      (n, { document }) =>
        n + (document.budgetTables ?? []).reduce((m, t) => m + t.rows.reduce((k, r) => k + r.values.length, 0), 0),
      0,
    ),
    flags: dataset.reduce((n, d) => n + d.report.flags.length, 0),
  };
}

/** A file size for people: 830 B, 12.4 KB, 1.2 MB (1 KB = 1024 bytes); the exact count goes next to it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
