/**
 * The search against the static index (ngram.ts, index-files.ts): the same
 * code runs in the search page and, in Node, in npm run bench:search, so the
 * bench measures what readers get. The fetch is passed in.
 *
 * A query is its whitespace-separated words; a record must hold every word
 * as a substring of its text (substring.ts). Each word costs one file per
 * covering bigram (a one-character word one file), all fetched at once,
 * each carrying the first page of its own one-word search: a query makes at
 * most MAX_QUERY_CHARS / 2 + words requests, then one per shown result that
 * none of those pages holds (none for a query of one word of one or two
 * characters). Nothing is scanned linearly: a filter-only browse reads the
 * facet table, which every search loads anyway for its counts.
 */
import { countFacets, passing, readTable, regionYear, type FacetTable } from "./facet-table.ts";
import type { Facets } from "./facets.ts";
import { FILTERS, type Selection } from "./filters.ts";
import type { FacetsFile, GramFile, RecordFile, ValuesFile } from "./index-files.ts";
import {
  decodeNumbers,
  hitsOfChar,
  hitsOfWord,
  indexPostings,
  queryWords,
  rankHits,
  recordFile,
  wordFiles,
  type WordHits,
} from "./ngram.ts";

/** Results a page shows at a time (each a small file to fetch). */
export const PAGE = 20;

export type Fetcher = (url: string) => Promise<Response>;

export type SearchIndex = {
  /** A JSON file of the index, parsed; null where it does not exist. Fetched once. */
  json: <T>(path: string) => Promise<T | null>;
  /**
   * An n-gram file (ngram.ts bigramFile), its postings read; null where it does
   * not exist (a bigram no record holds). Fetched once; its page's records go
   * into `records` as soon as it is read.
   */
  gram: (path: string) => Promise<Int32Array | null>;
  /** Records read so far (from n-gram files' pages and record files), by id. */
  records: Map<number, RecordFile>;
};

export function openIndex(base: string, fetcher: Fetcher = (url) => fetch(url)): SearchIndex {
  const cache = new Map<string, Promise<unknown>>();
  const records = new Map<number, RecordFile>();
  const read = <T>(path: string, parse: (response: Response) => Promise<T>): Promise<T | null> => {
    let entry = cache.get(path);
    if (!entry) {
      entry = fetcher(`${base}${path}`).then(async (response) => {
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return parse(response);
      });
      cache.set(path, entry);
      // A failed request may be retried later.
      entry.catch(() => cache.delete(path));
    }
    return entry as Promise<T | null>;
  };
  return {
    json: <T>(path: string) => read(path, (response) => response.json() as Promise<T>),
    gram: (path) =>
      read(path, async (response) => {
        const file = (await response.json()) as GramFile;
        file.ids.forEach((id, i) => records.set(id, file.records[i]!));
        return decodeNumbers(file.postings);
      }),
    records,
  };
}

/** What a query finds, ranked: words in titles first, then in build order (document by document). */
export type Found = { words: string[][]; ids: number[] };

async function wordHits(index: SearchIndex, word: readonly string[]): Promise<WordHits> {
  const files = await Promise.all(wordFiles(word).map((path) => index.gram(path)));
  if (word.length === 1) return hitsOfChar(files[0] ?? []);
  // The read files are cached by the index, and each file's ids with them (indexPostings): the next query reuses both.
  return hitsOfWord(
    word.length,
    files.map((data) => indexPostings(data ?? [])),
  );
}

/** Words' matches by index, the latest WORDS_KEPT of them: a query typed next often shares a word. */
const WORDS_KEPT = 64;
const wordCache = new WeakMap<SearchIndex, Map<string, Promise<WordHits>>>();

function cachedWordHits(index: SearchIndex, word: readonly string[]): Promise<WordHits> {
  let words = wordCache.get(index);
  if (!words) wordCache.set(index, (words = new Map<string, Promise<WordHits>>()));
  const key = word.join("");
  let hits = words.get(key);
  if (hits) {
    words.delete(key);
  } else {
    hits = wordHits(index, word);
    hits.catch(() => words.delete(key));
  }
  words.set(key, hits);
  if (words.size > WORDS_KEPT) words.delete(words.keys().next().value!);
  return hits;
}

export async function find(index: SearchIndex, query: string): Promise<Found> {
  const words = queryWords(query);
  if (words.length === 0) return { words, ids: [] };
  const hits = await Promise.all(words.map((word) => cachedWordHits(index, word)));
  return { words, ids: rankHits(hits) };
}

/* ---------- facets, filters, sorting ---------- */

export type Table = FacetTable;

