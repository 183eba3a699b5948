/** The compare view's selection and its place in the URL (?p=<id>&p=<id>), so a comparison can be shared. */

/** Most items the compare view puts side by side (the table scrolls sideways past a screen's width). */
export const MAX_SELECTION = 12;

/**
 * Most ids read from a URL: a shared link names at most MAX_SELECTION items, so a longer
 * query is not followed further (1,000 ids cost what 24 do).
 */
export const MAX_URL_IDS = 2 * MAX_SELECTION;

export function selectionSearch(ids: readonly string[]): string {
  const params = new URLSearchParams(ids.map((id) => ["p", id]));
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}

/** The first MAX_URL_IDS distinct ids a URL's query names, in order. */
export function requestedIds(search: string): string[] {
  return [...new Set(new URLSearchParams(search).getAll("p").slice(0, MAX_URL_IDS))];
}

/**
 * The region an item id belongs to, from the picker index's prefixes (an id equals one
 * or starts with one and "-"; the longest wins); undefined for an id no region could
 * hold, which then costs no request.
 */
export function regionOfId(
  id: string,
  regions: readonly { slug: string; prefixes: readonly string[] }[],
): string | undefined {
  let best: { slug: string; length: number } | undefined;
  for (const region of regions) {
    for (const p of region.prefixes) {
      if ((id === p || id.startsWith(`${p}-`)) && (best === undefined || p.length > best.length))
        best = { slug: region.slug, length: p.length };
    }
  }
  return best?.slug;
}

/**
 * The selection a URL's query names: known ids in the order given, each once,
 * at most MAX_SELECTION; `unknown` lists ids the data does not have so the view
 * can say so instead of dropping them silently; `dropped` counts ids past MAX_URL_IDS,
 * which are not looked up.
 */
export function parseSelection(
  search: string,
  known: ReadonlySet<string>,
): { ids: string[]; unknown: string[]; dropped: number } {
  const all = new URLSearchParams(search).getAll("p");
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const id of all.slice(0, MAX_URL_IDS)) {
    if (!known.has(id)) {
      if (!unknown.includes(id)) unknown.push(id);
    } else if (!ids.includes(id) && ids.length < MAX_SELECTION) ids.push(id);
  }
  return { ids, unknown, dropped: Math.max(0, all.length - MAX_URL_IDS) };
}
