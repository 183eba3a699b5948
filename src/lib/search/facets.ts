/**
 * Filters and their counts as set algebra over result ids.
 *
 * A query of several pieces is several Pagefind searches, so Pagefind's own
 * filter counts (which belong to one search) cannot be used. Instead the
 * engine asks Pagefind which results carry each filter value (engine.ts) and
 * results and counts are worked out here: values of one filter combine with
 * OR, filters with AND, and a value's count is what the results would be with
 * that value chosen (other filters kept).
 */
import { FILTERS, type FilterKey, type Selection } from "./filters.ts";

/** Per filter, per value (in display order), the ids of the records carrying that value. */
export type FilterIndex = ReadonlyMap<FilterKey, ReadonlyMap<string, ReadonlySet<string>>>;

export type FacetValue = { value: string; count: number; selected: boolean };
export type Facets = Record<FilterKey, FacetValue[]>;

/** The ids every search found, in the order of the first (its ranking). */
export function intersect(lists: readonly (readonly string[])[]): string[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const others = rest.map((list) => new Set(list));
  return [...new Set(first)].filter((id) => others.every((set) => set.has(id)));
}

function passes(id: string, selection: Selection, index: FilterIndex, except?: FilterKey): boolean {
  return FILTERS.every((key) => {
    const chosen = selection[key] ?? [];
    return key === except || chosen.length === 0 || chosen.some((value) => index.get(key)?.get(value)?.has(id) ?? false);
  });
}

/** The results that pass the selected filters, in their order. */
export function applySelection(ids: readonly string[], selection: Selection, index: FilterIndex): string[] {
  return ids.filter((id) => passes(id, selection, index));
}

/**
 * The display order of a filter's values, from their counts over the whole
 * index (so the list does not reorder as the query changes): years newest
 * first, other values by how many records carry them.
 */
export function orderValues(key: FilterKey, counts: Readonly<Record<string, number>>): string[] {
  const size = (value: string) => counts[value] ?? 0;
  return Object.keys(counts).sort((a, b) => (key === "年度" ? b.localeCompare(a) : size(b) - size(a) || a.localeCompare(b, "zh-CN")));
}

/**
 * Each filter's values with their counts among the results, in the index's
 * order. A value with no result is left out unless it is selected (a shared
 * URL may name one), so it can still be unticked.
 */
export function facetCounts(ids: readonly string[], selection: Selection, index: FilterIndex): Facets {
  const facets = {} as Facets;
  for (const key of FILTERS) {
    const values = index.get(key) ?? new Map<string, ReadonlySet<string>>();
    const chosen = selection[key] ?? [];
    const base = ids.filter((id) => passes(id, selection, index, key));
    facets[key] = [...new Set([...values.keys(), ...chosen])]
      .map((value) => ({ value, count: base.filter((id) => values.get(value)?.has(id)).length, selected: chosen.includes(value) }))
      .filter((v) => v.count > 0 || v.selected);
  }
  return facets;
}
