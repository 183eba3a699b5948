/**
 * npm run bench:search — after npm run build. How well the search answers real
 * queries: for each query, the results of the site's own search code
 * (src/lib/search/engine.ts, run in Node against dist/pagefind) are compared
 * with a plain substring search over the same record texts
 * (src/lib/search/substring.ts). A query with punctuation or symbols (≥90%)
 * gets that same check inside the search, so its precision is exact by
 * construction and its recall is what is measured. Prints recall and
 * precision per query and overall (goal: recall 100 %, precision ≥ 95 %).
 * Then every filter count and filtered result list of those queries (and of a
 * few with filters selected on two keys) is checked against Pagefind's own
 * filtering (goal: all exact), and the bytes a browser fetches for a first and
 * a second search on /search/ are printed. Exits 1 below a goal.
 * Reads the site in $DIST_DIR (default dist/).
 */
import { pathToFileURL } from "node:url";
import type { Page, Response } from "playwright-core";
import { countFacets, find, selectResults, type Found, type Pagefind } from "../src/lib/search/engine.ts";
import { FILTERS, type Selection } from "../src/lib/search/filters.ts";
import { readSearchRecords } from "../src/lib/search/load.ts";
import { containsQuery } from "../src/lib/search/substring.ts";
import { fetchTable, type FacetTable } from "../src/lib/search/table.ts";
import { freePort, launchBrowser, startPreview } from "./lib/preview.mjs";

const DIST = process.env.DIST_DIR ?? "dist";

/** Drawn from the data: project words, indicator names, units, codes, mixed scripts, several words. */
const QUERIES = [
  // project and topic words
  "无线电", "黑广播", "频谱", "干扰", "投诉", "宣传", "博览会", "中小企业", "工业互联网", "新能源",
  "充电", "储备", "节能", "招商", "专家", "评审", "培训", "人才", "软件", "集群", "产业链", "品牌",
  "汽车", "阿里云", "技术改造", "运行保障", "三高四新", "制造业发展促进中心",
  // indicator names and levels
  "满意度", "服务对象满意度", "资金使用合规性", "黑广播设备拆除率", "拆除率", "完成率", "及时率",
  "合格率", "社会效益", "监测", "数据管理能力成熟度", "产品合格率（%）",
  // units and values
  "万元", "家", "≥90%", "≥95%", "100%", "12月底", "2076.70", "4-6",
  // Latin letters and digits, alone and next to Chinese
  "5G", "DCMM", "RCEP", "5G基站", "RCEP国际", "5G+工业互联网", "37020023P880028109936", "附件1-7", "2024",
  // places and several words
  "青岛", "长沙", "广东省", "无线电 天津", "满意度 90%", "DCMM 评估",
];

/** Queries whose counts are also checked with filters selected: the first two values of one filter and the first of another. */
const FILTERED: readonly { query: string; two: (typeof FILTERS)[number]; one: (typeof FILTERS)[number] }[] = [
  { query: "满意度", two: "地区", one: "类型" },
  { query: "无线电 天津", two: "类型", one: "年度" },
  { query: "满意度 90%", two: "一级指标", one: "主题" },
  { query: "≥95%", two: "二级指标", one: "地区" },
];

const GOAL = { recall: 1, precision: 0.95 };

type Row = { query: string; expected: number; found: number; hits: number };

/** Pagefind's JS API as the bench uses it: the page's subset, and filtered searches for the exactness check. */
type BenchPagefind = Pagefind & {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: { filters: Record<string, { any: readonly string[] }> }) => Promise<{ results: { id: string }[] } | null>;
};

async function measureQueries(pagefind: Pagefind): Promise<Row[]> {
  // The texts Pagefind indexed: content and meta words.
  const records = readSearchRecords().map((r) => ({ url: r.url, text: `${r.content}\n${Object.values(r.meta).join("\n")}` }));
  const rows: Row[] = [];
  for (const query of QUERIES) {
    const expected = new Set(records.filter((r) => containsQuery(r.text, query)).map((r) => r.url));
    const found = await Promise.all((await find(pagefind, query)).results.map(async (r) => (await r.data()).url));
    rows.push({ query, expected: expected.size, found: found.length, hits: found.filter((url) => expected.has(url)).length });
  }
  return rows;
}

/**
 * The results under a selection as Pagefind's own filters give them: the
 * query's results that its first search also finds with the selection passed
 * to Pagefind (a filter is a property of a page, so this is exact for
 * several pieces and for punctuation alike). Independent of the facet table.
 */
async function pagefindSelect(pagefind: BenchPagefind, found: Found, selection: Selection): Promise<Set<string>> {
  const filters = Object.fromEntries(FILTERS.filter((key) => (selection[key] ?? []).length > 0).map((key) => [key, { any: selection[key]! }]));
  const answer = await pagefind.search(found.terms[0]!, { filters });
  const ids = new Set(answer?.results.map((r) => r.id));
  return new Set(found.results.map((r) => r.id).filter((id) => ids.has(id)));
}

