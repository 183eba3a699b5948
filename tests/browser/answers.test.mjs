/**
 * Answers a reader can get without SQL (issue #16): who promises the highest
 * satisfaction, from the home page to a chart; a chart's text alternative;
 * sorting a table (mouse and keyboard, numbers as numbers, Chinese by
 * localeCompare("zh")); the table's server order without JavaScript; and the
 * download of exactly a page's rows.
 * Run after `astro build`: node --test tests/browser/
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { useSite } from "./helpers.mjs";

const site = useSite();

test("home → the satisfaction ranking in one click: chart, its description and the highest/lowest sentence", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.base}/`);
  await page.locator("section[aria-labelledby=rankings] a", { hasText: "服务对象满意度" }).click();
  await page.waitForURL(/\/indicators\/service-satisfaction\/#ranking$/);

  const svg = page.locator("#ranking-figure-chart svg[role=img]");
  assert.equal(await svg.count(), 1);
  const describedBy = await svg.getAttribute("aria-describedby");
  const description = await page.locator(`#${describedBy}`).textContent();
  assert.match(description, /最高 100%（3 项并列），最低 85%（青岛市）/u);
  assert.match(description, /从高到低 56 项，来自 4 个地区/u);
  const title = await page.locator(`#${await svg.getAttribute("aria-labelledby")}`).textContent();
  assert.match(title, /目标值从高到低/u);

  const sentence = (await page.locator("[data-extremes]").textContent()).replace(/\s+/gu, "");
  assert.match(sentence, /^最高：100%，3项并列——长沙市“离退休人员满意度”≥100%（离退休人员工作经费，原文第642行）/u);
  assert.match(sentence, /最低：青岛市“企业满意率”≥85%（制造业开拓市场资金，原文第2525行）。$/u);

  // The table beside the chart: one row per mark, highest first; the lowest row links to its source line.
  const marks = await svg.locator("g.rank-mark").count();
  const rows = page.locator("#ranking-figure-chart table tbody tr");
  assert.equal(await rows.count(), marks);
  assert.match(await rows.first().textContent(), /长沙市/u);
  assert.match(await rows.last().locator("a[href*='/source/#L2525']").textContent(), /原文/u);
  // Values not on the axis are listed with their reason.
  const excluded = page.locator("#ranking-figure table").last();
  assert.match(await excluded.locator("caption").textContent(), /未画入数轴/u);
  assert.match(await excluded.textContent(), /值的类型不同/u);
  await page.close();
});

test("a table sorts by its columns: numbers as numbers, Chinese by localeCompare('zh'), aria-sort, keyboard", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.base}/regions/qingdao/`);
  const table = page.locator("#projects-chart table[data-sortable][data-sort-ready]");
  const header = table.locator("thead th", { hasText: "预算数" });
  const budgets = async () =>
    (
      await table
        .locator("tbody tr")
        .evaluateAll(
          (rows, i) => rows.map((r) => /** @type {HTMLTableRowElement} */ (r).cells[i].textContent.trim()),
          await header.evaluate((th) => /** @type {HTMLTableCellElement} */ (th).cellIndex),
        )
    ).map((t) => Number(t.replace(/,/gu, "")));
  const before = await budgets();
  assert.deepEqual(
    before,
    [...before].sort((a, b) => b - a),
    "server order: largest budget first",
  );

  await header.locator("button").click();
  assert.equal(await header.getAttribute("aria-sort"), "ascending");
  const ascending = await budgets();
  assert.deepEqual(
    ascending,
    [...before].sort((a, b) => a - b),
    "numbers sort as numbers, not as text",
  );

  // Keyboard: the header is a button; Enter reverses.
  await header.locator("button").focus();
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-sort"), "descending");
  assert.deepEqual(
    await budgets(),
    [...before].sort((a, b) => b - a),
  );

  const nameHeader = table.locator("thead th", { hasText: "名称" });
  await nameHeader.locator("button").click();
  assert.equal(await nameHeader.getAttribute("aria-sort"), "ascending");
  assert.equal(await header.getAttribute("aria-sort"), null, "only the sorted header carries aria-sort");
  const names = await table
    .locator("tbody tr")
    .evaluateAll(
      (rows, i) => rows.map((r) => /** @type {HTMLTableRowElement} */ (r).cells[i].textContent.trim()),
      await nameHeader.evaluate((th) => /** @type {HTMLTableCellElement} */ (th).cellIndex),
    );
  assert.deepEqual(
    names,
    [...names].sort((a, b) => a.localeCompare(b, "zh")),
  );
  await page.close();
});

test("without JavaScript a sortable table keeps its server order and has no buttons", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.base}/regions/qingdao/`);
  const table = page.locator("#projects-chart table[data-sortable]");
  assert.equal(await table.locator("thead button").count(), 0);
  assert.ok((await table.locator("tbody tr").count()) > 1);
  await context.close();
});

test("download this view: the concept page's CSV and JSON hold exactly its targets, with the dictionary's column names", async () => {
  const context = await site.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${site.base}/indicators/service-satisfaction/`);
  const link = page.locator(".view-downloads a[href$='service-satisfaction-targets.csv']").first();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  assert.equal(download.suggestedFilename(), "service-satisfaction-targets.csv");
  const csv = await (await fetch(`${site.base}/views/service-satisfaction-targets.csv`)).text();
  const header = csv
    .replace(/^\uFEFF/u, "")
    .split("\r\n")[0]
    .split(",");
  for (const column of ["id", "project_id", "name", "target_raw", "source_line", "measurability", "findings"])
    assert.ok(header.includes(column), column);

  const json = await (await fetch(`${site.base}/views/service-satisfaction-targets.json`)).json();
  const total = Number(/全部 (\d+) 处目标值/u.exec(await page.locator("main").textContent())[1]);
  assert.equal(json.rows.length, total);
  assert.deepEqual(json.columns, header);
  const lowest = json.rows.find(
    (/** @type {Record<string, unknown>} */ r) => r.source_line === 2525 && r.document_id === "qingdao-2023",
  );
  assert.equal(lowest.target_raw, "≥85%");
  assert.equal(lowest.findings, "satisfactionBelow90");
  await context.close();
});

test("each region page says what share of its targets is measurable", async () => {
  const page = await site.browser.newPage();
  for (const slug of ["tianjin", "qingdao", "changsha", "guangdong"]) {
    await page.goto(`${site.base}/regions/${slug}/`);
    const text = await page
      .locator("#measurability ~ [data-measurability-sentence], [data-measurability-sentence]")
      .first()
      .textContent();
    assert.match(text, /(?<!\d)\d+ 项目标值中，\d+ 项（\d+\.\d%）量化且有单位和运算符/u, slug);
  }
  await page.close();
});
