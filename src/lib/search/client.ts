/**
 * The search against the static index (ngram.ts, index-files.ts): the same
 * code runs in the search page and, in Node, in npm run bench:search, so the
 * bench measures what readers get. The fetch is passed in.
 *
 * A query is its whitespace-separated words; a record must hold every word
 * as a substring of its text (substring.ts). Each word costs one file per
 * covering bigram (a one-character word one file), all fetched at once,
 * with one page file per word (the first page of its first bigram's one-word
 * search): a query makes at most MAX_QUERY_CHARS / 2 + 2 · words requests,
 * then one per shown result that no page file holds (none for a one-word
 * query of two characters). Nothing is scanned linearly: a filter-only browse reads the
 * facet table, which every search loads anyway for its counts.
 */
import { applySelection, facetCounts, orderValues, type Facets } from "./facets.ts";
import { FILTERS, type FilterKey, type PageFilters, type Selection } from "./filters.ts";
import { readFacets, type FacetsFile, type PageFile, type RecordFile, type ValuesFile } from "./index-files.ts";
import {
  bigramFile,
  coverOffsets,
  hitsOfChar,
  hitsOfWord,
  indexPostings,
  queryWords,
  rankHits,
  recordFile,
  unigramFile,
  wordPageFile,
  type WordHits,
} from "./ngram.ts";

/** Results a page shows at a time (each a small file to fetch). */
export const PAGE = 20;

export type Fetcher = (url: string) => Promise<Response>;

export type SearchIndex = {
  /** A file of the index, parsed; null where it does not exist (a bigram no record holds). Fetched once. */
  json: <T>(path: string) => Promise<T | null>;
};

export function openIndex(base: string, fetcher: Fetcher = (url) => fetch(url)): SearchIndex {
  const cache = new Map<string, Promise<unknown>>();
  return {
    json<T>(path: string): Promise<T | null> {
      let entry = cache.get(path);
      if (!entry) {
        entry = fetcher(`${base}${path}`).then(async (response) => {
          if (response.status === 404) return null;
          if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
          return (await response.json()) as unknown;
        });
        cache.set(path, entry);
        // A failed request may be retried later.
        entry.catch(() => cache.delete(path));
      }
      return entry as Promise<T | null>;
    },
  };
}

/** What a query finds, ranked: words in titles first, then in build order (document by document). */
export type Found = { words: string[][]; ids: number[] };

async function wordHits(index: SearchIndex, word: readonly string[]): Promise<WordHits> {
  if (word.length === 1) return hitsOfChar((await index.json<number[]>(unigramFile(word[0]!))) ?? []);
  const cover = await Promise.all(
    coverOffsets(word.length).map((k) => index.json<number[]>(bigramFile(word[k]!, word[k + 1]!))),
  );
  // The parsed files are cached by the index, and each file's ids with them (indexPostings): the next query reuses both.
  return hitsOfWord(
    word.length,
    cover.map((data) => indexPostings(data ?? [])),
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

export type Table = {
  records: number;
  order: Record<FilterKey, readonly string[]>;
  filtersOf: (id: number) => PageFilters;
  regionYear: (id: number) => [string, string];
  /** Records of one group carry the same filters (index-files.ts readFacets). */
  groupOf: (id: number) => number;
};

export async function loadTable(index: SearchIndex): Promise<Table> {
  const file = await index.json<FacetsFile>("facets.json");
  if (!file) throw new Error("facets.json is missing");
  const { filtersOf, regionYear, groupOf } = readFacets(file);
  const counts = Object.fromEntries(FILTERS.map((key) => [key, {}])) as Record<FilterKey, Record<string, number>>;
  for (let id = 0; id < file.records; id++) {
    const filters = filtersOf(id);
    for (const key of FILTERS)
      for (const value of filters[key] ?? []) counts[key][value] = (counts[key][value] ?? 0) + 1;
  }
  const order = Object.fromEntries(
    FILTERS.map((key) => [key, orderValues(key, counts[key])]),
  ) as unknown as Table["order"];
  return { records: file.records, order, filtersOf, regionYear, groupOf };
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
  const all = found ? found.ids : Array.from({ length: table.records }, (_, i) => i);
  // Whether a record passes is worked out once per group of records with the same filters.
  const passed = new Map<number, boolean>();
  return all.filter((id) => {
    const group = table.groupOf(id);
    let pass = passed.get(group);
    if (pass === undefined) passed.set(group, (pass = applySelection([id], selection, table.filtersOf).length === 1));
    return pass;
  });
}

/** Each filter value's count among `all` (what the query found, or every record), the other filters applied. */
export function counts(all: readonly number[] | null, selection: Selection, table: Table | null): Facets | null {
  if (!table || !all) return null;
  // Counted per group of records with the same filters, each with its number of records: one step per record.
  const weights = new Map<number, number>();
  const first = new Map<number, number>();
  for (const id of all) {
    const group = table.groupOf(id);
    const weight = weights.get(group);
    if (weight === undefined) first.set(group, id);
    weights.set(group, (weight ?? 0) + 1);
  }
  return facetCounts([...first.values()], selection, table.filtersOf, table.order, [...weights.values()]);
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
    const [ra, ya] = table.regionYear(a);
    const [rb, yb] = table.regionYear(b);
    return sort === "region"
      ? collator.compare(ra, rb) || yb.localeCompare(ya)
      : yb.localeCompare(ya) || collator.compare(ra, rb);
  });
}

export function loadValues(index: SearchIndex): Promise<ValuesFile | null> {
  return index.json<ValuesFile>("values.json");
}

/** The page files of a query's words (ngram.ts wordPageFile), each once. */
export function pageFiles(words: readonly (readonly string[])[]): string[] {
  return [...new Set(words.map(wordPageFile).filter((path): path is string => path !== null))];
}

/**
 * Starts fetching a query's page files, beside its postings (find): called
 * with find, it adds no round trip. Resolves once they are in.
 */
export function fetchPages(index: SearchIndex, query: string): Promise<(PageFile | null)[]> {
  return Promise.all(pageFiles(queryWords(query)).map((path) => index.json<PageFile>(path)));
}

/**
 * The records of `ids`, in order: from the page files of the query's words
 * where they hold them (fetched with the postings: no second round trip),
 * the rest from their record files, all at once.
 */
export async function loadPage(
  index: SearchIndex,
  words: readonly (readonly string[])[],
  ids: readonly number[],
): Promise<RecordFile[]> {
  const held = new Map<number, RecordFile>();
  const files = await Promise.all(pageFiles(words).map((path) => index.json<PageFile>(path).catch(() => null)));
  for (const file of files) file?.ids.forEach((id, i) => held.set(id, file.records[i]!));
  return Promise.all(ids.map(async (id) => held.get(id) ?? loadRecord(index, id)));
}

export async function loadRecord(index: SearchIndex, id: number): Promise<RecordFile> {
  const record = await index.json<RecordFile>(recordFile(id));
  if (!record) throw new Error(`search record ${id} is missing`);
  return record;
}
