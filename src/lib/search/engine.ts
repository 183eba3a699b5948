/**
 * The search against Pagefind's JS API (/pagefind/pagefind.js): the same code
 * runs in the search page and, in Node, in npm run bench:search, so the bench
 * measures what readers get. Pagefind is passed in, never imported, so the
 * page can load it lazily and the bench can point it at a server.
 *
 * Finding is Pagefind's, one search per query piece and never with a filter
 * (table.ts says why); filtering and counting are set algebra over the facet
 * table, so choosing a filter needs no new search.
 */
import { applySelection, facetCounts, intersect, type Facets } from "./facets.ts";
import { FILTERS, type Selection } from "./filters.ts";
import { carriesWholeQuery, searchTerms } from "./query.ts";
import { containsQuery } from "./substring.ts";
import type { FacetTable } from "./table.ts";

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
export type Pagefind = { search: (term: string) => Promise<{ results: PagefindResult[] } | null> };

/** Results a page shows at a time (each result's text is a separate fragment to fetch). */
export const PAGE = 20;

/** What a query finds, before any filter. */
export type Found = {
  /** The Pagefind searches the query became; none for a query without letters or digits. */
  terms: string[];
  /** The results in ranking order, each once. */
  results: PagefindResult[];
  /** False for the first page of a query still being checked against the text: counts must wait. */
  complete: boolean;
};

/**
 * The search as it goes: the complete answer, and before it, for a query
 * checked against the text, its first page. That check fetches every
 * candidate's fragment (about 0.7 KB; 15,000 of them for 100% at ×100), which
 * the first page need not wait for.
 */
export async function* searching(pagefind: Pagefind, query: string): AsyncGenerator<Found> {
  const terms = searchTerms(query);
  if (terms.length === 0) {
    yield { terms, results: [], complete: true };
    return;
  }
  const answers = await Promise.all(terms.map(async (term) => (await pagefind.search(term))?.results ?? []));
  // The first search's result objects: their excerpts mark that search's matches.
  const byId = new Map((answers[0] ?? []).map((r) => [r.id, r]));
  const candidates = intersect(answers.map((found) => found.map((r) => r.id))).map((id) => byId.get(id)!);
  if (carriesWholeQuery(query)) {
    yield { terms, results: candidates, complete: true };
    return;
  }
  const holds = (results: readonly PagefindResult[]) =>
    Promise.all(results.map(async (r) => containsQuery((await r.data()).content, query))).then((kept) => results.filter((_, i) => kept[i]));
  const checked: PagefindResult[] = [];
  let next = 0;
  // In ranking order, a page's worth of candidates at a time, until a page of results holds.
  while (checked.length < PAGE && next < candidates.length) {
    checked.push(...(await holds(candidates.slice(next, next + PAGE))));
    next += PAGE;
  }
  if (next < candidates.length) {
    yield { terms, results: checked.slice(0, PAGE), complete: false };
    checked.push(...(await holds(candidates.slice(next))));
  }
  yield { terms, results: checked, complete: true };
}

/** The complete answer of searching. */
export async function find(pagefind: Pagefind, query: string): Promise<Found> {
  let last: Found | undefined;
  for await (const found of searching(pagefind, query)) last = found;
  return last!;
}

/** The results that pass the selection; null while a selection waits for the table (no selection needs none). */
export function selectResults(found: Found, selection: Selection, table: FacetTable | null): PagefindResult[] | null {
  if (!FILTERS.some((key) => (selection[key] ?? []).length > 0)) return found.results;
  if (!table) return null;
  const kept = new Set(applySelection(ids(found), selection, table.filtersOf));
  return found.results.filter((r) => kept.has(r.id));
}

/** The filter counts; null for a first page, whose counts would be those of a part. */
export function countFacets(found: Found, selection: Selection, table: FacetTable): Facets | null {
  return found.complete ? facetCounts(ids(found), selection, table.filtersOf, table.order) : null;
}

function ids(found: Found): string[] {
  return found.results.map((r) => r.id);
}
