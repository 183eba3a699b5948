/**
 * The search as a URL: ?q=无线电&地区=天津市&类型=项目, so a search can be
 * shared and bookmarked, and the header's GET form (?q=) lands on it.
 * A filter may repeat (?地区=天津市&地区=青岛市: either region).
 */
import { isSort, type Sort } from "./client.ts";
import { FILTERS, isFilterKey, type FilterKey, type Selection } from "./filters.ts";

/** sort: relevance unless ?sort= names another order (client.ts, SORTS). */
export type SearchState = { q: string; selection: Selection; sort?: Sort };

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const selection: Partial<Record<FilterKey, string[]>> = {};
  for (const [name, value] of params) {
    if (!isFilterKey(name) || value === "") continue;
    const values = (selection[name] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const sort = params.get("sort") ?? "";
  return { q: (params.get("q") ?? "").trim(), selection, ...(isSort(sort) && sort !== "relevance" ? { sort } : {}) };
}

/** The query string of a state ("" when there is nothing to say), filters in their fixed order. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== "") params.set("q", state.q);
  for (const key of FILTERS) for (const value of state.selection[key] ?? []) params.append(key, value);
  if (state.sort && state.sort !== "relevance") params.set("sort", state.sort);
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/** The selection with one value ticked or unticked. */
export function toggle(selection: Selection, key: FilterKey, value: string): Selection {
  const values = selection[key] ?? [];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { ...selection, [key]: next };
}
