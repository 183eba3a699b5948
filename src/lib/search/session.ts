/**
 * One search session per page: the index named by the page (the version the
 * index step writes into <div id="search-index">), its facet table, and each
 * query's answer, fetched once. A small module script on the search page
 * (src/pages/search/_start.ts) calls prime() as soon as the HTML is parsed,
 * so the n-gram files (postings, and the first page of results) are on
 * their way while React loads; the island then finds them here.
 */
import {
  find,
  hasSelection,
  loadPage,
  loadRecords,
  loadTable,
  loadValues,
  openIndex,
  PAGE,
  type Found,
  type SearchIndex,
  type Table,
} from "./client.ts";
import { INDEX_ROOT, type RecordFile, type ValuesFile } from "./index-files.ts";
import { readState } from "./state.ts";

export type Session = {
  index: SearchIndex;
  find: (q: string) => Promise<Found>;
  table: () => Promise<Table>;
  values: () => Promise<ValuesFile | null>;
};

let current: Session | null = null;

export function session(): Session {
  if (current) return current;
  const version = document.getElementById("search-index")?.getAttribute("data-version") ?? "";
  // Responses the inline script in <head> (prefetch.js) already asked for, each taken once.
  const early = (window as { __searchPrefetch?: Record<string, Promise<Response>> }).__searchPrefetch ?? {};
  const index = openIndex(`${INDEX_ROOT}${version}/`, (url) => {
    const started = early[url];
    if (!started) return fetch(url);
    delete early[url];
    return started;
  });
  const finds = new Map<string, Promise<Found>>();
  let table: Promise<Table> | null = null;
  let values: Promise<ValuesFile | null> | null = null;
  current = {
    index,
    find(q) {
      let answer = finds.get(q);
      if (!answer) {
        answer = find(index, q);
        // The first page's records as soon as the ids are known, before the island renders them: the result list
        // then finds them read or on their way. In relevance order; another order loads its own.
        void answer
          .then((found) => Promise.all(loadRecords(index, found.words, found.ids.slice(0, PAGE))))
          .catch(() => undefined);
        finds.set(q, answer);
      }
      return answer;
    },
    table: () => (table ??= loadTable(index)),
    values: () => (values ??= loadValues(index)),
  };
  return current;
}

/**
 * Starts the search the URL asks for: its postings, then its first page of
 * records, and the facet table. Resolves to that first page when the URL
 * asks for a query in relevance order without filters (what the island
 * shows first), so the page can show it before React is up; otherwise null.
 */
export function prime(): Promise<{ found: Found; records: RecordFile[] } | null> {
  const s = session();
  const state = readState(location.search);
  if (state.q === "") {
    void s.table().catch(() => undefined);
    return Promise.resolve(null);
  }
  const first = s.find(state.q).then(async (found) => ({
    found,
    records: await loadPage(s.index, found.words, found.ids.slice(0, PAGE)),
  }));
  // The facet table (counts come after results) once the first page is in.
  void first.finally(() => s.table().catch(() => undefined)).catch(() => undefined);
  const plain = !state.sort && !hasSelection(state.selection);
  return first.then((page) => (plain ? page : null)).catch(() => null);
}
