/**
 * One search session per page: the index named by the page (the version the
 * index step writes into <div id="search-index">), its facet table, and each
 * query's answer, fetched once. A small module script on the search page
 * (src/pages/search/_start.ts) calls prime() as soon as the HTML is parsed,
 * so the posting lists and the first page of results are on their way while
 * React loads; the island then finds them here.
 */
import { find, loadRecord, loadTable, loadValues, openIndex, PAGE, type Found, type SearchIndex, type Table } from "./client.ts";
import { INDEX_ROOT } from "./index-files.ts";
import type { ValuesFile } from "./index-files.ts";
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
  const index = openIndex(`${INDEX_ROOT}${version}/`);
  const finds = new Map<string, Promise<Found>>();
  let table: Promise<Table> | null = null;
  let values: Promise<ValuesFile | null> | null = null;
  current = {
    index,
    find(q) {
      let answer = finds.get(q);
      if (!answer) {
        answer = find(index, q);
        finds.set(q, answer);
      }
      return answer;
    },
    table: () => (table ??= loadTable(index)),
    values: () => (values ??= loadValues(index)),
  };
  return current;
}

/** Starts the search the URL asks for: its postings, then its first page of records, and the facet table. */
export function prime(): void {
  const s = session();
  const { q } = readState(location.search);
  if (q !== "")
    void s
      .find(q)
      .then((found) => Promise.all(found.ids.slice(0, PAGE).map((id) => loadRecord(s.index, id))))
      .catch(() => undefined);
  void s.table().catch(() => undefined);
}
