/**
 * Search in a real browser (issue #6): the header form, Chinese phrase
 * matching, filters and their counts, landing on an indicator's row, and URLs
 * that restore a search. Run after `npm run build`: node --test tests/browser/
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
  return page.locator(".search-result").evaluateAll((items) =>
    items.map((item) => ({ href: item.querySelector("h3 a").getAttribute("href"), text: item.textContent })),
  );
}

/** The values a filter offers, with their counts. */
/** @param {import("playwright-core").Page} page @param {string} name */
async function facet(page, name) {
  const group = page.locator("fieldset", { has: page.locator("legend", { hasText: name }) });
  return group.locator("label").evaluateAll((labels) =>
    labels.map((l) => ({ value: l.querySelector(".facet-value").textContent, count: Number.parseInt(l.querySelector(".facet-count").textContent, 10) })),
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
  for (const region of ["青岛市", "天津市", "长沙市"]) assert.ok((regions.get(region) ?? 0) > 0, `${region} among the regions: ${[...regions.keys()].join(", ")}`);
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
  await page.route("**/pagefind/facets.*.json.gz", async (route) => {
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

test("a query with punctuation shows its first page while the rest is checked, and counts only once all are", async () => {
  const page = await site.browser.newPage();
  /** @type {() => void} */
  let release = () => {};
  const held = new Promise((resolve) => (release = () => resolve(undefined)));
  let fragments = 0;
  // 100 has some 160 candidates, about half of them 100%: 60 fragments give a first page, not all.
  await page.route("**/pagefind/fragment/**", async (route) => {
    if (++fragments > 60) await held;
    await route.continue();
  });
  await page.goto(searchUrl("100%"));
  await page.waitForFunction(() => document.querySelector(".search-status")?.textContent?.startsWith("先显示"));
  await page.locator(".search-result").nth(19).waitFor();
  assert.match(await page.locator(".search-filters").textContent(), /正在统计/u);
  assert.equal(await page.locator(".facet-count").count(), 0, "no count from part of the results");
  release();
  await results(page);
  assert.match(await page.locator(".search-status").textContent(), /^找到 \d+ 条结果/u);
  assert.ok((await page.locator(".facet-count").count()) > 0);
  await page.close();
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
  const box = await row.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 900, "the row is in view");
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
  // Pages with 频 or 谱 alone exist, so leaving them out means something.
  const either = await page.evaluate(async () => {
    /** @type {{ search: (term: string) => Promise<{ results: { id: string }[] }> }} */
    // @ts-expect-error -- the built site serves Pagefind; nothing here declares its types.
    const pagefind = await import("/pagefind/pagefind.js");
    const ids = await Promise.all(['"频"', '"谱"'].map(async (term) => (await pagefind.search(term)).results.map((r) => r.id)));
    return new Set(ids.flat()).size;
  });
  assert.ok(either > found.length, `${either} pages have 频 or 谱, ${found.length} the phrase`);
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
  await page.waitForFunction(() => /** @type {HTMLInputElement | null} */ (document.querySelector("#search-q"))?.value === "5G");
  assert.deepEqual(await results(page), fiveG);
  await page.close();
});
