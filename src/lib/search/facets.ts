/**
 * Filters and their counts as the search page shows them: values of one
 * filter combine with OR, filters with AND, and a value's count is what the
 * results would be with that value chosen (other filters kept). Worked out
 * by facet-table.ts over the index's facet table.
 */
import type { FilterKey } from "./filters.ts";

export type FacetValue = { value: string; count: number; selected: boolean };
export type Facets = Record<FilterKey, FacetValue[]>;

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
