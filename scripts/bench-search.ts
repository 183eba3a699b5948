/**
 * npm run bench:search — after npm run build. How well the search answers real
 * queries: for each query, the results of the site's own search code
 * (src/lib/search/client.ts, run in Node against the index files in
 * dist/search/data/) are compared with a plain substring search over the same
 * record texts (src/lib/search/substring.ts). Prints recall and precision per
 * query and overall (goal: both 100 %). Then every filter count and filtered
 * result list of those queries (and of a few with filters selected on two
 * keys, and of filter-only browsing) is checked against the records' own
 * filters (goal: all exact), and the bytes a browser fetches for a first and a
 * second search on /search/ are printed. Exits 1 below a goal.
 * Reads the site in $DIST_DIR (default dist/).
 */
import { readdirSync, readFileSync } from "node:fs";
import type { Page, Response } from "playwright-core";
import { counts, find, listed, loadTable, openIndex, type Found, type Table } from "../src/lib/search/client.ts";
import { FILTERS, type PageFilters, type Selection } from "../src/lib/search/filters.ts";
import { indexedText, readSearchRecords } from "../src/lib/search/load.ts";
import { containsQuery } from "../src/lib/search/substring.ts";
import { freePort, launchBrowser, startPreview } from "./lib/preview.mjs";

const DIST = process.env.DIST_DIR ?? "dist";

/** Drawn from the data: project words, indicator names, units, codes, mixed scripts, several words, English names. */
const QUERIES = [
  // project and topic words
  "无线电",
  "黑广播",
  "频谱",
  "干扰",
  "投诉",
  "宣传",
  "博览会",
  "中小企业",
  "工业互联网",
  "新能源",
  "充电",
  "储备",
  "节能",
  "招商",
  "专家",
  "评审",
  "培训",
  "人才",
  "软件",
  "集群",
  "产业链",
  "品牌",
  "汽车",
  "阿里云",
  "技术改造",
  "运行保障",
  "三高四新",
  "制造业发展促进中心",
  // indicator names and levels
  "满意度",
  "服务对象满意度",
  "资金使用合规性",
  "黑广播设备拆除率",
  "拆除率",
  "完成率",
  "及时率",
  "合格率",
  "社会效益",
  "监测",
  "数据管理能力成熟度",
  "产品合格率（%）",
  // units and values
  "万元",
  "家",
  "≥90%",
  "≥95%",
  "100%",
  "12月底",
  "2076.70",
  "4-6",
  // Latin letters and digits, alone and next to Chinese
  "5G",
  "DCMM",
  "RCEP",
  "5G基站",
  "RCEP国际",
  "5G+工业互联网",
  "37020023P880028109936",
  "附件1-7",
  "2024",
  // places and several words
  "青岛",
  "长沙",
  "广东省",
  "无线电 天津",
  "满意度 90%",
  "DCMM 评估",
  // one character; English names of topics and concepts (content/rules/)
  "率",
  "%",
  "radio",
  "Radio management",
  "satisfaction",
];

/** Queries whose counts are also checked with filters selected: the first two values of one filter and the first of another. */
const FILTERED: readonly { query: string; two: (typeof FILTERS)[number]; one: (typeof FILTERS)[number] }[] = [
  { query: "满意度", two: "地区", one: "类型" },
  { query: "无线电 天津", two: "类型", one: "年度" },
  { query: "满意度 90%", two: "一级指标", one: "主题" },
  { query: "≥95%", two: "二级指标", one: "地区" },
  // Filters alone: an empty query browses.
  { query: "", two: "地区", one: "类型" },
];

const GOAL = { recall: 1, precision: 1 };

type Row = { query: string; expected: number; found: number; hits: number };
type Index = ReturnType<typeof openIndex>;

const records = readSearchRecords();
const texts = records.map(indexedText);
const everything = records.map((_, id) => id);

async function measureQueries(index: Index): Promise<Row[]> {
  const rows: Row[] = [];
  for (const query of QUERIES) {
    const expected = new Set(texts.flatMap((text, id) => (containsQuery(text, query) ? [id] : [])));
    const found = (await find(index, query)).ids;
    rows.push({
      query,
      expected: expected.size,
      found: found.length,
      hits: found.filter((id) => expected.has(id)).length,
    });
  }
  return rows;
}

/** Whether a record's own filters (records.ts, not the facet file) pass a selection. */
function passes(filters: PageFilters, selection: Selection): boolean {
  return FILTERS.every((key) => {
    const chosen = selection[key] ?? [];
    return chosen.length === 0 || chosen.some((v) => filters[key]?.includes(v));
  });
}

