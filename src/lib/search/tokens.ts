/**
 * How text is cut into Pagefind words, on both sides of the search. The index
 * and the query must cut alike, or an exact phrase finds nothing.
 *
 * Pagefind's indexer segments Chinese with a dictionary (jieba) and the browser
 * segments a query with ICU; the two disagree (无线电 is 无线|电 in one and one
 * word in the other), and no dictionary knows 黑广播. So every Han character is
 * its own word: the indexed text gets a zero-width space between Han characters
 * (Pagefind treats U+200B as a word boundary and drops it from the stored text,
 * so excerpts read as published), and a query sends the same characters as a
 * quoted phrase, which Pagefind matches only where they stand next to each
 * other: a substring.
 *
 * Letters and digits stay whole words (5G, DCMM, 2024): Pagefind keeps a run of
 * them together whatever separates its characters, and drops punctuation.
 */

const ZWSP = "\u200B";
const HAN = /\p{Script=Han}/u;
/** One Han character, or a run of other letters and digits (what Pagefind keeps of a word). */
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** The text as handed to the indexer: a zero-width space on each side of every Han character. */
export function indexedText(text: string): string {
  const chars = [...text];
  let out = "";
  for (const [i, char] of chars.entries()) {
    const next = chars[i + 1];
    out += char;
    if (next !== undefined && (isHan(char) || isHan(next)) && !/\s/u.test(char) && !/\s/u.test(next)) out += ZWSP;
  }
  return out;
}

/** The Pagefind words of one query word, lower-cased as Pagefind indexes them; punctuation drops out. */
export function tokens(word: string): string[] {
  return [...word.toLowerCase().matchAll(TOKEN)].map((m) => m[0]);
}
