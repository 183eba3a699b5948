/**
 * Search in a real browser (issues #6, #17, #19): the header form, Chinese
 * phrase matching, filters and their counts, browsing by filters alone,
 * sorting, what an indicator result shows, English names, landing on an
 * indicator's row, URLs that restore a search, a keyboard-only walk and the
 * page without JavaScript. Run after `npm run build`: node --test tests/browser/
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { useSite } from "./helpers.mjs";

const site = useSite();

/** @param {string} q @param {Record<string, string>} [filters] */
const searchUrl = (q, filters = {}) => {
  const params = new URLSearchParams({ q });
  for (const [key, value] of Object.entries(filters)) params.append(key, value);
  return `${site.base}/search/?${params}`;
};

/** Waits until the status line reports a finished search and the first page of results has rendered. */
/** @param {import("playwright-core").Page} page */
async function results(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector(".search-status")?.textContent ?? "";
    const found = /(?<!\d)(\d+) 条结果/u.exec(status);
    if (/^没有找到|^筛选后没有/u.test(status)) return true;
    return found !== null && document.querySelectorAll(".search-result").length === Math.min(20, Number(found[1]));
  });
  return page
    .locator(".search-result")
    .evaluateAll((items) =>
      items.map((item) => ({ href: item.querySelector("h3 a").getAttribute("href"), text: item.textContent })),
    );
}

/** The values a filter offers, with their counts, once they are counted (they follow the results). */
/** @param {import("playwright-core").Page} page @param {string} name */
async function facet(page, name) {
  await page.locator(".search-filters .facet-count").first().waitFor();
  const group = page.locator("fieldset", { has: page.locator("legend", { hasText: name }) });
  return group.locator("label").evaluateAll((labels) =>
    labels.map((l) => ({
      value: l.querySelector(".facet-value").textContent,
      count: Number.parseInt(l.querySelector(".facet-count").textContent, 10),
    })),
  );
}

