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

/**
 * A bigram's file, relative to the index folder, grouped in folders by its
 * first character; a character's file. Each holds the n-gram's postings (as
 * encodeNumbers writes them) and the first page of its one-word search (the
 * record files of its first PAGE results, in that search's order): a query
 * fetches one file per cover bigram, and its first page needs no record
 * file when these files hold the results (always for a word of one or two
 * code points). index-files.ts GramFile.
 */
export function bigramFile(a: string, b: string): string {
  return `g/${hex(a)}/${hex(b)}.json`;
}

export function unigramFile(a: string): string {
  return `u/${hex(a)}.json`;
}

/** The files a word's search reads: its cover bigrams', or its character's. */
export function wordFiles(word: readonly string[]): string[] {
  if (word.length === 0) return [];
  if (word.length === 1) return [unigramFile(word[0]!)];
  return coverOffsets(word.length).map((k) => bigramFile(word[k]!, word[k + 1]!));
}

/**
 * The ids of an n-gram file's page, from the (title flag, id) pairs of its bigram or
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

/* ---------- numbers as text ---------- */

/**
 * Posting files are lists of small non-negative integers (gaps and counts).
 * As JSON, reading the two largest files of a common word took 8–18 ms of
 * JSON.parse at ×100; as text in this form a loop over the characters reads
 * them in under 1 ms, and gzip makes them smaller still (1.7 KB against
 * 2.5 KB for 满意 at ×100). Each number is written in base 32, most
 * significant digit first: a digit that ends the number is one of
 * DIGITS[0..31], a digit that more digits follow is one of DIGITS[32..63].
 * Nothing separates numbers, no character needs escaping, and the text is
 * ASCII, so a static host compresses it as text/plain.
 */
const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
const DIGIT_CODES = Uint8Array.from(DIGITS, (c) => c.charCodeAt(0));
const ASCII = new TextDecoder("ascii");
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

/** Larger numbers are not written: a record id or a position stays far below (2^31 − 1 would be 7 digits). */
const MAX_NUMBER = 0x7fffffff;

export function encodeNumbers(values: ArrayLike<number>): string {
  // ASCII codes into one buffer (a number takes at most 7 digits), decoded once: building the string a character
  // at a time made the ×100 index build twice as slow.
  const codes = new Uint8Array(values.length * 7);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < 0 || v > MAX_NUMBER)
      throw new RangeError(`not a number a posting file holds: ${v}`);
    let digits = 1;
    while (v >= 32 ** digits) digits++;
    for (let k = digits - 1; k >= 0; k--) {
      const digit = Math.floor(v / 32 ** k) % 32;
      codes[n++] = DIGIT_CODES[digit + (k > 0 ? 32 : 0)]!;
    }
  }
  return ASCII.decode(codes.subarray(0, n));
}

/** The numbers of a posting file. A character outside the alphabet, or a number cut off at the end, is an error: a damaged file must not read as fewer matches. */
export function decodeNumbers(text: string): Int32Array {
  const out = new Int32Array(text.length);
  let n = 0;
  let v = 0;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const d = code < 128 ? DIGIT_VALUE[code]! : -1;
    if (d < 0) throw new SyntaxError(`posting file: unexpected character at ${i}`);
    if (d >= 32) {
      if (v > MAX_NUMBER / 32) throw new RangeError(`posting file: number too large at ${i}`);
      v = v * 32 + (d - 32);
      open = true;
    } else {
      if (v > (MAX_NUMBER - d) / 32) throw new RangeError(`posting file: number too large at ${i}`);
      out[n++] = v * 32 + d;
      v = 0;
      open = false;
    }
  }
  if (open) throw new SyntaxError("posting file: cut off in a number");
  // A copy of the right length: the buffer was sized for one number per character.
  return out.slice(0, n);
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

