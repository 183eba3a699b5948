/**
 * Plain substring matching of a query against a record's text: the yardstick
 * of npm run bench:search, and the check the search applies where Pagefind
 * cannot carry the whole query (punctuation and symbols, see query.ts).
 */

/**
 * Text as compared here: lower case, whitespace removed. Pagefind matches a
 * phrase across whitespace (a space gets no word position in the index), so
 * this does too.
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