test("the header's search box lands on /search/?q= with results", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/`);
  await page.fill("#header-search", "无线电");
  await page.press("#header-search", "Enter");
  await page.waitForURL(/\/search\/\?q=/u);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  assert.ok((await results(page)).length > 0);
  assert.equal(await page.inputValue("#search-q"), "无线电");
  await page.close();
});

test("无线电 finds projects from Qingdao, Tianjin and Changsha", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("无线电"));
  await results(page);
  const regions = new Map((await facet(page, "地区")).map((v) => [v.value, v.count]));
  for (const region of ["青岛市", "天津市", "长沙市"])
    assert.ok((regions.get(region) ?? 0) > 0, `${region} among the regions: ${[...regions.keys()].join(", ")}`);
  assert.ok((await facet(page, "类型")).some((v) => v.value === "项目" && v.count > 0));
  await page.close();
});

test("ticking 天津市 narrows the results to Tianjin and says so in the URL", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("无线电"));
  const all = await results(page);
  await page.locator(".search-filters label", { hasText: "天津市" }).click();
  await page.waitForURL((url) => url.searchParams.get("地区") === "天津市");
  await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.startsWith("筛选后"));
  const tianjin = await results(page);
  assert.ok(tianjin.length > 0);
  assert.notDeepEqual(tianjin, all);
  for (const r of tianjin) assert.match(r.href, /^\/projects\/tianjin-/u, `${r.href} is a Tianjin record`);
  await page.close();
});

/** The number in the status line once it reports filtered results. */
/** @param {import("playwright-core").Page} page */
async function filteredCount(page) {
  await page.waitForFunction(() => /^筛选后 \d+ 条/u.test(document.querySelector(".search-status")?.textContent ?? ""));
  return Number(/^筛选后 (\d+) 条/u.exec(await page.locator(".search-status").textContent())[1]);
}

test("with nothing selected, the counts of a one-value filter add up to the results found", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("无线电"));
  await results(page);
  const found = Number(/(?<!\d)(\d+) 条结果/u.exec(await page.locator(".search-status").textContent())[1]);
  // Every page carries exactly one 类型 and one 年度, so each list partitions the results.
  for (const name of ["类型", "年度"]) {
    const sum = (await facet(page, name)).reduce((n, v) => n + v.count, 0);
    assert.equal(sum, found, `${name} counts add up to ${found}`);
  }
  await page.close();
});

test("with filters on two keys, each value's count is the number of results choosing it gives", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("满意度", { 类型: "项目" }));
  await results(page);
  // Changsha publishes projects and whole-unit tables, both with 满意度 indicators.
  const region = (await facet(page, "地区")).find((v) => v.value === "长沙市");
  await page.locator(".search-filters label", { hasText: region.value }).click();
  assert.equal(await filteredCount(page), region.count);
  // Another type, counted under the region alone: among the filtered results (all 项目) it would be 0.
  const other = (await facet(page, "类型")).find((v) => v.value !== "项目");
  assert.ok(other && other.count > 0, `another type with results in ${region.value}`);
  await page.locator(".search-filters label", { hasText: "项目" }).click();
  await page.waitForURL((url) => !url.searchParams.has("类型"));
  await page.locator(".search-filters label", { hasText: other.value }).click();
  await page.waitForURL((url) => url.searchParams.get("类型") === other.value);
  assert.equal(await filteredCount(page), other.count);
  await page.close();
});

test("results show before the filter counts, and the panel says they are being counted", async () => {
  const page = await site.browser.newPage();
  /** @type {() => void} */
  let release = () => {};
  const held = new Promise((resolve) => (release = () => resolve(undefined)));
  await page.route("**/search/data/*/facets.json", async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(searchUrl("无线电"));
  assert.ok((await results(page)).length > 0);
  assert.match(await page.locator(".search-filters").textContent(), /正在统计/u);
  assert.equal(await page.locator(".facet-count").count(), 0, "no count before the table");
  release();
  await page.locator(".facet-count").first().waitFor();
  assert.doesNotMatch(await page.locator(".search-filters").textContent(), /正在统计/u);
  await page.close();
});

test("a filter ticked with the keyboard keeps the focus: Space ticks it, Tab goes on to the next value", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("无线电"));
  await results(page);
  const boxes = page.locator(".search-filters input[type=checkbox]");
  // The boxes come with the counts, after the results.
  await boxes.first().waitFor();
  const [first, second] = await boxes.evaluateAll((inputs) =>
    inputs.slice(0, 2).map((input) => input.getAttribute("value")),
  );
  await boxes.first().focus();
  await page.keyboard.press("Space");
  await filteredCount(page);
  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute("value") ?? document.activeElement?.tagName);
  assert.equal(await focused(), first, "the ticked box still has the focus once the counts are in");
  assert.ok(await boxes.first().isChecked());
  await page.keyboard.press("Tab");
  assert.equal(await focused(), second);
  await page.close();
});

test("filters alone browse: an empty query with a filter lists every record it matches", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/search/?${new URLSearchParams({ 地区: "天津市", 类型: "项目" })}`);
  await page.waitForFunction(() =>
    /^按筛选条件列出 \d+ 条结果/u.test(document.querySelector(".search-status")?.textContent ?? ""),
  );
  const listed = Number(/(?<!\d)(\d+) 条结果/u.exec(await page.locator(".search-status").textContent())[1]);
  const region = (await facet(page, "地区")).find((v) => v.value === "天津市");
  const type = (await facet(page, "类型")).find((v) => v.value === "项目");
  assert.equal(type.count, listed, "the chosen type's count is the list's length");
  assert.ok(region.count >= listed);
  await page.locator(".search-result").first().waitFor();
  for (const r of await page.locator(".search-result h3 a").evaluateAll((as) => as.map((a) => a.getAttribute("href"))))
    assert.match(r, /^\/projects\/tianjin-/u);
  await page.close();
});

