/**
 * A result's excerpt, cut from its text around the first match, as text
 * pieces (the page renders text nodes and <mark> elements and never parses
 * data as HTML). The record's lines (its cells) are joined with " · ", so
 * words of neighbouring cells never run together. Matching is as the index
 * matches (ngram.ts): lower case, whitespace ignored.
 */
export type ExcerptPart = { text: string; mark: boolean };

/** Code points of context before the first match. */
const BEFORE = 20;
/** Code points an excerpt shows at most. */
export const EXCERPT_LENGTH = 90;
const SEPARATOR = " · ";

export function excerptParts(content: string, words: readonly (readonly string[])[]): ExcerptPart[] {
  // The title is shown above; the excerpt reads from the second line unless the match is in the title only.
  const lines = content.split("\n");
  const body = lines.length > 1 ? lines.slice(1).join("\n") : content;
  const shown: string[] = [];
  /** Per compared character (lower case, no whitespace): its index in shown. */
  const compared: { char: string; at: number }[] = [];
  for (const char of body) {
    if (char === "\n") {
      shown.push(...SEPARATOR);
      continue;
    }
    if (!/\s/u.test(char)) compared.push({ char: char.toLowerCase(), at: shown.length });
    shown.push(char);
  }
  const marked = new Uint8Array(shown.length);
  let first = -1;
  for (const word of words) {
    if (word.length === 0) continue;
    for (let i = 0; i + word.length <= compared.length; i++) {
      let k = 0;
      while (k < word.length && compared[i + k]!.char === word[k]) k++;
      if (k < word.length) continue;
      const start = compared[i]!.at;
      const end = compared[i + word.length - 1]!.at;
      for (let j = start; j <= end; j++) marked[j] = 1;
      if (first < 0 || start < first) first = start;
    }
  }
  const from = Math.max(0, (first < 0 ? 0 : first) - BEFORE);
  const to = Math.min(shown.length, from + EXCERPT_LENGTH);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (from > 0) push("…", false);
  for (let j = from; j < to; j++) push(shown[j]!, marked[j] === 1);
  if (to < shown.length) push("…", false);
  return parts;
}
