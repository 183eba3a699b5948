/**
 * What the dataset covers: region × year × kind of table, with how many
 * records of each carry a quality flag. Shown on /data/quality/ so a
 * researcher sees the holes and the weak spots before drawing a comparison.
 */
import { projectKind, type DocumentData, type ProjectKind, type Region } from "../../model/schema.ts";
import { indicatorFlags } from "./indicators.ts";
import { regionName } from "./regions.ts";

export type CoverageCell = {
  documents: string[];
  records: number;
  flagged: number;
  indicators: number;
  unparsed: number;
};

export type CoverageRow = { region: Region; name: string; cells: ReadonlyMap<string, CoverageCell> };

export type Coverage = {
  years: number[];
  /** Kinds of table present in the dataset, in the model's order. */
  kinds: ProjectKind[];
  rows: CoverageRow[];
};

export const coverageKey = (year: number, kind: ProjectKind) => `${year}:${kind}`;

export function coverage(dataset: readonly DocumentData[]): Coverage {
  const rows = new Map<string, { region: Region; name: string; cells: Map<string, CoverageCell> }>();
  const kinds = new Set<ProjectKind>();
  for (const { document, projects } of dataset) {
    const row = rows.get(document.region.adminCode) ?? {
      region: document.region,
      name: regionName(document.region),
      cells: new Map<string, CoverageCell>(),
    };
    rows.set(document.region.adminCode, row);
    for (const project of projects) {
      kinds.add(project.kind);
      const key = coverageKey(document.year, project.kind);
      const cell = row.cells.get(key) ?? { documents: [], records: 0, flagged: 0, indicators: 0, unparsed: 0 };
      row.cells.set(key, cell);
      if (!cell.documents.includes(document.id)) cell.documents.push(document.id);
      cell.records++;
      cell.indicators += project.indicators.length;
      cell.unparsed += project.indicators.filter((i) =>
        [i.target, i.periodTarget].some((t) => t?.kind === "unparsed"),
      ).length;
      if (project.flags.length > 0 || project.indicators.some((i) => indicatorFlags(i).length > 0)) cell.flagged++;
    }
  }
  return {
    years: [...new Set(dataset.map((d) => d.document.year))].sort(),
    kinds: projectKind.options.filter((k) => kinds.has(k)),
    rows: [...rows.values()].sort((a, b) => a.region.adminCode.localeCompare(b.region.adminCode)),
  };
}