export async function loadTable(index: SearchIndex): Promise<Table> {
  const file = await index.json<FacetsFile>("facets.json");
  if (!file) throw new Error("facets.json is missing");
  return readTable(file);
}

export const SORTS = ["relevance", "region", "year", "value"] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABEL: Record<Sort, string> = {
  relevance: "相关度",
  region: "地区",
  year: "年度（新到旧）",
  value: "指标值（同一单位内从大到小）",
};

export function isSort(value: string): value is Sort {
  return (SORTS as readonly string[]).includes(value);
}

export function hasSelection(selection: Selection): boolean {
  return FILTERS.some((key) => (selection[key] ?? []).length > 0);
}

/** The ids a query or, for an empty query, the selection alone lists. */
export function listed(found: Found | null, selection: Selection, table: Table | null): number[] | null {
  if (found && !hasSelection(selection)) return found.ids;
  if (!table) return null;
  return passing(table, found ? found.ids : Array.from({ length: table.records }, (_, i) => i), selection);
}

/** Each filter value's count among `all` (what the query found, or every record), the other filters applied. */
export function counts(all: readonly number[] | null, selection: Selection, table: Table | null): Facets | null {
  if (!table || !all) return null;
  return countFacets(table, all, selection);
}

/** The ids in the chosen order; stable, so ties keep their relevance order. */
export function sortIds(
  ids: readonly number[],
  sort: Sort,
  table: Table | null,
  values: ValuesFile | null,
): number[] | null {
  if (sort === "relevance") return [...ids];
  if (sort === "value") {
    if (!values) return null;
    const byId = new Map(values.rows.map(([id, value, unit]) => [id, { value, unit }]));
    const perUnit = new Map<number, number>();
    for (const id of ids) {
      const v = byId.get(id);
      if (v) perUnit.set(v.unit, (perUnit.get(v.unit) ?? 0) + 1);
    }
    // Units with the most results first; inside a unit, larger values first; results without a value last.
    const unitRank = new Map(
      [...perUnit.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([unit], i) => [unit, i]),
    );
    const key = (id: number) => {
      const v = byId.get(id);
      return v ? [unitRank.get(v.unit)!, -v.value] : [Number.POSITIVE_INFINITY, 0];
    };
    return [...ids].sort((a, b) => {
      const [ua, va] = key(a);
      const [ub, vb] = key(b);
      return ua! - ub! || va! - vb!;
    });
  }
  if (!table) return null;
  const collator = new Intl.Collator("zh-CN");
  return [...ids].sort((a, b) => {
    const [ra, ya] = regionYear(table, a);
    const [rb, yb] = regionYear(table, b);
    return sort === "region"
      ? collator.compare(ra, rb) || yb.localeCompare(ya)
      : yb.localeCompare(ya) || collator.compare(ra, rb);
  });
}

export function loadValues(index: SearchIndex): Promise<ValuesFile | null> {
  return index.json<ValuesFile>("values.json");
}

/** The n-gram files of a query's words (ngram.ts wordFiles), each once: what find fetches. */
export function queryFiles(words: readonly (readonly string[])[]): string[] {
  return [...new Set(words.flatMap(wordFiles))];
}

/** The records of ids already read, in order, up to the first one not read yet: what a result list can show now. */
export function recordsRead(index: SearchIndex, ids: readonly number[]): RecordFile[] {
  const out: RecordFile[] = [];
  for (const id of ids) {
    const record = index.records.get(id);
    if (!record) break;
    out.push(record);
  }
  return out;
}

/**
 * The records of `ids`, each as soon as it is read: from the pages of the
 * query's n-gram files where they hold it (read with the postings: no second
 * round trip), the rest from their record files, all requested at once. A
 * result list shows each record as it comes, so the first result does not
 * wait for the twentieth.
 */
export function loadRecords(
  index: SearchIndex,
  words: readonly (readonly string[])[],
  ids: readonly number[],
): Promise<RecordFile>[] {
  const grams = Promise.all(queryFiles(words).map((path) => index.gram(path).catch(() => null)));
  return ids.map(async (id) => {
    const known = index.records.get(id) ?? (await grams, index.records.get(id));
    if (known) return known;
    const record = await loadRecord(index, id);
    index.records.set(id, record);
    return record;
  });
}

/** The records of `ids`, in order, once all are read. */
export function loadPage(
  index: SearchIndex,
  words: readonly (readonly string[])[],
  ids: readonly number[],
): Promise<RecordFile[]> {
  return Promise.all(loadRecords(index, words, ids));
}

export async function loadRecord(index: SearchIndex, id: number): Promise<RecordFile> {
  const record = await index.json<RecordFile>(recordFile(id));
  if (!record) throw new Error(`search record ${id} is missing`);
  return record;
}