/** Every filter value's count and the filtered results of one query (or a browse), against the records' own filters; the mismatches. */
function checkCounts(table: Table, found: Found | null, selection: Selection): { checked: number; wrong: string[] } {
  const wrong: string[] = [];
  const all = found ? found.ids : everything;
  const shown = listed(found, selection, table) ?? [];
  const expected = all.filter((id) => passes(records[id]!.filters, selection));
  if (shown.join() !== expected.join()) wrong.push(`results: ${shown.length}, records ${expected.length}`);
  const facets = counts(all, selection, table)!;
  let checked = 1;
  for (const key of FILTERS) {
    for (const value of table.order[key]) {
      const count = facets[key].find((v) => v.value === value)?.count ?? 0;
      const truth = all.filter((id) => passes(records[id]!.filters, { ...selection, [key]: [value] })).length;
      checked += 1;
      if (count !== truth) wrong.push(`${key}=${value}: ${count}, records ${truth}`);
    }
  }
  return { checked, wrong };
}

async function checkAllCounts(index: Index, table: Table): Promise<boolean> {
  const cases: { query: string; selection: Selection }[] = QUERIES.map((query) => ({ query, selection: {} }));
  for (const { query, two, one } of FILTERED) {
    const found = query === "" ? null : await find(index, query);
    const facets = counts(found ? found.ids : everything, {}, table)!;
    cases.push({
      query,
      selection: {
        [two]: facets[two].slice(0, 2).map((v) => v.value),
        [one]: facets[one].slice(0, 1).map((v) => v.value),
      },
    });
  }
  let checked = 0;
  let exact = true;
  for (const { query, selection } of cases) {
    const found = query === "" ? null : await find(index, query);
    const result = checkCounts(table, found, selection);
    checked += result.checked;
    if (result.wrong.length > 0) {
      exact = false;
      console.log(
        `${query || "(browse)"} ${JSON.stringify(selection)}: ${result.wrong.slice(0, 5).join("; ")}\t← wrong`,
      );
    }
  }
  console.log(
    `filter counts and filtered results: ${checked} checked against the records' own filters, ${exact ? "all exact" : "NOT ALL EXACT"}`,
  );
  return exact;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;

function report(rows: Row[]): boolean {
  console.log("query\texpected\tfound\trecall\tprecision");
  for (const r of rows) {
    const below = ratio(r.hits, r.expected) < GOAL.recall || ratio(r.hits, r.found) < GOAL.precision;
    console.log(
      `${r.query}\t${r.expected}\t${r.found}\t${percent(ratio(r.hits, r.expected))}\t${percent(ratio(r.hits, r.found))}${below ? "\t← below goal" : ""}`,
    );
  }
  const sum = (f: (r: Row) => number) => rows.reduce((acc, r) => acc + f(r), 0);
  const recall = ratio(
    sum((r) => r.hits),
    sum((r) => r.expected),
  );
  const precision = ratio(
    sum((r) => r.hits),
    sum((r) => r.found),
  );
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
  await page.waitForFunction(() =>
    /^(?:找到|没有找到|筛选后)/u.test(document.querySelector(".search-status")?.textContent ?? ""),
  );
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
    const total = (from: number, test: (url: string) => boolean) =>
      sizes
        .slice(from)
        .filter((s) => test(s.url))
        .reduce((acc, s) => acc + s.bytes, 0);
    const isIndex = (url: string) => new URL(url).pathname.startsWith("/search/data/");
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

    await page.goto(`${base}/search/?q=${encodeURIComponent("无线电")}`);
    await settled(page, () => sizes.length);
    const first = sizes.length;
    console.log(
      `\nbytes, first search (无线电, page load included): ${kb(total(0, () => true))} in ${first} responses,` +
        ` of which the index ${kb(total(0, isIndex))} (n-gram files with their pages, facet table; record files only for results no page holds)`,
    );

    await page.fill("#search-q", "满意度");
    await page.press("#search-q", "Enter");
    await page.waitForFunction(
      () =>
        document.querySelector(".search-status")?.textContent?.startsWith("正在") === false &&
        location.search.includes("q="),
    );
    await settled(page, () => sizes.length);
    console.log(
      `bytes, second search (满意度): ${kb(total(first, () => true))} in ${sizes.length - first} responses (its n-gram files and any record files their pages lack)`,
    );
  } finally {
    await browser.close();
  }
}

const version = readdirSync(`${DIST}/search/data`).find((name) => !name.startsWith("."));
if (!version) throw new Error(`no search index in ${DIST}/search/data`);
const folder = `${DIST}/search/data/${version}/`;
const index = openIndex("", (path) => {
  try {
    return Promise.resolve(new Response(readFileSync(`${folder}${path}`)));
  } catch {
    return Promise.resolve(new Response(null, { status: 404 }));
  }
});
const ok = report(await measureQueries(index));
const exact = await checkAllCounts(index, await loadTable(index));
const preview = await startPreview({ outDir: DIST, port: await freePort() });
try {
  await measureBytes(preview.base);
  process.exitCode = ok && exact ? 0 : 1;
} finally {
  await preview.stop();
}
