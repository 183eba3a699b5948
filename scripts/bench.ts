/**
 * npm run bench -- [--runs N] [--scale 1,10,100] [--no-lighthouse] [--keep [DIR]] [--search-only] [--json FILE] [--heap MB]
 *
 * What the build and the site cost, and how that grows with the corpus. For
 * each scale a corpus of that many copies of the real documents is generated
 * (src/bench/corpus.ts) in a temporary folder, then normalize → astro build →
 * search index run on it N times (median reported), and the site is measured:
 * size and files of dist/, the JavaScript each kind of page loads (from the
 * HTML and dist/_astro, imports followed), and in headless Chromium the bytes
 * each page fetches (gzip, as a static host serves it), and the search: the
 * time until the first result of a cold search page shows, beside the floor
 * measured in the same run (an "oracle" page: the same HTML fetching a
 * precomputed answer of 20 results) and their ratio, its bytes, and a warm
 * next query. Lighthouse scores the base site. A last
 * table gives each figure's growth (figure ÷ base ÷ scale) and flags what
 * grows faster than linearly.
 *
 * I/O and orchestration only; the helpers are pure and unit-tested
 * (tests/unit/bench-*.test.ts). Not part of npm test: a ×100 run takes many
 * minutes on two cores.
 */
import { spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import { cpus, loadavg, tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { gzipSync } from "node:zlib";
import { find, loadRecord, openIndex, PAGE } from "../src/lib/search/client.ts";
import { excerptParts } from "../src/lib/search/excerpt.ts";
import type { Browser, Page } from "playwright-core";
import { readDocuments } from "../src/lib/data.ts";
import { parseArgs, USAGE, type BenchOptions } from "../src/bench/args.ts";
import { generateCorpus, type SourceDocument } from "../src/bench/corpus.ts";
import { formatBytes, formatCount, formatRatio, formatSeconds, formatTable } from "../src/bench/format.ts";
import { growthOf } from "../src/bench/growth.ts";
import { formatLongLines, measureLongLines } from "../src/bench/long-lines.ts";
import { scriptClosure } from "../src/bench/scripts.ts";
import { median, spread } from "../src/bench/stats.ts";
import { driftFromOriginals } from "../src/bench/verify.ts";
import { normalizeDocument, sourcePath } from "../src/normalize/pipeline.ts";
import { CHROMIUM_ARGS, launchChromium } from "./lib/chromium.mjs";
import { readPipelineInputs } from "./lib/pipeline-inputs.ts";
import { freePort } from "./lib/preview.mjs";

const PROJECT = resolve(".");
const BIN = (name: string) => join(PROJECT, "node_modules/.bin", name);
const FIRST_QUERY = "无线电";
const SECOND_QUERY = "满意度";
/** Warm queries, typed one after another into a page that has searched: a common phrase, a rare one, two words. */
const WARM_QUERIES = ["满意度", "资金使用合规性", "服务对象满意度 90%"];
/** A search result on /search/ (src/pages/search/_Results.tsx). */
const RESULT = ".search-result";
/** A filter value's count on /search/ (src/pages/search/_Filters.tsx); shown only once all counts are final. */
const COUNT = ".facet-count";
/** How long a search may take before it counts as failed. */
const SEARCH_TIMEOUT = 300_000;
const PAGE_TYPES = ["home", "region", "document", "project", "template", "search", "compare"] as const;
type PageType = (typeof PAGE_TYPES)[number];

/* ---------- the corpus ---------- */

/** The real documents with their record names, read by the normalize pipeline itself (content/data may lag behind the sources). */
function realSources(): SourceDocument[] {
  const { manifest, topics, concepts } = readPipelineInputs(PROJECT);
  return manifest.documents.map((entry) => {
    const bytes = readFileSync(join(PROJECT, sourcePath(entry)));
    const data = normalizeDocument(entry, bytes, { topics, concepts });
    return { entry, text: bytes.toString("utf8"), names: [...new Set(data.projects.map((p) => p.name))] };
  });
}

function writeCorpus(root: string, sources: readonly SourceDocument[], scale: number): void {
  const corpus = generateCorpus(sources, scale);
  const dir = join(root, "content/sources");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "manifest.json"), `${JSON.stringify(corpus.manifest, null, 2)}\n`);
  for (const [file, text] of corpus.files) writeFileSync(join(dir, file), text);
  cpSync(join(PROJECT, "content/rules"), join(root, "content/rules"), { recursive: true });
}

/* ---------- the build ---------- */

let heapMb: number | null = null;

function envFor(root: string): NodeJS.ProcessEnv {
  const nodeOptions = [process.env.NODE_OPTIONS, heapMb ? `--max-old-space-size=${heapMb}` : null]
    .filter(Boolean)
    .join(" ");
  return {
    ...process.env,
    ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
    ASTRO_TELEMETRY_DISABLED: "1",
    CONTENT_ROOT: root,
    CONTENT_DATA_DIR: join(root, "content/data"),
    NORMALIZE_ROOT: root,
    NORMALIZE_OUT: join(root, "content/data"),
    DIST_DIR: join(root, "dist"),
  };
}

