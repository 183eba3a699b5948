/**
 * The compare view's table for a chosen set of items: their facts, the
 * concepts two or more of them share (aligned like a topic page's rows), and
 * every other indicator by level 1. Pure, so the island only renders.
 */
import { sourcePath } from "../site/paths.ts";
import { alignRow, type AlignedCell, type AlignedGroup } from "./align.ts";
import { MIX_KEYS, mixCounts, mixKey, type MixKey } from "./level-mix.ts";
import type { CompareEntry, CompareIndicator, CompareRecord } from "./records.ts";

/** An indicator with the record it belongs to (a budget unit's column holds several records). */
export type PlacedIndicator = CompareIndicator & { recordName: string; href: string; source: string };

export type Column = { item: CompareEntry; indicators: PlacedIndicator[]; levels: Record<MixKey, number> };

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

function place(record: CompareRecord): PlacedIndicator[] {
  return record.indicators.map((i) => ({
    ...i,
    recordName: record.name,
    href: `${record.href}#${i.id}`,
    source: sourcePath(record.documentId, i.line),
  }));
}

/** The chosen items, in the order chosen. */
export function sideBySide(items: readonly CompareEntry[]): SideBySide {
  const columns = items.map((item): Column => {
    const indicators = item.records.flatMap(place);
    return { item, indicators, levels: mixCounts(indicators) };
  });
  const conceptName = new Map(items.flatMap((i) => i.concepts.map((c) => [c.id, c.name] as const)));

  // Concepts in two or more columns, most columns first (then by id, as the items list them).
  const columnsWith = (concept: string) =>
    columns.filter((c) => c.indicators.some((i) => i.concept === concept)).length;
  const shared = [...conceptName.keys()]
    .sort()
    .filter((id) => columnsWith(id) >= 2)
    .sort((a, b) => columnsWith(b) - columnsWith(a))
    .map((concept): SharedRow => {
      const perColumn = columns.map((col) => col.indicators.filter((i) => i.concept === concept));
      const inputs = perColumn.flatMap((list, ci) =>
        list.map((i) => ({ column: columns[ci]!.item.id, spelling: i.spelling ?? null, measure: i.measure })),
      );
      const alignment = alignRow(inputs);
      let next = 0;
      const cells = perColumn.map((list) =>
        list.map((indicator) => ({ indicator, aligned: alignment.cells[next++]! })),
      );
      return {
        concept,
        name: conceptName.get(concept)!,
        cells,
        groups: alignment.groups,
        comparableColumns: alignment.comparableColumns,
      };
    });
  const sharedIds = new Set(shared.flatMap((row) => row.cells.flat().map((c) => c.indicator.id)));
  const levels = MIX_KEYS.map((key) => ({
    key,
    cells: columns.map((col) => col.indicators.filter((i) => mixKey(i.level1) === key && !sharedIds.has(i.id))),
  })).filter((row) => row.cells.some((cell) => cell.length > 0));
  return { columns, shared, levels };
}
