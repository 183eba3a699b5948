/**
 * The view model of a topic comparison: one column per region with its
 * records, money and indicator mix; one row per indicator concept found in two
 * or more of those regions, every target aligned across the whole topic;
 * templates kept apart. The pages show it in parts (topic-sheets.ts): the
 * figures per region on the first, the records and their targets paginated.
 */
import type { Indicator, Project } from "../../model/schema.ts";
import { regionName } from "../site/regions.ts";
import { projectBudgetSum } from "../site/summary.ts";
import { alignInput, alignRow, type AlignedCell, type AlignedGroup } from "./align.ts";
import { MIX_KEYS, mixCounts, mixKey, type MixKey } from "./level-mix.ts";
import { scopeOf, scopesDiffer } from "./scope.ts";
import { regionSlugs, topicsWithComparison, type Corpus } from "./topics.ts";
import { rowVerdict, type RowVerdict } from "./verdict.ts";

export type RegionColumn = {
  slug: string;
  name: string;
  /** Budget years of the documents the records come from. */
  years: number[];
  /** Project records, in publication order. */
  projects: Project[];
  /** Whole-unit records (部门（单位）整体): their budgets contain projects, so they are never added to the sum. */
  units: Project[];
  /** The exact sum of the projects' published totals. */
  budget: { sum: string | null; counted: number };
  indicators: number;
  /** Indicators by level 1, for the mix chart. */
  levels: Record<MixKey, number>;
};

export type RowEntry = {
  record: Project;
  indicator: Indicator;
  /** Parts of the concept this indicator names (see scope.ts); null where the concept has none. */
  scope: string[] | null;
  aligned: AlignedCell;
};

/** An indicator in no aligned row: shown with its record, nothing to align it with. */
export type PlainEntry = { record: Project; indicator: Indicator };

/** Indicators of one level 1 that no aligned row holds, one cell per column. */
export type OtherRow = { key: MixKey; cells: { region: string; entries: PlainEntry[] }[] };

export type ConceptRow = {
  concept: string;
  /** One cell per column, in column order; a region without the concept has no entries. */
  cells: { region: string; entries: RowEntry[] }[];
  groups: AlignedGroup[];
  comparableRegions: string[];
  scopesDiffer: boolean;
  /** Said over the whole topic, so every page holding part of the row says the same. */
  verdict: RowVerdict;
};

export type TopicPage = {
  topic: string;
  columns: RegionColumn[];
  /** Concepts in two or more regions, most regions first. */
  rows: ConceptRow[];
  /** Concepts found in one region only: named, not aligned. */
  singles: { concept: string; region: string; count: number }[];
  /** Every indicator no row holds, by level 1, so nothing a region published is hidden. */
  others: OtherRow[];
  /** Application templates on the topic: what the province asks applicants to report. */
  templates: Project[];
};

/** A region as a column or row names it: 天津市（2024 年）. */
export const regionLabel = (region: Pick<RegionColumn, "name" | "years">): string =>
  `${region.name}（${region.years.join("、")} 年）`;

/** The page for a topic, or null when the topic has no comparison (fewer than two regions). */
export function topicPage(data: Corpus, topic: string): TopicPage | null {
  const comparison = topicsWithComparison(data).find((t) => t.topic === topic);
  if (!comparison) return null;
  const slugOf = regionSlugs(data);
  const onTopic = data.projects.filter((p) => p.topics.includes(topic));
  const columns = comparison.regions.map((slug) =>
    regionColumn(
      data,
      slug,
      onTopic.filter((p) => p.kind !== "template" && slugOf.get(p.documentId) === slug),
    ),
  );
  const { rows, singles } = conceptRows(columns);
  return {
    topic,
    columns,
    rows,
    singles,
    others: otherRows(columns, rows),
    templates: onTopic.filter((p) => p.kind === "template"),
  };
}