/** Resident memory of a process and its descendants, in bytes, from /proc (Linux); NaN where that cannot be read. */
function treeRss(pid: number): number {
  try {
    let total = 0;
    const queue = [pid];
    while (queue.length > 0) {
      const p = queue.pop()!;
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/^VmRSS:\s+(\d+) kB/mu.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        const children = readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim();
        if (children) queue.push(...children.split(/\s+/u).map(Number));
      }
    }
    return total;
  } catch {
    return Number.NaN;
  }
}

type StepResult = { ms: number; output: string; peakRss: number };

/** Run a step to the end; its output goes to a log file, and to the error if it fails. Resolves to milliseconds, output and peak memory. */
function step(root: string, label: string, command: string, args: string[]): Promise<StepResult> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: PROJECT, env: envFor(root), stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let peakRss = Number.NaN;
    const sample = setInterval(() => {
      const rss = child.pid === undefined ? Number.NaN : treeRss(child.pid);
      if (Number.isFinite(rss)) peakRss = Number.isFinite(peakRss) ? Math.max(peakRss, rss) : rss;
    }, 250);
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.once("error", (error) => {
      clearInterval(sample);
      fail(error);
    });
    child.once("close", (code, signal) => {
      clearInterval(sample);
      const ms = performance.now() - started;
      mkdirSync(join(root, "logs"), { recursive: true });
      writeFileSync(join(root, "logs", `${label}.log`), output);
      if (code === 0) done({ ms, output, peakRss });
      else fail(new Error(`${label} exited with ${code ?? signal}:\n${output.split("\n").slice(-40).join("\n")}`));
    });
  });
}

type BuildTimes = {
  normalize: number[];
  build: number[];
  index: number[];
  total: number[];
  memory: { normalize: number[]; build: number[]; index: number[] };
};

/** --search-only: the base scale's built site, whose search page and scripts the larger corpora reuse instead of an astro build. */
let baseDist: string | null = null;

async function buildSite(
  root: string,
  runs: number,
  say: (s: string) => void,
  reuse: string | null = null,
): Promise<{ times: BuildTimes; searchRecords: number }> {
  const times: BuildTimes = {
    normalize: [],
    build: [],
    index: [],
    total: [],
    memory: { normalize: [], build: [], index: [] },
  };
  let searchRecords = Number.NaN;
  for (let r = 1; r <= runs; r++) {
    const normalize = await step(root, `normalize-${r}`, BIN("tsx"), ["scripts/normalize.ts"]);
    // The search page does not depend on the corpus: copying it (and /_astro/) stands in for the astro build.
    const build = reuse
      ? (() => {
          rmSync(join(root, "dist"), { recursive: true, force: true });
          cpSync(reuse, join(root, "dist"), {
            recursive: true,
            filter: (src) => !src.includes(`${sep}search${sep}data`),
          });
          return { ms: Number.NaN, output: "", peakRss: Number.NaN };
        })()
      : await step(root, `astro-build-${r}`, BIN("astro"), ["build", "--outDir", join(root, "dist")]);
    // As package.json's build runs it: a 700 MB heap makes V8 collect early (peak 0.79 GB at ×100 instead of 1.38 GB).
    const index = await step(root, `search-index-${r}`, "env", [
      "NODE_OPTIONS=--max-old-space-size=700",
      BIN("tsx"),
      "scripts/search-index.ts",
    ]);
    searchRecords = Number(/search index: (\d+) records/u.exec(index.output)?.[1] ?? Number.NaN);
    // The CSP's script hashes (as `npm run build` does), so the built site serves as it would deployed.
    await step(root, `csp-hashes-${r}`, process.execPath, ["scripts/csp-hashes.mjs", join(root, "dist")]);
    times.normalize.push(normalize.ms);
    times.build.push(build.ms);
    times.index.push(index.ms);
    times.total.push(normalize.ms + build.ms + index.ms);
    times.memory.normalize.push(normalize.peakRss);
    times.memory.build.push(build.peakRss);
    times.memory.index.push(index.peakRss);
    say(
      `  run ${r}/${runs}: normalize ${formatSeconds(normalize.ms)}, astro build ${formatSeconds(build.ms)}, search index ${formatSeconds(index.ms)}`,
    );
  }
  return { times, searchRecords };
}

/* ---------- the built site ---------- */

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

type Folder = { bytes: number; files: number; pages: number; pageBytes: number; largest: number; largestPath: string };
type DistStats = { bytes: number; files: number; pages: number; byFolder: Map<string, Folder> };

function distStats(dist: string): DistStats {
  const byFolder = new Map<string, Folder>();
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const file of walk(dist)) {
    const size = statSync(file).size;
    const rel = file.slice(dist.length + 1);
    const folder = rel.includes(sep) ? rel.slice(0, rel.indexOf(sep)) : "(top)";
    const f = byFolder.get(folder) ?? { bytes: 0, files: 0, pages: 0, pageBytes: 0, largest: 0, largestPath: "" };
    f.bytes += size;
    f.files++;
    if (file.endsWith(".html")) {
      pages++;
      f.pages++;
      f.pageBytes += size;
      if (size > f.largest) Object.assign(f, { largest: size, largestPath: `/${rel}` });
    }
    byFolder.set(folder, f);
    bytes += size;
    files++;
  }
  return { bytes, files, pages, byFolder };
}

const firstDir = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()[0]
    : undefined;

