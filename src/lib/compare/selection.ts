/** The compare view's selection and its place in the URL (?p=<id>&p=<id>), so a comparison can be shared. */

/** Most items the compare view puts side by side: four columns still fit a laptop screen. */
export const MAX_SELECTION = 4;

export function selectionSearch(ids: readonly string[]): string {
  const params = new URLSearchParams(ids.map((id) => ["p", id]));
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/** Every distinct id a URL's query names, in order: the items the view fetches to learn which exist. */
export function requestedIds(search: string): string[] {
  return [...new Set(new URLSearchParams(search).getAll("p"))];
}

/**
 * The selection a URL's query names: known ids in the order given, each once,
 * at most MAX_SELECTION; `unknown` lists ids the data does not have so the view
 * can say so instead of dropping them silently.
 */
export function parseSelection(search: string, known: ReadonlySet<string>): { ids: string[]; unknown: string[] } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const id of new URLSearchParams(search).getAll("p")) {
    if (!known.has(id)) unknown.push(id);
    else if (!ids.includes(id) && ids.length < MAX_SELECTION) ids.push(id);
  }
  return { ids, unknown };
}