test("an indicator result shows the value as stated, operator and unit from their own cells, then the reading; record, region and year on one line", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("项目总成本", { 地区: "长沙市" }));
  await results(page);
  const first = page.locator(".search-result", { has: page.locator(".search-target") }).first();
  await first.waitFor();
  const target = await first.locator(".search-target").textContent();
  // Changsha prints 指标值类型 (≤), the value and 度量单位 (万元) in three cells.
  assert.match(target, /指标值（原文）：[≤≥=<>]\d[\d.]*万元/u);
  assert.match(target, /读作：/u);
  const where = await first.locator(".search-where").textContent();
  assert.match(where, /^.+ · 长沙市 · 2023年$/u);
  const excerpt = await first.locator(".search-excerpt").textContent();
  assert.match(excerpt, / · /u, "cells are separated in the excerpt");
  await page.close();
});

test("English names of topics and concepts find the Chinese records (radio → 无线电管理)", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("radio"));
  const found = await results(page);
  assert.ok(found.length > 0);
  assert.ok((await facet(page, "主题")).some((v) => v.value === "无线电管理" && v.count > 0));
  await page.close();
});

test("results sort by year, region and value (within one unit), and the order is in the URL", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("满意度"));
  await results(page);
  await page.selectOption("#search-sort", "year");
  await page.waitForURL((url) => url.searchParams.get("sort") === "year");
  const years = async () =>
    (await page.locator(".search-where").allTextContents()).map((t) => Number(/(\d{4})年/u.exec(t)[1]));
  await page.locator(".search-result").nth(19).waitFor();
  const byYear = await years();
  assert.deepEqual(
    byYear,
    [...byYear].sort((a, b) => b - a),
  );
  await page.selectOption("#search-sort", "value");
  await page.waitForURL((url) => url.searchParams.get("sort") === "value");
  await page.waitForFunction(() => document.querySelectorAll(".search-target").length >= 5);
  const values = (await page.locator(".search-target .raw").allTextContents()).slice(0, 5);
  const numbers = values.map((v) => Number(/[\d.]+/u.exec(v)?.[0]));
  assert.deepEqual(
    numbers,
    [...numbers].sort((a, b) => b - a),
    `larger values first: ${values.join(", ")}`,
  );
  await page.close();
});

test("requests stay bounded whatever the query", async () => {
  const page = await site.browser.newPage();
  let requests = 0;
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/search/data/")) requests++;
  });
  await page.goto(
    searchUrl("资金使用合规性服务对象满意度黑广播设备拆除率数据管理能力成熟度评估社会效益可持续影响指标".repeat(3)),
  );
  await results(page);
  // At most 16 bigram files for 32 characters, the facet table, and 20 records.
  assert.ok(requests <= 40, `${requests} index requests`);
  await page.close();
});

test("keyboard only: from the box, the skip link reaches the results, and Enter opens one", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("黑广播"));
  await results(page);
  await page.focus("#search-q");
  let onSkip = false;
  for (let i = 0; i < 5 && !onSkip; i++) {
    await page.keyboard.press("Tab");
    onSkip = await page.evaluate(() => document.activeElement?.classList.contains("search-skip") ?? false);
  }
  assert.ok(onSkip, "the skip link follows the search box");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const href = await page.evaluate(() =>
    document.activeElement?.closest(".search-result") ? document.activeElement.getAttribute("href") : null,
  );
  assert.ok(href, "after the skip link, Tab lands on the first result");
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname !== "/search/");
  await page.close();
});

test("without JavaScript the page says so, keeps a plain GET form and links the browse pages", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(searchUrl("无线电"));
  assert.match(await page.locator("main").textContent(), /需要启用 JavaScript/u);
  const form = page.locator("form.search-page-form");
  assert.equal(await form.getAttribute("method"), "get");
  assert.equal(await form.getAttribute("action"), "/search/");
  assert.ok((await page.locator(".search-noscript a").count()) >= 2);
  await page.fill("#search-q", "满意度");
  await page.press("#search-q", "Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === "满意度");
  await context.close();
});

