/**
 * Filters and their counts, worked out over result ids and the filter values
 * each result carries (index-files.ts): values of one filter combine with OR,
 * filters with AND, and a value's count is what the results would be with
 * that value chosen (other filters kept).
 *
 * Results are record ids of the static index (client.ts).
 */
import { FILTERS, type FilterKey, type PageFilters, type Selection } from "./filters.ts";

export type FacetValue = { value: string; count: number; selected: boolean };
export type Facets = Record<FilterKey, FacetValue[]>;

/** The filter values of a result (FacetTable.filtersOf). */
export type FiltersOf<Id = number> = (id: Id) => PageFilters;

function passes(carried: PageFilters, selection: Selection, except?: FilterKey): boolean {
  return FILTERS.every((key) => {
    const chosen = selection[key] ?? [];
    return key === except || chosen.length === 0 || chosen.some((value) => carried[key]?.includes(value));
  });
}

/** The results that pass the selected filters, in their order. */
export function applySelection<Id>(ids: readonly Id[], selection: Selection, filtersOf: FiltersOf<Id>): Id[] {
  return ids.filter((id) => passes(filtersOf(id), selection));
}

/**
 * The display order of a filter's values, from their counts over the whole
 * index (so the list does not reorder as the query changes): years newest
 * first, other values by how many records carry them.
 */
export function orderValues(key: FilterKey, counts: Readonly<Record<string, number>>): string[] {
  const size = (value: string) => counts[value] ?? 0;
  return Object.keys(counts).sort((a, b) =>
    key === "年度" ? b.localeCompare(a) : size(b) - size(a) || a.localeCompare(b, "zh-CN"),
  );
}

/**
 * Each filter's values with their counts among the results, in display order.
 * A value with no result is left out unless it is selected (a shared URL may
 * name one), so it can still be unticked.
 */
export function facetCounts<Id>(
  ids: readonly Id[],
  selection: Selection,
  filtersOf: FiltersOf<Id>,
  order: Readonly<Record<FilterKey, readonly string[]>>,
  /** How many results each id stands for (records with the same filters counted once, with their number); 1 each if left out. */
  weights?: readonly number[],
): Facets {
  const carried = ids.map(filtersOf);
  const facets = {} as Facets;
  for (const key of FILTERS) {
    const counts = new Map<string, number>();
    carried.forEach((page, i) => {
      if (!passes(page, selection, key)) return;
      const weight = weights?.[i] ?? 1;
      for (const value of page[key] ?? []) counts.set(value, (counts.get(value) ?? 0) + weight);
    });
    const chosen = selection[key] ?? [];
    facets[key] = [...new Set([...order[key], ...chosen])]
      .map((value) => ({ value, count: counts.get(value) ?? 0, selected: chosen.includes(value) }))
      .filter((v) => v.count > 0 || v.selected);
  }
  return facets;
}
