/**
 * Plain substring matching of a query against a record's text: the yardstick
 * of npm run bench:search. The index (ngram.ts) compares text the same way.
 */

/**
 * Text as compared here: lower case, whitespace removed, so a phrase matches
 * across the line and cell breaks of a record.
 */
function comparable(text: string): string {
  return text.toLowerCase().replace(/\s+/gu, "");
}

/** Whether every whitespace-separated word of the query occurs in the text. */
export function containsQuery(text: string, query: string): boolean {
  const haystack = comparable(text);
  const words = query.split(/\s+/u).filter((w) => w !== "");
  return words.length > 0 && words.every((w) => haystack.includes(comparable(w)));
}
