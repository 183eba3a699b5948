/**
 * npm run bench:search — after npm run build. How well the search answers real
 * queries: for each query, the results of the site's own search code
 * (src/lib/search/engine.ts, run in Node against dist/pagefind) are compared
 * with a plain substring search over the same record texts
 * (src/lib/search/substring.ts). A query with punctuation or symbols (≥90%)
 * gets that same check inside the search, so its precision is exact by
 * construction and its recall is what is measured. Prints recall and
 * precision per query and overall (goal: recall 100 %, precision ≥ 95 %),
 * then the bytes a browser fetches for a first and a second search on
 * /search/. Exits 1 below the goal.
 */
import { pathToFileURL } from "node:url";
import type { Page, Response } from "playwright-core";
import { runSearch, type Pagefind } from "../src/lib/search/engine.ts";
import { readSearchRecords } from "../src/lib/search/load.ts";
import { containsQuery } from "../src/lib/search/substring.ts";
import { freePort, launchBrowser, startPreview } from "../tests/browser/helpers.mjs";

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

const GOAL = { recall: 1, precision: 0.95 };

type Row = { query: string; expected: number; found: number; hits: number };

async function measureQueries(base: string): Promise<Row[]> {
  // The texts Pagefind indexed: content and meta words.
  const records = readSearchRecords().map((r) => ({ url: r.url, text: `${r.content}\n${Object.values(r.meta).join("\n")}` }));
  const pagefind = (await import(pathToFileURL("dist/pagefind/pagefind.js").href)) as Pagefind & {
    options: (options: Record<string, unknown>) => Promise<void>;
  };
  await pagefind.options({ basePath: `${base}/pagefind/`, baseUrl: "/" });
  const rows: Row[] = [];
  for (const query of QUERIES) {
    const expected = new Set(records.filter((r) => containsQuery(r.text, query)).map((r) => r.url));
    const outcome = await runSearch(pagefind, { q: query, selection: {} });
    const found = await Promise.all(outcome.results.map(async (r) => (await r.data()).url));
    rows.push({ query, expected: expected.size, found: found.length, hits: found.filter((url) => expected.has(url)).length });
  }
  return rows;
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
  await page.waitForFunction(() => /^(找到|没有找到|筛选后)/u.test(document.querySelector(".search-status")?.textContent ?? ""));
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
        ` of which Pagefind ${kb(total(0, isIndex))} (runtime, wasm, index and filter chunks, 20 fragments)`,
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

const preview = await startPreview({ port: await freePort() });
try {
  const ok = report(await measureQueries(preview.base));
  await measureBytes(preview.base);
  process.exitCode = ok ? 0 : 1;
} finally {
  await preview.stop();
}
