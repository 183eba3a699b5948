/**
 * The search against Pagefind's JS API (/pagefind/pagefind.js): the same code
 * runs in the search page and, in Node, in npm run bench:search, so the bench
 * measures what readers get. Pagefind is passed in, never imported, so the
 * page can load it lazily and the bench can point it at a server.
 */
import { applySelection, facetCounts, intersect, orderValues, type Facets, type FilterIndex } from "./facets.ts";
import { FILTERS, type FilterKey } from "./filters.ts";
import { carriesWholeQuery, searchTerms } from "./query.ts";
import type { SearchState } from "./state.ts";
import { containsQuery } from "./substring.ts";

/** The part of a Pagefind fragment the page shows. */
export type Fragment = {
  url: string;
  /** The indexed text, as published (Pagefind drops the zero-width spaces). */
  content: string;
  /** Pagefind's excerpt: content with < and > escaped, matches in <mark>. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
};

export type PagefindResult = { id: string; data: () => Promise<Fragment> };

/** The subset of Pagefind's JS API used here. */
export type Pagefind = {
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
};

export type Outcome = {
  /** The Pagefind searches the query became; none for a query without letters or digits. */
  terms: string[];
  /** Results before filtering. */
  unfiltered: number;
  /** Results after filtering, in ranking order. */
  results: PagefindResult[];
  facets: Facets;
};

/**
 * Ids per filter value among the results of one search. Any search's results
 * hold all final results, so that is enough to filter and count them. A
 * filter-only search would do the same for the whole index, but it makes
 * Pagefind fetch every index chunk (about 130 KB here); these searches fetch
 * nothing new.
 */
async function filterIndex(pagefind: Pagefind, term: string): Promise<FilterIndex> {
  const all = await pagefind.filters();
  const index = new Map<FilterKey, Map<string, Set<string>>>();
  for (const key of FILTERS) {
    const values = new Map<string, Set<string>>();
    for (const value of orderValues(key, all[key] ?? {})) {
      const found = await pagefind.search(term, { filters: { [key]: value } });
      values.set(value, new Set(found?.results.map((r) => r.id) ?? []));
    }
    index.set(key, values);
  }
  return index;
}

export async function runSearch(pagefind: Pagefind, state: SearchState): Promise<Outcome> {
  const terms = searchTerms(state.q);
  const [first] = terms;
  if (first === undefined) return { terms, unfiltered: 0, results: [], facets: facetCounts([], state.selection, new Map()) };
  const answers = await Promise.all(terms.map(async (term) => (await pagefind.search(term))?.results ?? []));
  // The first search's result objects: their excerpts mark that search's matches.
  const byId = new Map((answers[0] ?? []).map((r) => [r.id, r]));
  let ids = intersect(answers.map((results) => results.map((r) => r.id)));
  if (!carriesWholeQuery(state.q)) {
    // Fetches each candidate's fragment (about 0.5 KB); only queries with punctuation or symbols pay this.
    const texts = await Promise.all(ids.map(async (id) => (await byId.get(id)!.data()).content));
    ids = ids.filter((_, i) => containsQuery(texts[i]!, state.q));
  }
  const index = await filterIndex(pagefind, first);
  const kept = applySelection(ids, state.selection, index);
  return {
    terms,
    unfiltered: ids.length,
    results: kept.map((id) => byId.get(id)!),
    facets: facetCounts(ids, state.selection, index),
  };
}