test("a result for 黑广播设备拆除率 opens the Tianjin project at that indicator's row", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(searchUrl("黑广播设备拆除率"));
  const found = await results(page);
  const indicator = found.find((r) => r.href.includes("#"));
  assert.ok(indicator, `an indicator result among ${found.map((r) => r.href).join(", ")}`);
  assert.match(indicator.href, /^\/projects\/tianjin-[^#]+\/#tianjin-/u);
  await page.locator(`.search-result h3 a[href="${indicator.href}"]`).click();
  await page.waitForURL((url) => url.hash !== "");
  const row = page.locator("tr:target");
  assert.equal(await row.count(), 1, "the indicator's row is the :target");
  assert.match(await row.textContent(), /黑广播设备拆除率/u);
  // The browser scrolls to the :target once the page has loaded, so wait for that rather than read the box at once;
  // the scroll puts the row's top at 0 up to a fraction of a pixel (fractional line heights of the CJK font).
  const inView = await page
    .waitForFunction(
      () => {
        const box = document.querySelector("tr:target")?.getBoundingClientRect();
        return box !== undefined && box.top > -1 && box.top < window.innerHeight;
      },
      undefined,
      { timeout: 10_000 },
    )
    .then(
      () => true,
      () => false,
    );
  assert.ok(inView, "the row is in view");
  await page.close();
});

test("a shared URL with a query and a filter restores the same results", async () => {
  const first = await site.browser.newPage();
  await first.goto(searchUrl("满意度"));
  await results(first);
  await first.locator(".search-filters label", { hasText: "模板" }).click();
  await first.waitForURL((url) => url.searchParams.get("类型") === "模板");
  await first.waitForFunction(() => document.querySelector(".search-status")?.textContent?.startsWith("筛选后"));
  const shown = await results(first);
  const shared = first.url();
  await first.close();

  const context = await site.browser.newContext();
  const second = await context.newPage();
  await second.goto(shared);
  assert.deepEqual(await results(second), shown);
  assert.equal(await second.inputValue("#search-q"), "满意度");
  assert.ok(await second.locator(".search-filters label", { hasText: "模板" }).locator("input").isChecked());
  await context.close();
});

test("频谱 finds only pages with the phrase, not pages with 频 or 谱 alone", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("频谱"));
  const found = await results(page);
  assert.ok(found.length > 0);
  for (const r of found) {
    const html = await (await fetch(new URL(r.href, site.base))).text();
    assert.ok(html.includes("频谱"), `${r.href} contains 频谱`);
  }
  // Pages with 频 alone exist, so leaving them out means something: a search for the one character finds more.
  const phraseCount = Number(/(?<!\d)(\d+) 条结果/u.exec(await page.locator(".search-status").textContent())[1]);
  await page.goto(searchUrl("频"));
  await results(page);
  const single = Number(/(?<!\d)(\d+) 条结果/u.exec(await page.locator(".search-status").textContent())[1]);
  assert.ok(single > phraseCount, `${single} pages have 频, ${phraseCount} the phrase`);
  await page.close();
});

test("an empty query explains what to type; a query without results says so in Chinese", async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.base}/search/`);
  await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.startsWith("输入"));
  assert.equal(await page.locator(".search-result").count(), 0);
  await page.goto(searchUrl("没有这样的项目名称"));
  await results(page);
  assert.match(await page.locator(".search-status").textContent(), /^没有找到包含“没有这样的项目名称”的内容/u);
  await page.close();
});

test("the back button restores the previous search", async () => {
  const page = await site.browser.newPage();
  await page.goto(searchUrl("5G"));
  const fiveG = await results(page);
  await page.fill("#search-q", "DCMM");
  await page.press("#search-q", "Enter");
  await page.waitForURL((url) => url.searchParams.get("q") === "DCMM");
  await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.startsWith("找到"));
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.get("q") === "5G");
  await page.waitForFunction(
    () => /** @type {HTMLInputElement | null} */ (document.querySelector("#search-q"))?.value === "5G",
  );
  // The box switches before the list does: wait for 5G's first result, then compare the whole list.
  await page.waitForFunction(
    (first) => document.querySelector(".search-result h3 a")?.getAttribute("href") === first,
    fiveG[0].href,
  );
  assert.deepEqual(await results(page), fiveG);
  await page.close();
});
