/**
 * The compare view's table for a chosen set of items: their facts, the
 * concepts two or more of them share (aligned like a topic page's rows), and
 * every other indicator by level 1. Pure, so the island only renders.
 */
import { recordPath, sourcePath } from "../site/paths.ts";
import { alignRow, type AlignedCell, type AlignedGroup } from "./align.ts";
import { MIX_KEYS, mixCounts, mixKey, type MixKey } from "./level-mix.ts";
import type { CompareIndicator, CompareItem, CompareRecords, RecordItem } from "./records.ts";

/** An indicator with the record it belongs to (a budget unit's column holds several records). */
export type PlacedIndicator = CompareIndicator & { recordName: string; href: string; source: string };

export type Column = { item: CompareItem; regionName: string; indicators: PlacedIndicator[]; levels: Record<MixKey, number> };

export type SharedRow = {
  concept: string;
  name: string;
  cells: { indicator: PlacedIndicator; aligned: AlignedCell }[][];
  groups: AlignedGroup[];
  /** Ids of the columns whose values can be read against each other. */
  comparableColumns: string[];
};

export type LevelRow = { key: MixKey; cells: PlacedIndicator[][] };

export type SideBySide = { columns: Column[]; shared: SharedRow[]; levels: LevelRow[] };

function place(record: RecordItem): PlacedIndicator[] {
  return record.indicators.map((i) => ({
    ...i,
    recordName: record.name,
    href: `${recordPath(record)}#${i.id}`,
    source: sourcePath(record.documentId, i.line),
  }));
}

export function sideBySide(file: CompareRecords, ids: readonly string[]): SideBySide {
  const byId = new Map(file.items.map((i) => [i.id, i]));
  const regionName = new Map(file.regions.map((r) => [r.slug, r.name]));
  const conceptName = new Map(file.concepts.map((c) => [c.id, c.name]));
  const columns = ids.flatMap((id): Column[] => {
    const item = byId.get(id);
    if (!item) return [];
    const records = item.kind === "budget-unit" ? item.records.map((r) => byId.get(r) as RecordItem) : [item];
    const indicators = records.flatMap(place);
    return [{ item, regionName: regionName.get(item.region) ?? item.region, indicators, levels: mixCounts(indicators) }];
  });

  // Concepts in two or more columns, most columns first.
  const columnsWith = (concept: string) => columns.filter((c) => c.indicators.some((i) => i.concept === concept)).length;
  const shared = file.concepts
    .filter((c) => columnsWith(c.id) >= 2)
    .sort((a, b) => columnsWith(b.id) - columnsWith(a.id))
    .map((c): SharedRow => {
      const perColumn = columns.map((col) => col.indicators.filter((i) => i.concept === c.id));
      const inputs = perColumn.flatMap((list, ci) =>
        list.map((i) => ({ column: columns[ci]!.item.id, spelling: i.spelling ?? null, measure: i.measure })),
      );
      const alignment = alignRow(inputs);
      let next = 0;
      const cells = perColumn.map((list) => list.map((indicator) => ({ indicator, aligned: alignment.cells[next++]! })));
      return { concept: c.id, name: conceptName.get(c.id) ?? c.id, cells, groups: alignment.groups, comparableColumns: alignment.comparableColumns };
    });

  const sharedIds = new Set(shared.flatMap((row) => row.cells.flat().map((c) => c.indicator.id)));
  const levels = MIX_KEYS.map((key) => ({
    key,
    cells: columns.map((col) => col.indicators.filter((i) => mixKey(i.level1) === key && !sharedIds.has(i.id))),
  })).filter((row) => row.cells.some((cell) => cell.length > 0));
  return { columns, shared, levels };
}
