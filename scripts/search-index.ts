/**
 * npm run build, after `astro build`: writes the static search index to
 * dist/search/data/<version>/ from the normalized data
 * (src/lib/search/records.ts), and the version into dist/search/index.html.
 *
 * - g/<a>/<b>.json: per bigram of compared text, the records holding it and
 *   where (src/lib/search/ngram.ts, the numbers as encodeNumbers writes them),
 *   and the record files of the first page of its one-word search, so a
 *   first page needs no record file when the query's files hold it;
 *   u/<a>.json: the same per character (the records, no positions).
 * - r/<n>/<id>.json: what a result shows (title, value as stated, text).
 * - facets.json: every record's filter values; values.json: indicator values
 *   for sorting by value (fetched only then).
 *
 * Plain JSON, written in a fixed order: two builds give identical bytes. The
 * static host compresses it. Memory is one in-memory posting map, linear in
 * the corpus.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  facetsFile,
  VERSION_PLACEHOLDER,
  type GramFile,
  type RecordFile,
  type ValuesFile,
} from "../src/lib/search/index-files.ts";
import { indexedText, readSearchRecords } from "../src/lib/search/load.ts";
import { PAGE } from "../src/lib/search/client.ts";
import {
  bigramFile,
  comparableChars,
  encodeGaps,
  encodeNumbers,
  pageIds,
  recordFile,
  unigramFile,
} from "../src/lib/search/ngram.ts";

const DIST = process.env.DIST_DIR ?? "dist";
const ROOT = `${DIST}/search/data`;
const STAGING = `${ROOT}/.building`;

const started = performance.now();
const records = readSearchRecords();

/** Bigram → [id, count, positions…, id, count, positions…] flat while building: no array per record, so memory stays near the corpus text. */
const bigrams = new Map<string, number[]>();
const unigrams = new Map<string, number[]>();

records.forEach((record, id) => {
  const chars = comparableChars(indexedText(record));
  const titleLength = comparableChars(record.meta.title).length;
  const local = new Map<string, number[]>();
  const singles = new Map<string, boolean>();
  chars.forEach((char, pos) => {
    singles.set(char, (singles.get(char) ?? false) || pos < titleLength);
    const next = chars[pos + 1];
    if (next === undefined) return;
    const key = char + next;
    let list = local.get(key);
    if (!list) local.set(key, (list = []));
    list.push(pos * 2 + (pos + 1 < titleLength ? 1 : 0));
  });
  for (const [key, positions] of local) {
    let flat = bigrams.get(key);
    if (!flat) bigrams.set(key, (flat = []));
    flat.push(id, positions.length, ...positions);
  }
  for (const [char, inTitle] of singles) {
    let list = unigrams.get(char);
    if (!list) unigrams.set(char, (list = []));
    list.push(id * 2 + (inTitle ? 1 : 0));
  }
});

rmSync(STAGING, { recursive: true, force: true });
const hash = createHash("sha256");
const made = new Set<string>();
function write(path: string, data: unknown): void {
  const text = JSON.stringify(data);
  hash.update(path).update("\0").update(text).update("\0");
  const full = `${STAGING}/${path}`;
  const dir = dirname(full);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  writeFileSync(full, text);
}

const recordFiles: RecordFile[] = records.map((record) => {
  const { meta } = record;
  return {
    url: record.url,
    title: meta.title,
    kind: record.filters["类型"]?.[0] ?? "",
    region: meta.地区,
    year: meta.年度,
    ...(meta.所属 ? { parent: meta.所属 } : {}),
    ...(meta.预算 ? { budget: meta.预算 } : {}),
    ...(record.value ? { stated: record.value.stated, reading: record.value.reading } : {}),
    content: record.content,
  };
});

/** A bigram's or a character's file: its postings, and the record files of its first PAGE results as a one-word search orders them. */
function gramFile(postings: readonly number[], entries: Iterable<[number, boolean]>): GramFile {
  const ids = pageIds(entries, PAGE);
  return { postings: encodeNumbers(postings), ids, records: ids.map((id) => recordFiles[id]!) };
}