export function decodePostings(data: ArrayLike<number>): Postings {
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

export function decodeGaps(gaps: ArrayLike<number>): number[] {
  let v = 0;
  return Array.from(gaps, (g) => (v += g));
}

/** A word's matches: record id → whether one match lies inside the title. */
export type WordMatches = Map<number, boolean>;

/**
 * A word's matches as the search intersects them: record ids ascending, and
 * per id whether one match lies inside the title.
 */
export type WordHits = { ids: Int32Array; titled: Uint8Array };

/**
 * A bigram file read for matching: its record ids ascending, and where each
 * record's entry starts in the file's numbers (its position count, then its
 * position gaps). Reading it only skips over the positions; a record's
 * positions are read only when every cover list holds the record.
 */
export type PostingIndex = { data: ArrayLike<number>; ids: Int32Array; at: Int32Array };

const postingIndexes = new WeakMap<ArrayLike<number>, PostingIndex>();

/** The ids of a bigram file and where their entries start; kept per file (the parsed array), so the next query reuses it. */
export function indexPostings(data: ArrayLike<number>): PostingIndex {
  const known = postingIndexes.get(data);
  if (known) return known;
  let n = 0;
  for (let i = 0; i < data.length; i += 2 + data[i + 1]!) n++;
  const ids = new Int32Array(n);
  const at = new Int32Array(n);
  let id = 0;
  let k = 0;
  for (let i = 0; i < data.length; i += 2 + data[i + 1]!) {
    id += data[i]!;
    ids[k] = id;
    at[k++] = i + 1;
  }
  const index = { data, ids, at };
  postingIndexes.set(data, index);
  return index;
}

/** The first index ≥ from where ids[index] ≥ id (ids ascending): galloping, then binary search. */
function seek(ids: Int32Array, from: number, id: number): number {
  if (from >= ids.length || ids[from]! >= id) return from;
  let step = 1;
  let lo = from;
  let hi = from + 1;
  while (hi < ids.length && ids[hi]! < id) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  if (hi > ids.length) hi = ids.length;
  // ids[lo] < id; the answer is in (lo, hi].
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (ids[mid]! < id) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The records where a word of n ≥ 2 code points stands, from its cover
 * bigrams' files (in coverOffsets order): the id lists are intersected first
 * (the shortest drives, the others are skipped through), then, for the ids
 * in all of them, the positions are merged in one pass per record.
 */
export function hitsOfWord(n: number, cover: readonly PostingIndex[]): WordHits {
  const offsets = coverOffsets(n);
  const none = { ids: new Int32Array(0), titled: new Uint8Array(0) };
  if (cover.length === 0 || cover.some((p) => p.ids.length === 0)) return none;
  let driver = 0;
  cover.forEach((p, i) => {
    if (p.ids.length < cover[driver]!.ids.length) driver = i;
  });
  const lists = cover.length;
  const cursor = new Int32Array(lists);
  const ids: number[] = [];
  const titled: number[] = [];
  // Per list, while checking one record: where its positions are read, the last one read, how many are left.
  const read = new Int32Array(lists);
  const value = new Int32Array(lists);
  const left = new Int32Array(lists);
  const last = lists - 1;
  const driverIds = cover[driver]!.ids;
  outer: for (let d = 0; d < driverIds.length; d++) {
    const id = driverIds[d]!;
    for (let k = 0; k < lists; k++) {
      if (k === driver) {
        cursor[k] = d;
        continue;
      }
      const list = cover[k]!.ids;
      const c = seek(list, cursor[k]!, id);
      cursor[k] = c;
      if (c >= list.length) break outer;
      if (list[c] !== id) continue outer;
    }
    // Every list holds the record: merge its positions.
    for (let k = 0; k < lists; k++) {
      const at = cover[k]!.at[cursor[k]!]!;
      left[k] = cover[k]!.data[at]!;
      read[k] = at + 1;
      value[k] = -2;
    }
    let hit = false;
    let inTitle = false;
    const first = cover[0]!.data;
    let v0 = 0;
    for (let r = 0, count = left[0]!; r < count; r++) {
      v0 += first[read[0]! + r]!;
      const p = v0 >> 1;
      let all = true;
      for (let k = 1; k < lists; k++) {
        const want = p + offsets[k]!;
        const data = cover[k]!.data;
        // List k's first position ≥ want (values ascend, and so do positions); its first gap counts from 0.
        while (value[k]! >> 1 < want && left[k]! > 0) {
          value[k] = Math.max(value[k]!, 0) + data[read[k]!]!;
          read[k]!++;
          left[k]!--;
        }
        if (value[k]! >> 1 !== want) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      hit = true;
      if (((lists === 1 ? v0 : value[last]!) & 1) === 1) {
        inTitle = true;
        break;
      }
    }
    if (hit) {
      ids.push(id);
      titled.push(inTitle ? 1 : 0);
    }
  }
  return { ids: Int32Array.from(ids), titled: Uint8Array.from(titled) };
}

/** One-character matches from a unigram file (2·id + inTitle, gaps). */
export function hitsOfChar(gaps: ArrayLike<number>): WordHits {
  const ids = new Int32Array(gaps.length);
  const titled = new Uint8Array(gaps.length);
  let v = 0;
  for (let i = 0; i < gaps.length; i++) {
    v += gaps[i]!;
    ids[i] = v >> 1;
    titled[i] = v & 1;
  }
  return { ids, titled };
}

/**
 * The records holding every word, ranked: most words in the title first,
 * then by id (build order). The id lists are intersected as above; ranking
 * puts each id in the bucket of its score, so nothing is sorted.
 */
export function rankHits(words: readonly WordHits[]): number[] {
  if (words.length === 0) return [];
  const order = [...words].sort((a, b) => a.ids.length - b.ids.length);
  const driver = order[0]!;
  const others = order.slice(1);
  const cursor = new Int32Array(others.length);
  const buckets: number[][] = Array.from({ length: words.length + 1 }, () => []);
  outer: for (let d = 0; d < driver.ids.length; d++) {
    const id = driver.ids[d]!;
    let score = driver.titled[d]!;
    for (let k = 0; k < others.length; k++) {
      const list = others[k]!;
      const c = seek(list.ids, cursor[k]!, id);
      cursor[k] = c;
      if (c >= list.ids.length) break outer;
      if (list.ids[c] !== id) continue outer;
      score += list.titled[c]!;
    }
    buckets[score]!.push(id);
  }
  return buckets.reverse().flat();
}

/** The records where the word stands, from the postings of its cover bigrams (in coverOffsets order). */
export function matchWord(n: number, cover: readonly Postings[]): WordMatches {
  return toMatches(
    hitsOfWord(
      n,
      cover.map((p) => indexPostings(encodePostings(p))),
    ),
  );
}

/** One-character matches from a unigram file. */
export function matchChar(gaps: ArrayLike<number>): WordMatches {
  return toMatches(hitsOfChar(gaps));
}

function toMatches(hits: WordHits): WordMatches {
  return new Map(Array.from(hits.ids, (id, i) => [id, hits.titled[i] === 1]));
}