function regionColumn(data: Corpus, slug: string, records: Project[]): RegionColumn {
  const documents = data.documents.filter((d) => records.some((r) => r.documentId === d.id));
  const projects = records.filter((r) => r.kind === "project");
  const indicators = records.flatMap((r) => r.indicators);
  return {
    slug,
    name: regionName(documents[0]!.region),
    years: [...new Set(documents.map((d) => d.year))].sort(),
    projects,
    units: records.filter((r) => r.kind === "unit"),
    budget: projectBudgetSum(projects),
    indicators: indicators.length,
    levels: mixCounts(indicators),
  };
}

function conceptRows(columns: readonly RegionColumn[]): Pick<TopicPage, "rows" | "singles"> {
  const found = new Map<string, Map<string, { record: Project; indicator: Indicator }[]>>();
  for (const column of columns) {
    for (const record of [...column.projects, ...column.units]) {
      for (const indicator of record.indicators) {
        if (indicator.concept === undefined) continue;
        const byRegion = found.get(indicator.concept) ?? new Map<string, { record: Project; indicator: Indicator }[]>();
        byRegion.set(column.slug, [...(byRegion.get(column.slug) ?? []), { record, indicator }]);
        found.set(indicator.concept, byRegion);
      }
    }
  }
  const rows: ConceptRow[] = [];
  const singles: TopicPage["singles"] = [];
  for (const [concept, byRegion] of found) {
    if (byRegion.size >= 2) rows.push(alignedRow(concept, columns, byRegion));
    else for (const [region, entries] of byRegion) singles.push({ concept, region, count: entries.length });
  }
  rows.sort(
    (a, b) => regionsWith(b) - regionsWith(a) || entriesIn(b) - entriesIn(a) || a.concept.localeCompare(b.concept),
  );
  singles.sort((a, b) => b.count - a.count || a.concept.localeCompare(b.concept));
  return { rows, singles };
}

export const regionsWith = (row: Pick<ConceptRow, "cells">): number =>
  row.cells.filter((c) => c.entries.length > 0).length;
export const entriesIn = (row: { cells: readonly { entries: readonly unknown[] }[] }): number =>
  row.cells.reduce((n, c) => n + c.entries.length, 0);

function alignedRow(
  concept: string,
  columns: readonly RegionColumn[],
  byRegion: ReadonlyMap<string, { record: Project; indicator: Indicator }[]>,
): ConceptRow {
  const flat = columns.flatMap((c) => (byRegion.get(c.slug) ?? []).map((e) => ({ ...e, region: c.slug })));
  const alignment = alignRow(flat.map((e) => alignInput(e.region, e.indicator.target)));
  const entries = flat.map((e, i): RowEntry & { region: string } => ({
    ...e,
    scope: scopeOf(e.indicator),
    aligned: alignment.cells[i]!,
  }));
  const nameOf = (slug: string) => columns.find((c) => c.slug === slug)?.name ?? slug;
  return {
    concept,
    cells: columns.map((c) => ({ region: c.slug, entries: entries.filter((e) => e.region === c.slug) })),
    groups: alignment.groups,
    comparableRegions: alignment.comparableColumns,
    scopesDiffer: scopesDiffer(entries.map((e) => e.scope)),
    verdict: rowVerdict(alignment.groups, alignment.comparableColumns, entries.length, nameOf),
  };
}

function otherRows(columns: readonly RegionColumn[], rows: readonly ConceptRow[]): OtherRow[] {
  const aligned = new Set(rows.flatMap((r) => r.cells.flatMap((c) => c.entries.map((e) => e.indicator.id))));
  const plain = (column: RegionColumn, key: MixKey) =>
    [...column.projects, ...column.units].flatMap((record) =>
      record.indicators
        .filter((i) => mixKey(i.level1) === key && !aligned.has(i.id))
        .map((indicator) => ({ record, indicator })),
    );
  return MIX_KEYS.map((key) => ({
    key,
    cells: columns.map((c) => ({ region: c.slug, entries: plain(c, key) })),
  })).filter((row) => row.cells.some((c) => c.entries.length > 0));
}

/** Every topic page the data supports, for getStaticPaths. */
export function topicPages(data: Corpus): TopicPage[] {
  return topicsWithComparison(data).map((t) => topicPage(data, t.topic)!);
}
