/**
 * From what a reader types to the Pagefind searches that answer it.
 *
 * Pagefind's default query matches each dictionary piece of a Chinese word
 * anywhere on a page (频谱 finds every page with 频 and 谱), and a query that
 * mixes a quoted phrase with other words is not exact either. So every piece
 * of the query is its own search, a quoted phrase of single characters
 * (tokens.ts), and a result must be found by all of them: the caller
 * intersects the answers (facets.ts).
 *
 * A piece ends at whitespace and at punctuation: the index gives a punctuation
 * mark a word position but Pagefind drops it from a query, so 成熟度（DCMM）
 * must be 成熟度 + DCMM rather than one phrase that could never match. Such a
 * query needs its results checked against their text (carriesWholeQuery), or
 * 100% would find every 100.
 * A piece that is one run of letters or digits (5G, DCMM, 2024, a project code)
 * is sent unquoted, so Pagefind matches it as the start of a word: DCM finds
 * DCMM, as a substring search would.
 */
import { isHan, tokens } from "./tokens.ts";

/** Text between whitespace and punctuation (anything Pagefind does not index as a word character). */
const PIECE = /[\p{L}\p{N}]+/gu;

/** The Pagefind search terms for a query, each once; none for a query without letters or digits. */
export function searchTerms(query: string): string[] {
  const terms = [...query.matchAll(PIECE)].map((m) => term(tokens(m[0])));
  return [...new Set(terms)];
}

function term(words: string[]): string {
  const [only] = words;
  return words.length === 1 && only !== undefined && !isHan(only) ? only : `"${words.join(" ")}"`;
}

/** Whether the searches say all the query says: not when a word holds punctuation or symbols (≥90%). */
export function carriesWholeQuery(query: string): boolean {
  return query
    .split(/\s+/u)
    .every((word) => tokens(word).join("") === word.toLowerCase());
}