/** (id, title flag) of each record in a flat bigram list. */
function* flatEntries(flat: readonly number[]): Generator<[number, boolean]> {
  for (let i = 0; i < flat.length;) {
    const id = flat[i++]!;
    const count = flat[i++]!;
    let inTitle = false;
    for (let k = 0; k < count; k++) if ((flat[i + k]! & 1) === 1) inTitle = true;
    i += count;
    yield [id, inTitle];
  }
}

// Sorted keys: the hash (and so the version) does not depend on Map order.
const byKey = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
for (const [key, flat] of byKey(bigrams)) {
  const [a, b] = [...key];
  write(bigramFile(a!, b!), gramFile(gapsOfFlat(flat), flatEntries(flat)));
  bigrams.delete(key);
}

/** The flat list as encodePostings writes it (ngram.ts): id gaps, counts, position gaps. */
function gapsOfFlat(flat: number[]): number[] {
  const out: number[] = [];
  let lastId = 0;
  for (let i = 0; i < flat.length;) {
    const id = flat[i++]!;
    const count = flat[i++]!;
    out.push(id - lastId, count);
    lastId = id;
    let last = 0;
    for (let k = 0; k < count; k++) {
      const v = flat[i++]!;
      out.push(v - last);
      last = v;
    }
  }
  return out;
}
for (const [char, values] of byKey(unigrams)) {
  write(
    unigramFile(char),
    gramFile(
      encodeGaps(values),
      values.map((v): [number, boolean] => [v >> 1, (v & 1) === 1]),
    ),
  );
}
bigrams.clear();
unigrams.clear();

recordFiles.forEach((file, id) => write(recordFile(id), file));

const facets = facetsFile(records.map((record) => record.filters));
write("facets.json", facets);

const units: string[] = [];
const rows: ValuesFile["rows"] = [];
records.forEach((record, id) => {
  if (!record.sortValue) return;
  let u = units.indexOf(record.sortValue.unit);
  if (u < 0) u = units.push(record.sortValue.unit) - 1;
  rows.push([id, record.sortValue.value, u]);
});
write("values.json", { units, rows } satisfies ValuesFile);

const version = hash.digest("hex").slice(0, 16);
// A stale version from an earlier build would never be fetched, but would be deployed.
const target = `${ROOT}/${version}`;
for (const old of safeList(ROOT)) if (old !== ".building") rmSync(`${ROOT}/${old}`, { recursive: true, force: true });
renameSync(STAGING, target);

const page = `${DIST}/search/index.html`;
const html = readFileSync(page, "utf8");
// The placeholder after astro build, or an earlier version when the index is rebuilt alone.
const META = /(<div id="search-index" data-version=")([^"]*)(")/u;
if (!META.test(html)) throw new Error(`${page} carries no search-index element (${VERSION_PLACEHOLDER})`);
// The inline script that starts the query's fetches in <head> (src/lib/search/prefetch.js) names the version too.
const PREFETCH = /(<script data-search-version=")([^"]*)(")/u;
if (!PREFETCH.test(html)) throw new Error(`${page} carries no prefetch script (${VERSION_PLACEHOLDER})`);
writeFileSync(page, withModulePreloads(html.replace(META, `$1${version}$3`).replace(PREFETCH, `$1${version}$3`)));

/**
 * The page's own module script (src/pages/search/_start.ts) is a few bytes
 * importing a shared chunk; a modulepreload link for each chunk it imports
 * lets the browser fetch them with the HTML's first requests instead of one
 * round trip later. Astro does not write these for a page's <script>.
 */
function withModulePreloads(text: string): string {
  const entry = /<script type="module" src="(\/_astro\/[^"]*type_script[^"]*\.js)"/u.exec(text)?.[1];
  if (!entry) return text;
  const code = readFileSync(`${DIST}${entry}`, "utf8");
  const links = [...code.matchAll(/from\s*"\.\/([^"]+\.js)"/gu)]
    .map((m) => `/_astro/${m[1]}`)
    .filter((href) => !text.includes(`href="${href}"`))
    .map((href) => `<link rel="modulepreload" href="${href}">`);
  return links.length === 0 ? text : text.replace("</head>", `${links.join("")}</head>`);
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

console.log(
  `search index: ${records.length} records → ${target} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
