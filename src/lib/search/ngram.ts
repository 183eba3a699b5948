/**
 * The static n-gram index, shared by the builder (scripts/search-index.ts) and
 * the search page: how text is compared, how files are named, and how a
 * posting list is written and read.
 *
 * Text is compared as substring.ts compares it (lower case, whitespace
 * removed), one code point at a time. Every two neighbouring code points (a
 * bigram) have one file listing the records holding them with the positions
 * where they stand; every code point has one file listing the records holding
 * it (for one-character words). A word of n ≥ 2 code points is found by the
 * bigrams at offsets 0, 2, 4 … and n − 2, which cover it: a record holds the
 * word exactly where all of them stand at position p + offset. No record text
 * is needed to decide a match, so recall and precision against substring
 * search are exact by construction.
 *
 * A position is stored as 2·pos + 1 when the bigram lies inside the record's
 * title (the first line of its content), 2·pos otherwise; a one-character
 * entry as 2·id + 1 when the character is in the title. Ranking needs no text.
 */

/** Text as compared: lower case, whitespace removed, as code points. */
export function comparableChars(text: string): string[] {
  return [...text.toLowerCase().replace(/\s+/gu, "")];
}

/** The most code points of a query the search looks up: requests stay bounded (≤ 16 bigram files per 32 characters). */
export const MAX_QUERY_CHARS = 32;

/** The words of a query, as compared; empty words dropped, each once. */
export function queryWords(query: string): string[][] {
  const seen = new Set<string>();
  const words: string[][] = [];
  let budget = MAX_QUERY_CHARS;
  for (const raw of query.split(/\s+/u)) {
    const chars = comparableChars(raw).slice(0, budget);
    const key = chars.join("");
    if (chars.length === 0 || seen.has(key)) continue;
    seen.add(key);
    words.push(chars);
    budget -= chars.length;
    if (budget <= 0) break;
  }
  return words;
}

function hex(char: string): string {
  return char.codePointAt(0)!.toString(16);
}

/** A bigram's file, relative to the index folder; grouped in folders by its first character. */
export function bigramFile(a: string, b: string): string {
  return `g/${hex(a)}/${hex(b)}.json`;
}

export function unigramFile(a: string): string {
  return `u/${hex(a)}.json`;
}

/**
 * The first page of a one-word search for a bigram (or, for one character, a
 * character): the record files of its first PAGE results in that search's
 * order, in one file beside its posting list. A query fetches it with the
 * postings, so its first page needs no record file when the page file holds
 * the results (always for a word of two code points).
 */
export function bigramPageFile(a: string, b: string): string {
  return `p/${hex(a)}/${hex(b)}.json`;
}

export function unigramPageFile(a: string): string {
  return `p/${hex(a)}.json`;
}

/** The page file a word's search reads with its postings: its first cover bigram's, or its character's. */
export function wordPageFile(word: readonly string[]): string | null {
  if (word.length === 0) return null;
  return word.length === 1 ? unigramPageFile(word[0]!) : bigramPageFile(word[0]!, word[1]!);
}

/**
 * The ids a page file holds, from the (title flag, id) pairs of its bigram or
 * character: records with a title match first, then the rest, each in id
 * order, the first `limit` — the order a one-word search ranks them.
 */
export function pageIds(entries: Iterable<[id: number, inTitle: boolean]>, limit: number): number[] {
  const titled: number[] = [];
  const rest: number[] = [];
  for (const [id, inTitle] of entries) {
    if (inTitle) {
      if (titled.length < limit) titled.push(id);
    } else if (rest.length < limit) rest.push(id);
  }
  return [...titled, ...rest].slice(0, limit);
}

/** Records per folder of record files. */
export const RECORDS_PER_FOLDER = 1000;

export function recordFile(id: number): string {
  return `r/${Math.floor(id / RECORDS_PER_FOLDER)}/${id}.json`;
}

/** The offsets of the bigrams that cover a word of n ≥ 2 code points. */
export function coverOffsets(n: number): number[] {
  const offsets: number[] = [];
  for (let k = 0; k <= n - 2; k += 2) offsets.push(k);
  if (offsets.at(-1) !== n - 2) offsets.push(n - 2);
  return offsets;
}

/* ---------- posting lists ---------- */

/** Bigram postings: per record, its id and its positions (2·pos + inTitle), ascending. */
export type Postings = { ids: number[]; positions: number[][] };

/** [id gap, count, position gaps…]…: small numbers that gzip well. */
export function encodePostings(p: Postings): number[] {
  const out: number[] = [];
  let lastId = 0;
  p.ids.forEach((id, i) => {
    const positions = p.positions[i]!;
    out.push(id - lastId, positions.length);
    lastId = id;
    let last = 0;
    for (const v of positions) {
      out.push(v - last);
      last = v;
    }
  });
  return out;
}

export function decodePostings(data: readonly number[]): Postings {
  const ids: number[] = [];
  const positions: number[][] = [];
  let id = 0;
  for (let i = 0; i < data.length;) {
    id += data[i++]!;
    const count = data[i++]!;
    const list: number[] = [];
    let v = 0;
    for (let k = 0; k < count; k++) list.push((v += data[i++]!));
    ids.push(id);
    positions.push(list);
  }
  return { ids, positions };
}

/** Unigram postings as 2·id + inTitle, gaps. */
export function encodeGaps(values: readonly number[]): number[] {
  let last = 0;
  return values.map((v) => {
    const gap = v - last;
    last = v;
    return gap;
  });
}

export function decodeGaps(gaps: readonly number[]): number[] {
  let v = 0;
  return gaps.map((g) => (v += g));
}

/** A word's matches: record id → whether one match lies inside the title. */
export type WordMatches = Map<number, boolean>;

/** The records where the word stands, from the postings of its cover bigrams (in coverOffsets order). */
export function matchWord(n: number, cover: readonly Postings[]): WordMatches {
  const offsets = coverOffsets(n);
  const found: WordMatches = new Map();
  if (cover.some((p) => p.ids.length === 0)) return found;
  // Look-ups by id for every list but the shortest, which drives.
  let driver = 0;
  cover.forEach((p, i) => {
    if (p.ids.length < cover[driver]!.ids.length) driver = i;
  });
  const index = cover.map((p) => new Map(p.ids.map((id, i) => [id, i])));
  const first = cover[0]!;
  const lastK = offsets.length - 1;
  for (const id of cover[driver]!.ids) {
    const at = index.map((m) => m.get(id));
    if (at.some((i) => i === undefined)) continue;
    const sets = cover.map((p, k) => new Set(p.positions[at[k]!]!.map((v) => v >> 1)));
    const lastPositions = new Map(cover[lastK]!.positions[at[lastK]!]!.map((v) => [v >> 1, (v & 1) === 1]));
    let hit = false;
    let inTitle = false;
    for (const v of first.positions[at[0]!]!) {
      const p = v >> 1;
      if (offsets.every((offset, k) => sets[k]!.has(p + offset))) {
        hit = true;
        if (lastPositions.get(p + offsets[lastK]!)) {
          inTitle = true;
          break;
        }
      }
    }
    if (hit) found.set(id, inTitle);
  }
  return found;
}

/** One-character matches from a unigram file. */
export function matchChar(gaps: readonly number[]): WordMatches {
  return new Map(decodeGaps(gaps).map((v) => [v >> 1, (v & 1) === 1]));
}