/** Every filter value's count and the filtered results of one query, each checked against pagefindSelect; the mismatches. */
async function checkCounts(pagefind: BenchPagefind, table: FacetTable, found: Found, selection: Selection): Promise<{ checked: number; wrong: string[] }> {
  const wrong: string[] = [];
  const shown = new Set(selectResults(found, selection, table)!.map((r) => r.id));
  const expected = await pagefindSelect(pagefind, found, selection);
  if (shown.size !== expected.size || [...expected].some((id) => !shown.has(id))) wrong.push(`results: ${shown.size}, Pagefind ${expected.size}`);
  // find gives the complete answer, so there are counts.
  const facets = countFacets(found, selection, table)!;
  let checked = 1;
  for (const key of FILTERS) {
    // Every value of the index, so a value wrongly left out (count 0) is caught too.
    for (const value of table.order[key]) {
      const count = facets[key].find((v) => v.value === value)?.count ?? 0;
      const truth = (await pagefindSelect(pagefind, found, { ...selection, [key]: [value] })).size;
      checked += 1;
      if (count !== truth) wrong.push(`${key}=${value}: ${count}, Pagefind ${truth}`);
    }
  }
  return { checked, wrong };
}

/** The exactness check over all queries, unfiltered, and the FILTERED cases; true when every count is exact. */
async function checkAllCounts(pagefind: BenchPagefind, table: FacetTable): Promise<boolean> {
  const cases: { query: string; selection: Selection }[] = [];
  for (const query of QUERIES) cases.push({ query, selection: {} });
  for (const { query, two, one } of FILTERED) {
    const facets = countFacets(await find(pagefind, query), {}, table)!;
    cases.push({ query, selection: { [two]: facets[two].slice(0, 2).map((v) => v.value), [one]: facets[one].slice(0, 1).map((v) => v.value) } });
  }
  let checked = 0;
  let exact = true;
  for (const { query, selection } of cases) {
    const found = await find(pagefind, query);
    if (found.terms.length === 0) continue;
    const result = await checkCounts(pagefind, table, found, selection);
    checked += result.checked;
    if (result.wrong.length > 0) {
      exact = false;
      console.log(`${query} ${JSON.stringify(selection)}: ${result.wrong.join("; ")}\t← wrong`);
    }
  }
  console.log(`filter counts and filtered results: ${checked} checked against Pagefind's own filters, ${exact ? "all exact" : "NOT ALL EXACT"}`);
  return exact;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(rows: Row[]): boolean {
  console.log("query\texpected\tfound\trecall\tprecision");
  for (const r of rows) {
    const below = ratio(r.hits, r.expected) < GOAL.recall || ratio(r.hits, r.found) < GOAL.precision;
    console.log(`${r.query}\t${r.expected}\t${r.found}\t${percent(ratio(r.hits, r.expected))}\t${percent(ratio(r.hits, r.found))}${below ? "\t← below goal" : ""}`);
  }
  const sum = (f: (r: Row) => number) => rows.reduce((acc, r) => acc + f(r), 0);
  const recall = ratio(sum((r) => r.hits), sum((r) => r.expected));
  const precision = ratio(sum((r) => r.hits), sum((r) => r.found));
  const meanRecall = sum((r) => ratio(r.hits, r.expected)) / rows.length;
  const meanPrecision = sum((r) => ratio(r.hits, r.found)) / rows.length;
  console.log(
    `\n${rows.length} queries · overall (all results pooled): recall ${percent(recall)}, precision ${percent(precision)}` +
      ` · mean per query: recall ${percent(meanRecall)}, precision ${percent(meanPrecision)}`,
  );
  return recall >= GOAL.recall && precision >= GOAL.precision;
}

/** Resolves once the page says what it found and no request has been answered for a moment. */
async function settled(page: Page, responses: () => number): Promise<void> {
  await page.waitForFunction(() => /^(?:找到|没有找到|筛选后)/u.test(document.querySelector(".search-status")?.textContent ?? ""));
  let seen = -1;
  while (seen !== responses()) {
    seen = responses();
    await page.waitForTimeout(400);
  }
}

async function measureBytes(base: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    page.on("response", (response: Response) => {
      response
        .request()
        .sizes()
        .then(
          (s) => sizes.push({ url: response.url(), bytes: s.responseBodySize + s.responseHeadersSize }),
          () => {},
        );
    });
    const total = (from: number, test: (url: string) => boolean) => sizes.slice(from).filter((s) => test(s.url)).reduce((acc, s) => acc + s.bytes, 0);
    const isIndex = (url: string) => new URL(url).pathname.startsWith("/pagefind/");
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

    await page.goto(`${base}/search/?q=${encodeURIComponent("无线电")}`);
    await settled(page, () => sizes.length);
    const first = sizes.length;
    console.log(
      `\nbytes, first search (无线电, page load included): ${kb(total(0, () => true))} in ${first} responses,` +
        ` of which Pagefind ${kb(total(0, isIndex))} (runtime, wasm, index chunks, facet table, 20 fragments)`,
    );

    await page.fill("#search-q", "满意度");
    await page.press("#search-q", "Enter");
    await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.startsWith("正在") === false && location.search.includes("q="));
    await settled(page, () => sizes.length);
    console.log(`bytes, second search (满意度): ${kb(total(first, () => true))} in ${sizes.length - first} responses (index chunks and fragments not yet loaded)`);
  } finally {
    await browser.close();
  }
}

const preview = await startPreview({ outDir: DIST, port: await freePort() });
try {
  const pagefind = (await import(pathToFileURL(`${DIST}/pagefind/pagefind.js`).href)) as BenchPagefind;
  await pagefind.options({ basePath: `${preview.base}/pagefind/`, baseUrl: "/" });
  const table = await fetchTable(`${preview.base}/pagefind/`);
  const ok = report(await measureQueries(pagefind));
  // After the quality figures: Pagefind's filters, once loaded, slow every later search.
  const exact = await checkAllCounts(pagefind, table);
  await measureBytes(preview.base);
  process.exitCode = ok && exact ? 0 : 1;
} finally {
  await preview.stop();
}