/** One page of each kind. The region is the one with the largest page, the page that grows as documents are added. */
function samplePages(dist: string): Record<PageType, string | null> {
  const regions = existsSync(join(dist, "regions")) ? readdirSync(join(dist, "regions")) : [];
  const region = regions
    .map((slug) => ({
      slug,
      size: existsSync(join(dist, "regions", slug, "index.html"))
        ? statSync(join(dist, "regions", slug, "index.html")).size
        : 0,
    }))
    .sort((a, b) => b.size - a.size || a.slug.localeCompare(b.slug))[0];
  const dir = (folder: string) => {
    const name = firstDir(join(dist, folder));
    return name ? `/${folder}/${name}/` : null;
  };
  return {
    home: "/",
    region: region ? `/regions/${region.slug}/` : null,
    document: dir("documents"),
    project: dir("projects"),
    template: dir("templates"),
    search: "/search/",
    compare: "/compare/",
  };
}

const fileOf = (dist: string, path: string) =>
  join(dist, decodeURIComponent(path), path.endsWith("/") ? "index.html" : "");

type Js = { bytes: number; gzip: number; files: number; lazy: number; missing: string[] };

/** The JavaScript a page loads with it, from its HTML and the modules those import (inline scripts included). */
function pageJs(dist: string, path: string): Js {
  const html = readFileSync(fileOf(dist, path), "utf8");
  const read = (p: string) => {
    const file = join(dist, decodeURIComponent(p));
    return file.startsWith(dist) && existsSync(file) && statSync(file).isFile()
      ? readFileSync(file, "utf8")
      : undefined;
  };
  const closure = scriptClosure(html, path, read);
  const texts = [...closure.files.map((f) => read(f)!), ...closure.inline];
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  const gzip = texts.reduce((a, t) => a + gzipSync(t).length, 0);
  const lazy = closure.lazy.reduce((a, f) => a + Buffer.byteLength(read(f) ?? ""), 0);
  return { bytes, gzip, files: closure.files.length, lazy, missing: closure.missing };
}

/* ---------- serving and the browser ---------- */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

/** Text a static host compresses. */
const COMPRESSED = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".csv", ".txt", ".xml"]);
const gzipCache = new Map<string, Buffer>();
/** gzip level 6 (what static hosts use), compressed once per file. */
function gzipped(file: string): Buffer {
  let body = gzipCache.get(file);
  if (!body) gzipCache.set(file, (body = gzipSync(readFileSync(file), { level: 6 })));
  return body;
}

/**
 * The oracle: the search page's HTML without its scripts, plus one that
 * fetches a precomputed answer and renders it; a query submitted in its form
 * is answered the same way, after the old list is cleared as the site clears
 * it, with the status line the warm check reads.
 */
const ORACLE_SCRIPT = `const form = document.querySelector("form.search-page-form");
const status = document.querySelector(".search-status");
let list = null;
async function show(q) {
  const answer = await (await fetch("/__oracle/answer.json?q=" + encodeURIComponent(q))).json();
  const ol = document.createElement("ol");
  for (const r of answer.results) {
    const li = document.createElement("li");
    li.className = "search-result";
    const h = document.createElement("h3");
    const a = document.createElement("a");
    a.href = r.url;
    a.textContent = r.title;
    h.append(a);
    const p = document.createElement("p");
    p.textContent = r.excerpt;
    li.append(h, p);
    ol.append(li);
  }
  status.textContent = "找到 " + answer.total + " 条结果。";
  list = ol;
  document.querySelector("main").append(ol);
}
form.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = form.elements.q.value;
  history.pushState(null, "", "?q=" + encodeURIComponent(q));
  status.textContent = "正在搜索…";
  list?.remove();
  void show(q);
});
await show(new URLSearchParams(location.search).get("q") ?? "");
`;

type Oracle = { html: string; answers: Map<string, string> };

/** The oracle's page and answers (the first page of results of each query, as the site's search ranks them). */
async function makeOracle(dist: string, queries: readonly string[]): Promise<Oracle> {
  // Without the site's scripts and their modulepreload links: the oracle fetches nothing of the site's JavaScript.
  const html = readFileSync(join(dist, "search/index.html"), "utf8")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gu, "")
    .replace(/<link rel="modulepreload"[^>]*>/gu, "")
    .replace("</body>", '<script type="module" src="/__oracle/oracle.js"></script></body>');
  const version = readdirSync(join(dist, "search/data")).find((name) => !name.startsWith("."))!;
  const folder = join(dist, "search/data", version);
  const index = openIndex("", (path) =>
    Promise.resolve(
      existsSync(join(folder, path))
        ? new Response(readFileSync(join(folder, path)))
        : new Response(null, { status: 404 }),
    ),
  );
  const answers = new Map<string, string>();
  for (const q of queries) {
    const found = await find(index, q);
    const records = await Promise.all(found.ids.slice(0, PAGE).map((id) => loadRecord(index, id)));
    answers.set(
      q,
      JSON.stringify({
        total: found.ids.length,
        results: records.map((r) => ({
          url: r.url,
          title: r.title,
          excerpt: excerptParts(r.content, found.words)
            .map((p) => p.text)
            .join(""),
        })),
      }),
    );
  }
  return { html, answers };
}

/** A static server for dist/ on 127.0.0.1: directory index, trailing-slash redirects, 404.html, gzip; /__oracle/ when given one. */
async function serve(dist: string, oracle?: Oracle): Promise<{ base: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (oracle && url.pathname.startsWith("/__oracle/")) {
      const send = (type: string, text: string) => {
        const body = gzipSync(text, { level: 6 });
        res
          .writeHead(200, { "content-type": type, "content-encoding": "gzip", "content-length": body.length })
          .end(body);
      };
      if (url.pathname === "/__oracle/") send(TYPES[".html"]!, oracle.html);
      else if (url.pathname === "/__oracle/oracle.js") send(TYPES[".js"]!, ORACLE_SCRIPT);
      else send(TYPES[".json"]!, oracle.answers.get(url.searchParams.get("q") ?? "") ?? '{"total":0,"results":[]}');
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = join(dist, path);
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith("/")) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      file = join(file, "index.html");
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      const notFound = join(dist, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : "not found");
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/u.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? gzipped(file) : readFileSync(file);
    res.writeHead(200, {
      "content-type": type,
      "content-length": body.length,
      ...(gzip ? { "content-encoding": "gzip", vary: "accept-encoding" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("static server: no port");
  return {
    base: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

type Fetched = { url: string; bytes: number; type: string; phase: number };

/** Counts what a page fetches (response body bytes), by phase, and waits for the network to fall quiet. */
function track(page: Page) {
  let inflight = 0;
  let last = performance.now();
  let phase = 1;
  const fetched: Promise<Fetched>[] = [];
  page.on("request", () => {
    inflight++;
    last = performance.now();
  });
  page.on("requestfinished", (request) => {
    // Read the sizes at once: they are gone once the page or its context closes.
    inflight = Math.max(0, inflight - 1);
    last = performance.now();
    const at = phase;
    fetched.push(
      request.sizes().then(
        (s) => ({ url: request.url(), bytes: s.responseBodySize, type: request.resourceType(), phase: at }),
        () => ({ url: request.url(), bytes: 0, type: request.resourceType(), phase: at }),
      ),
    );
  });
  page.on("requestfailed", () => {
    inflight = Math.max(0, inflight - 1);
    last = performance.now();
  });
  return {
    setPhase: (p: number) => (phase = p),
    /** Resolves once nothing has been in flight for `ms`. */
    quiet: async (ms = 600, limit = 120_000) => {
      const until = performance.now() + limit;
      while ((inflight > 0 || performance.now() - last < ms) && performance.now() < until) await sleep(50);
    },
    all: () => Promise.all(fetched),
  };
}

const isIndex = (url: string) => new URL(url).pathname.startsWith("/search/data/");
const sum = (xs: readonly Fetched[]) => xs.reduce((a, f) => a + f.bytes, 0);

type SearchRun = {
  firstMs: number;
  countsMs: number;
  /** The oracle page's first result, measured right before or after the site's in the same run. */
  oracleMs: number;
  /** The same warm queries typed into the oracle page: the floor for warmMs. */
  oracleWarmMs: number[];
  timedOut?: boolean;
  firstBytes: number;
  firstRequests: number;
  secondBytes: number;
  secondRequests: number;
  pageBytes: number;
  /** Each warm query, from submitting the form to its first result. */
  warmMs: number[];
};

/** Milliseconds since navigation start when the selector first matches, checked every frame. */
async function shownAt(page: Page, selector: string): Promise<number> {
  return Number(
    await (
      await page.waitForFunction((s: string) => (document.querySelector(s) ? performance.now() : 0), selector, {
        polling: "raf",
        timeout: SEARCH_TIMEOUT,
      })
    ).jsonValue(),
  );
}

/** The floor: a new context opening the oracle page for the same query, then the same warm queries typed into it. */
async function measureOracle(browser: Browser, base: string): Promise<{ firstMs: number; warmMs: number[] }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/__oracle/?q=${encodeURIComponent(FIRST_QUERY)}`, { waitUntil: "commit" });
    const firstMs = await shownAt(page, RESULT);
    // Left to settle before and between warm queries, as the site's page is (track().quiet: 600 ms without a request).
    const warmMs: number[] = [];
    for (const q of WARM_QUERIES) {
      await sleep(600);
      warmMs.push(await warmQuery(page, q));
    }
    return { firstMs, warmMs };
  } finally {
    await context.close();
  }
}

/** A warm query: submitted in the page, timed until its first result (a result of the old query is gone by then). */
async function warmQuery(page: Page, q: string): Promise<number> {
  await page.fill("#search-q", q);
  const started = Number(
    await page.evaluate(() => {
      const t = performance.now();
      document.querySelector<HTMLFormElement>("form.search-page-form")!.requestSubmit();
      return t;
    }),
  );
  const done = Number(
    await (
      await page.waitForFunction(
        (query: string) =>
          new URLSearchParams(location.search).get("q") === query &&
          document.querySelector(".search-result") &&
          /^找到/u.test(document.querySelector(".search-status")?.textContent ?? "")
            ? performance.now()
            : 0,
        q,
        { polling: "raf", timeout: SEARCH_TIMEOUT },
      )
    ).jsonValue(),
  );
  return done - started;
}

/** One run: the site's cold search page and its warm queries, and the oracle just before or just after it (runs alternate, so neither side always goes first). */
async function measureSearch(browser: Browser, base: string, oracleFirst = false): Promise<SearchRun> {
  const oracleBefore = oracleFirst ? await measureOracle(browser, base) : null;
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const net = track(page);
    await page.goto(`${base}/search/?q=${encodeURIComponent(FIRST_QUERY)}`, { waitUntil: "commit" });
    let firstMs: number;
    let countsMs: number;
    try {
      firstMs = await shownAt(page, RESULT);
      countsMs = await shownAt(page, COUNT);
    } catch {
      // No result in time: report the bytes fetched so far and the time as a lower bound.
      const first = await net.all();
      const ix = first.filter((f) => isIndex(f.url));
      return {
        firstMs: SEARCH_TIMEOUT,
        countsMs: SEARCH_TIMEOUT,
        oracleMs: Number.NaN,
        oracleWarmMs: [],
        timedOut: true,
        firstBytes: sum(ix),
        firstRequests: ix.length,
        secondBytes: Number.NaN,
        secondRequests: Number.NaN,
        pageBytes: sum(first),
        warmMs: [],
      };
    }
    await net.quiet();
    net.setPhase(2);
    const warmMs: number[] = [];
    for (const q of WARM_QUERIES) {
      warmMs.push(await warmQuery(page, q));
      await net.quiet();
      if (q === SECOND_QUERY) net.setPhase(3);
    }
    const all = await net.all();
    const first = all.filter((f) => f.phase === 1);
    const second = all.filter((f) => f.phase === 2);
    const oracle = oracleBefore ?? (await measureOracle(browser, base));
    return {
      firstMs,
      countsMs,
      oracleMs: oracle.firstMs,
      oracleWarmMs: oracle.warmMs,
      timedOut: false,
      firstBytes: sum(first.filter((f) => isIndex(f.url))),
      firstRequests: first.filter((f) => isIndex(f.url)).length,
      secondBytes: sum(second.filter((f) => isIndex(f.url))),
      secondRequests: second.filter((f) => isIndex(f.url)).length,
      pageBytes: sum(first),
      warmMs,
    };
  } finally {
    await context.close();
  }
}

/** Everything a page fetches as it loads and settles, and its script part. */
async function pageWeight(
  browser: Browser,
  url: string,
): Promise<{ bytes: number; scripts: number; requests: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const net = track(page);
    await page.goto(url, { waitUntil: "load" });
    await net.quiet();
    const all = await net.all();
    return { bytes: sum(all), scripts: sum(all.filter((f) => f.type === "script")), requests: all.length };
  } finally {
    await context.close();
  }
}

const LIGHTHOUSE_CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Scores = Record<(typeof LIGHTHOUSE_CATEGORIES)[number], number>;

/** Lighthouse 12 (mobile defaults, simulated throttling) on a Chromium that playwright-core starts with a debugging port. */
async function lighthouseScores(
  urls: readonly { name: string; url: string }[],
): Promise<{ scores: Map<string, Scores>; unavailable: string | null }> {
  const scores = new Map<string, Scores>();
  let lighthouse: typeof import("lighthouse").default;
  try {
    lighthouse = (await import("lighthouse")).default;
  } catch (error) {
    return {
      scores,
      unavailable: `lighthouse is not installed (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`,
    };
  }
  const port = await freePort();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium({ args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
    for (const { name, url } of urls) {
      const result = await lighthouse(url, {
        port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      });
      const categories = result?.lhr.categories;
      if (!categories) throw new Error(`no result for ${url}`);
      if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
      scores.set(
        name,
        Object.fromEntries(
          LIGHTHOUSE_CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? Number.NaN) * 100)]),
        ) as Scores,
      );
    }
    return { scores, unavailable: null };
  } catch (error) {
    return { scores, unavailable: error instanceof Error ? error.message.split("\n")[0]! : String(error) };
  } finally {
    await browser?.close();
  }
}

/* ---------- one scale ---------- */

type ScaleResult = {
  scale: number;
  documents: number;
  records: number;
  indicators: number;
  searchRecords: number;
  pages: number;
  drift: string[];
  times: BuildTimes;
  dist: DistStats;
  dataBytes: number;
  js: Record<PageType, Js | null>;
  weight: Record<PageType, { bytes: number; scripts: number; requests: number } | null>;
  search: SearchRun[];
  lighthouse: { scores: Map<string, Scores>; unavailable: string | null } | null;
  samples: Record<PageType, string | null>;
};

async function measureScale(
  scale: number,
  sources: readonly SourceDocument[],
  options: BenchOptions,
  isBase: boolean,
  say: (s: string) => void,
): Promise<ScaleResult> {
  const root = options.keepDir
    ? join(resolve(options.keepDir), `x${scale}`)
    : mkdtempSync(join(tmpdir(), `bench-x${scale}-`));
  if (options.keepDir) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
  }
  say(`\n×${scale}: corpus in ${root}`);
  try {
    writeCorpus(root, sources, scale);
    const reuse = options.searchOnly && !isBase ? baseDist : null;
    if (reuse)
      say("  --search-only: the base site's pages stand in for an astro build; page figures below are the base's");
    const { times, searchRecords } = await buildSite(root, options.runs, say, reuse);
    const dataDir = join(root, "content/data");
    // Validated against the model, as the site reads it.
    const data = readDocuments(dataDir);
    const drift = driftFromOriginals(data);
    const dist = join(root, "dist");
    const stats = distStats(dist);
    if (options.searchOnly && isBase) {
      baseDist = mkdtempSync(join(tmpdir(), "bench-base-dist-"));
      cpSync(dist, baseDist, { recursive: true });
    }
    const samples = samplePages(dist);
    const js = Object.fromEntries(
      PAGE_TYPES.map((t) => [t, samples[t] ? pageJs(dist, samples[t]) : null]),
    ) as ScaleResult["js"];

    const server = await serve(dist, await makeOracle(dist, [FIRST_QUERY, ...WARM_QUERIES]));
    const browser = await launchChromium();
    const search: SearchRun[] = [];
    const weight = {} as ScaleResult["weight"];
    try {
      // One unmeasured load of each page first: the server compresses a file at its first request and the OS
      // reads it from disk, costs the first measured run would pay for the site alone.
      await measureOracle(browser, server.base).catch(() => null);
      await measureSearch(browser, server.base, true).catch(() => null);
      for (let r = 0; r < options.runs; r++) {
        try {
          const run = await measureSearch(browser, server.base, r % 2 === 1);
          search.push(run);
          if (run.timedOut) {
            say(`  no search result within ${SEARCH_TIMEOUT / 1000} s; further search runs skipped`);
            break;
          }
        } catch (error) {
          say(`  search run ${r + 1} failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
        }
      }
      for (const t of PAGE_TYPES) {
        const path = t === "search" ? `/search/?q=${encodeURIComponent(FIRST_QUERY)}` : samples[t];
        weight[t] = path ? await pageWeight(browser, `${server.base}${path}`) : null;
      }
    } finally {
      await browser.close();
    }
    let lighthouse: ScaleResult["lighthouse"] = null;
    if (isBase && options.lighthouse) {
      say("  lighthouse …");
      const pages = [
        { name: "home", url: `${server.base}/` },
        { name: "region", url: `${server.base}${samples.region}` },
        { name: "project", url: `${server.base}${samples.project}` },
        { name: "search", url: `${server.base}/search/?q=${encodeURIComponent(FIRST_QUERY)}` },
        { name: "compare", url: `${server.base}${samples.compare}` },
      ];
      lighthouse = await lighthouseScores(pages);
    }
    await server.close();
    const dataBytes = readdirSync(dataDir).reduce((a, f) => a + statSync(join(dataDir, f)).size, 0);
    return {
      scale,
      documents: data.length,
      records: data.reduce((a, d) => a + d.projects.length, 0),
      indicators: data.reduce((a, d) => a + d.projects.reduce((b, p) => b + p.indicators.length, 0), 0),
      searchRecords,
      pages: stats.pages,
      drift,
      times,
      dist: stats,
      dataBytes,
      js,
      weight,
      search,
      lighthouse,
      samples,
    };
  } finally {
    if (options.keep || options.keepDir) say(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

/* ---------- the report ---------- */

/** A figure of one page or one search that grows past this multiple of its base is flagged: every visit pays it. */
const PER_PAGE_LIMIT = 2;

type Figure = {
  name: string;
  format: (x: number) => string;
  value: (r: ScaleResult) => number;
  /** A figure of one page or one search: ideally the same at any scale. */
  perPage?: boolean;
  /** Shown, but no growth judged (counts of the corpus itself). */
  noGrowth?: boolean;
  spread?: (r: ScaleResult) => number[];
};

const seconds = (pick: (t: BuildTimes) => number[]): Pick<Figure, "value" | "spread" | "format"> => ({
  value: (r) => median(pick(r.times)),
  spread: (r) => pick(r.times),
  format: formatSeconds,
});

function figures(): Figure[] {
  const jsFigure = (t: PageType): Figure => ({
    name: `JS, ${t} page (raw)`,
    format: formatBytes,
    value: (r) => r.js[t]?.bytes ?? Number.NaN,
    perPage: true,
  });
  const weightFigure = (t: PageType): Figure => ({
    name: `fetched on load, ${t} page`,
    format: formatBytes,
    value: (r) => r.weight[t]?.bytes ?? Number.NaN,
    perPage: true,
  });
  return [
    { name: "documents", format: formatCount, value: (r) => r.documents, noGrowth: true },
    { name: "records", format: formatCount, value: (r) => r.records, noGrowth: true },
    { name: "indicators", format: formatCount, value: (r) => r.indicators, noGrowth: true },
    { name: "search records", format: formatCount, value: (r) => r.searchRecords, noGrowth: true },
    { name: "normalize", ...seconds((t) => t.normalize) },
    { name: "astro build", ...seconds((t) => t.build) },
    { name: "search index", ...seconds((t) => t.index) },
    { name: "total build", ...seconds((t) => t.total) },
    { name: "peak memory, normalize", format: formatBytes, value: (r) => median(r.times.memory.normalize) },
    { name: "peak memory, astro build", format: formatBytes, value: (r) => median(r.times.memory.build) },
    { name: "peak memory, search index", format: formatBytes, value: (r) => median(r.times.memory.index) },
    { name: "HTML pages", format: formatCount, value: (r) => r.pages },
    { name: "dist size", format: formatBytes, value: (r) => r.dist.bytes },
    { name: "dist files", format: formatCount, value: (r) => r.dist.files },
    {
      name: "  of which search/ (the index) size",
      format: formatBytes,
      value: (r) => r.dist.byFolder.get("search")?.bytes ?? 0,
    },
    { name: "  of which search/ files", format: formatCount, value: (r) => r.dist.byFolder.get("search")?.files ?? 0 },
    {
      name: "  of which data/ (downloads) size",
      format: formatBytes,
      value: (r) => r.dist.byFolder.get("data")?.bytes ?? 0,
    },
    { name: "normalized JSON size", format: formatBytes, value: (r) => r.dataBytes },
    ...(["projects", "templates", "documents", "regions", "compare", "indicators"] as const).map((folder): Figure => ({
      name: `mean HTML page, ${folder}/`,
      format: formatBytes,
      value: (r) => {
        const f = r.dist.byFolder.get(folder);
        return f && f.pages > 0 ? f.pageBytes / f.pages : Number.NaN;
      },
      perPage: true,
    })),
    {
      name: "largest HTML page",
      format: formatBytes,
      value: (r) => Math.max(...[...r.dist.byFolder.values()].map((f) => f.largest)),
      perPage: true,
    },
    ...PAGE_TYPES.map(jsFigure),
    {
      name: "JS, search page (gzip)",
      format: formatBytes,
      value: (r) => r.js.search?.gzip ?? Number.NaN,
      perPage: true,
    },
    ...PAGE_TYPES.map(weightFigure),
    {
      name: `cold search page, all bytes (${FIRST_QUERY}, gzip)`,
      format: formatBytes,
      value: (r) => median(r.search.map((s) => s.pageBytes)),
      perPage: true,
    },
    {
      name: `  of which index (${FIRST_QUERY}, /search/data/)`,
      format: formatBytes,
      value: (r) => median(r.search.map((s) => s.firstBytes)),
      perPage: true,
    },
    {
      name: "  index requests",
      format: formatCount,
      value: (r) => median(r.search.map((s) => s.firstRequests)),
      perPage: true,
    },
    {
      name: `warm search bytes (${SECOND_QUERY}, /search/data/)`,
      format: formatBytes,
      value: (r) => median(r.search.map((s) => s.secondBytes)),
      perPage: true,
    },
    searchTimeFigure("cold first result, site", (s) => s.firstMs),
    searchTimeFigure("cold first result, oracle (floor)", (s) => s.oracleMs),
    {
      name: "  ratio site ÷ oracle",
      format: (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–"),
      value: (r) => median(r.search.map((s) => s.firstMs / s.oracleMs)),
      perPage: true,
      noGrowth: true,
    },
    searchTimeFigure("time to filter counts", (s) => s.countsMs),
    searchTimeFigure(`warm next query, median of ${WARM_QUERIES.join(" / ")}`, (s) => median(s.warmMs)),
    searchTimeFigure("warm next query, slowest", (s) => Math.max(...s.warmMs)),
    searchTimeFigure("warm next query, oracle (floor), median", (s) => median(s.oracleWarmMs)),
    {
      name: "  ratio site ÷ oracle, warm median",
      format: (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : "–"),
      value: (r) => median(r.search.map((s) => median(s.warmMs) / median(s.oracleWarmMs))),
      perPage: true,
      noGrowth: true,
    },
  ];
}

function searchTimeFigure(name: string, ms: (run: SearchRun) => number): Figure {
  return {
    name,
    format: (t) => (t >= SEARCH_TIMEOUT ? `> ${formatSeconds(SEARCH_TIMEOUT)} (timed out)` : formatSeconds(t)),
    value: (r) => median(r.search.map(ms)),
    spread: (r) => r.search.map(ms),
    perPage: true,
  };
}

function report(results: readonly ScaleResult[], options: BenchOptions): string {
  const out: string[] = [];
  const base = results[0]!;
  const scaleCols = results.map((r) => `×${r.scale}`);
  const growthCols = results.slice(1).map((r) => `growth ×${r.scale}`);
  const marginalCol = results.length >= 3 ? [`marginal ×${results.at(-1)!.scale}`] : [];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const f of figures()) {
    const points = results.map((r) => ({ scale: r.scale / base.scale, value: f.value(r) }));
    const values = results.map((r) => {
      const runs = f.spread?.(r);
      const s = runs && runs.length > 1 ? spread(runs) : null;
      return s ? `${f.format(f.value(r))} (${f.format(s.min)}–${f.format(s.max)})` : f.format(f.value(r));
    });
    if (f.noGrowth || results.length === 1) {
      rows.push([f.name, ...values, ...growthCols.map(() => ""), ...marginalCol.map(() => ""), ""]);
      continue;
    }
    const growth = growthOf(points);
    const flags: string[] = [];
    if (growth.some((g) => g.superLinear)) flags.push("FASTER THAN LINEAR");
    // A page or a search whose cost follows the corpus: linear in total, but paid on every visit.
    const most = Math.max(...growth.slice(1).map((g) => g.value / growth[0]!.value));
    if (f.perPage && most > PER_PAGE_LIMIT) flags.push(`per page, ×${most.toFixed(1)} of base`);
    if (flags.length > 0) notes.push(`${f.name}: ${flags.join("; ")}`);
    rows.push([
      f.name,
      ...values,
      ...growth.slice(1).map((g) => formatRatio(g.growth)),
      ...marginalCol.map(() => formatRatio(growth.at(-1)!.marginal)),
      flags.join("; "),
    ]);
  }
  out.push(
    `Medians of ${options.runs} run(s); ranges in brackets. growth = figure ÷ base ÷ scale (1 = linear); marginal = cost per added copy at the last step ÷ before it.`,
  );
  out.push(
    formatTable(["figure", ...scaleCols, ...growthCols, ...marginalCol, "flag"], rows, [
      "left",
      ...scaleCols.map(() => "right" as const),
      ...growthCols.map(() => "right" as const),
      ...marginalCol.map(() => "right" as const),
      "left",
    ]),
  );
  out.push("");
  out.push(
    notes.length > 0 ? `Flagged:\n${notes.map((n) => `  - ${n}`).join("\n")}` : "Nothing grows faster than linearly.",
  );

  out.push("\nSample pages:");
  for (const r of results)
    out.push(`  ×${r.scale}: ${PAGE_TYPES.map((t) => `${t} ${r.samples[t] ?? "(none)"}`).join(", ")}`);
  for (const r of results) {
    const missing = PAGE_TYPES.flatMap((t) => (r.js[t]?.missing ?? []).map((m) => `${t}: ${m}`));
    if (missing.length > 0) out.push(`  ×${r.scale}: scripts named but not in dist: ${missing.join(", ")}`);
    const lazy = PAGE_TYPES.filter((t) => (r.js[t]?.lazy ?? 0) > 0).map((t) => `${t} ${formatBytes(r.js[t]!.lazy)}`);
    if (lazy.length > 0)
      out.push(`  ×${r.scale}: JS only reached through import() (not counted above): ${lazy.join(", ")}`);
  }

  out.push("\nWhere dist/ grows (size / files; HTML pages: mean and largest page):");
  const folders = [...new Set(results.flatMap((r) => [...r.dist.byFolder.keys()]))].sort();
  out.push(
    formatTable(
      ["folder", ...scaleCols.flatMap((c) => [c, `${c} page mean / largest`])],
      folders.map((folder) => [
        folder,
        ...results.flatMap((r) => {
          const f = r.dist.byFolder.get(folder);
          if (!f) return ["–", ""];
          return [
            `${formatBytes(f.bytes)} / ${formatCount(f.files)}`,
            f.pages > 0 ? `${formatBytes(f.pageBytes / f.pages)} / ${formatBytes(f.largest)}` : "",
          ];
        }),
      ]),
    ),
  );
  out.push(
    `Largest page at ×${results.at(-1)!.scale}: ${[...results.at(-1)!.dist.byFolder.values()].sort((a, b) => b.largest - a.largest)[0]?.largestPath ?? "–"}`,
  );

  for (const r of results) {
    if (r.drift.length > 0)
      out.push(
        `\n×${r.scale}: ${r.drift.length} generated copies read differently from their originals:\n  ${r.drift.slice(0, 10).join("\n  ")}`,
      );
  }

  const lh = base.lighthouse;
  if (options.lighthouse) {
    out.push(
      `\nLighthouse on ×${base.scale} (lighthouse 12, mobile defaults, simulated throttling, headless Debian chromium):`,
    );
    if (!lh || lh.unavailable) out.push(`  not available here: ${lh?.unavailable ?? "not run"}`);
    if (lh && lh.scores.size > 0) {
      out.push(
        formatTable(
          ["page", ...LIGHTHOUSE_CATEGORIES],
          [...lh.scores].map(([name, s]) => [name, ...LIGHTHOUSE_CATEGORIES.map((c) => String(s[c]))]),
        ),
      );
    }
  } else {
    out.push("\nLighthouse: skipped (--no-lighthouse)");
  }
  out.push(
    `\nMachine: ${cpus().length} cores, load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")} at the end; Node ${process.version}.`,
  );
  return out.join("\n");
}

function toJson(results: readonly ScaleResult[]): unknown {
  return results.map((r) => ({
    ...r,
    dist: {
      bytes: r.dist.bytes,
      files: r.dist.files,
      pages: r.dist.pages,
      byFolder: Object.fromEntries(r.dist.byFolder),
    },
    lighthouse: r.lighthouse
      ? { unavailable: r.lighthouse.unavailable, scores: Object.fromEntries(r.lighthouse.scores) }
      : null,
  }));
}

async function main(): Promise<number> {
  // npm run bench -- office …: office-file extraction (src/bench/office.ts).
  if (process.argv[2] === "office") return (await import("../src/bench/office.ts")).benchOffice(process.argv.slice(3));
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error(USAGE);
    return 2;
  }
  const say = (s: string) => console.error(s);
  heapMb = options.heapMb;
  say(`bench: scales ${options.scales.map((s) => `×${s}`).join(", ")}, ${options.runs} run(s) each`);
  const sources = realSources();
  const longLines = formatLongLines(measureLongLines(sources, options.runs));
  const results: ScaleResult[] = [];
  for (const [i, scale] of options.scales.entries()) {
    results.push(await measureScale(scale, sources, options, i === 0, say));
    if (options.json) writeFileSync(options.json, `${JSON.stringify(toJson(results), null, 2)}\n`);
  }
  console.log(report(results, options));
  console.log(longLines);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
