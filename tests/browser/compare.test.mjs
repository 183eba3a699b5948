/**
 * Comparisons in a real browser (issue #7): the radio-management topic page
 * with its per-region figures, projects and aligned rows; the compare view
 * restoring a shared selection from its URL, fetching only the chosen items'
 * files and a region's list on demand, and keeping the URL in step; the
 * compare page without JavaScript; paginated pages linked so every page is
 * reached. Run after `astro build`: node --test tests/browser/
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { scriptSources, SHARED_SCRIPT, useSite } from "./helpers.mjs";

const site = useSite();

const RADIO = [
  {
    name: "天津市",
    year: 2024,
    projects: [
      "无线电管理专项监管-中央",
      "无线电技术设备运维-中央",
      "无线电技术设施建设-中央",
      "无线电技术设施运行维护-中央",
      "无线电频率审批相关支持服务项目-中央",
      "无线电专项监管-中央",
    ],
    budgets: ["11.85", "12.80", "49.00", "3.48", "16.00", "266.00"],
  },
  {
    name: "青岛市",
    year: 2023,
    projects: ["无线电宣传工作经费", "无线电管理经费", "无线电监测管理经费", "无线电管理经费"],
    budgets: ["18.00", "1981.00", "6.00", "600.00"],
  },
  { name: "长沙市", year: 2023, projects: ["无线电管理经费"], budgets: ["14.07"] },
];

test("the radio-management page: regions, projects, budgets and the aligned rows", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const response = await page.goto(`${site.base}/compare/radio/`);
  assert.equal(response.status(), 200);
  assert.deepEqual(
    await scriptSources(page),
    [SHARED_SCRIPT],
    "a topic page ships no script but the shared table sort",
  );

  // The first page's figures per region: one row each, the exact sum of the projects' published totals.
  const summary = page.locator("table.summary tbody tr");
  assert.deepEqual(
    (await summary.locator("th").allTextContents()).map((t) => t.trim()),
    RADIO.map((r) => r.name),
  );
  for (const [i, [count, sum]] of /** @type {[number, string][]} */ ([
    [6, "359.13"],
    [4, "2605.00"],
    [1, "14.07"],
  ]).entries()) {
    const cells = (await summary.nth(i).locator("td").allTextContents()).map((t) => t.trim());
    assert.equal(cells[1], String(count));
    assert.match(cells[2], new RegExp(`^${sum.replace(".", "\\.")}\\s*${count} 个项目相加$`));
  }
  // Each region's link lands on its column of the records table.
  await summary.nth(1).getByRole("link", { name: "见下文" }).click();
  await page.waitForURL(/\/compare\/radio\/#region-qingdao$/);
  assert.match(await page.locator(":target").textContent(), /青岛市/);
  assert.equal(await page.locator("nav.pager").count(), 0, "one page needs no pager");

  const heads = (await page.locator("table.regions thead th").allTextContents()).slice(1).map((t) => t.trim());
  assert.deepEqual(
    heads,
    RADIO.map((r) => `${r.name}（${r.year} 年）`),
  );
  const budgetRow = page.locator("table.regions tbody tr", { hasText: "各项目预算" });
  for (const [i, region] of RADIO.entries()) {
    const cell = budgetRow.locator("td").nth(i);
    assert.deepEqual(
      (await cell.locator("li > a").allTextContents()).map((t) => t.trim()),
      region.projects,
      `${region.name} projects`,
    );
    assert.deepEqual(
      (await cell.locator(".num-inline").allTextContents()).map((t) => t.trim()),
      region.budgets,
      `${region.name} budgets`,
    );
  }

  /** @param {string} concept */
  const row = (concept) => page.locator(`#concept-${concept}`);
  /** @param {string} concept @param {string} name */
  const regionCell = (concept, name) =>
    row(concept)
      .locator("td")
      .nth(RADIO.findIndex((r) => r.name === name));
  /** @param {string} concept @param {string} name */
  const rawIn = async (concept, name) =>
    (await regionCell(concept, name).locator(".entry .raw").allTextContents()).map((t) => t.trim());

  // Satisfaction: three percent spellings read as one unit, thresholds 90 and 95 both printed.
  assert.deepEqual(await rawIn("service-satisfaction", "青岛市"), ["≥90百分号", "≥90百分比", "≥90百分比", "≥90百分比"]);
  assert.deepEqual(await rawIn("service-satisfaction", "天津市"), ["≥90%", "≥95%", "≥95%", "≥95%", "≥90%", "≥90%"]);
  const satisfaction = await row("service-satisfaction").locator("th").textContent();
  assert.match(satisfaction, /可直接比较（%，运算符 ≥，数值 90 至 95）/);
  assert.match(satisfaction, /原文写法：%、百分号、百分比/);

  // Complaint handling: 100百分比 and 100% in one group.
  assert.deepEqual(await rawIn("interference-complaints", "青岛市"), ["100百分比", "100百分比"]);
  assert.deepEqual(await rawIn("interference-complaints", "天津市"), ["100%", "100%"]);
  assert.match(
    await row("interference-complaints").locator("th").textContent(),
    /可直接比较（%，未标明运算符，数值均为 100）/,
  );

  // Event and exam support: Tianjin's strict < is flagged, and the scopes differ.
  assert.deepEqual(await rawIn("event-exam-radio-support", "青岛市"), ["≥14次", "≥7次"]);
  assert.deepEqual(await rawIn("event-exam-radio-support", "天津市"), ["<20次"]);
  assert.match(await regionCell("event-exam-radio-support", "天津市").textContent(), /不可比：运算符不同：< 与 ≥/);
  assert.match(await row("event-exam-radio-support").locator("th").textContent(), /统计口径不同/);

  // Changsha: the split cells print as published; the zero-accident row reads four encodings as one.
  assert.deepEqual(await rawIn("service-satisfaction", "长沙市"), ["95", "95%"]);
  assert.match(await regionCell("service-satisfaction", "长沙市").textContent(), /度量单位：%.*指标值类型：≥/s);
  // The station's nameless 反映保障次数 row (≥ | 20次) joins the row by a reviewed rule.
  assert.deepEqual(await rawIn("event-exam-radio-support", "长沙市"), ["20", "4", "20次", "是"]);
  assert.match(
    await row("safety-accidents").locator("th").textContent(),
    /原文写法：无重大安全事故发生、0次、0个、0 \| 起 \| =/,
  );
  assert.match(await page.locator("table.regions").textContent(), /长沙市无线电监测站\s*204\.16/);
  // The station's rows without a name keep their explanation as a caption, never as a name.
  assert.match(await row("event-exam-radio-support").textContent(), /（原文未填指标名称）\s*指标说明：反映保障次数/);

  // Every entry links to its indicator row and its source line; the row header to its concept page.
  const entry = regionCell("event-exam-radio-support", "天津市").locator(".entry").first();
  assert.match(
    await entry.locator("a", { hasText: "指标行" }).getAttribute("href"),
    /^\/projects\/tianjin-2024-[0-9a-f]+\/#tianjin-2024-[0-9a-f]+-i01$/,
  );
  await entry.locator("a[href*='/source/#L']").click();
  await page.waitForURL(/\/documents\/tianjin-2024\/source\/#L712$/);
  assert.match(await page.locator(":target").textContent(), /<20次/);

  await page.goto(`${site.base}/compare/radio/`);
  await row("service-satisfaction").locator("th a").click();
  await page.waitForURL(/\/indicators\/service-satisfaction\/$/);
  assert.match(await page.locator("h1").textContent(), /服务对象满意度/);
  await page.close();
});

test("a shared compare URL restores the selection, and the URL follows changes", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  /** @param {string} slug @returns {Promise<{ items: { id: string; name: string; kind: string }[] }>} */
  const region = async (slug) => (await fetch(`${site.base}/compare/picker/${slug}.json`)).json();
  /** @param {string} slug @param {string} name */
  const find = async (slug, name) => (await region(slug)).items.find((i) => i.name === name && i.kind === "project");
  const a = await find("qingdao", "无线电宣传工作经费");
  const b = await find("tianjin", "无线电专项监管-中央");
  /** @type {string[]} */
  /** @type {string[]} */
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${site.base}/compare/?p=${a.id}&p=${b.id}&p=no-such-item`);
  const headers = page.locator(".compare-table thead th a");
  await headers.first().waitFor();
  assert.deepEqual(await headers.allTextContents(), [a.name, b.name]);
  assert.ok(
    (await page.locator(".compare-table tbody tr", { hasText: "服务对象满意度" }).count()) === 1,
    "the shared satisfaction concept is a row",
  );
  assert.match(await page.locator("[role=status]").first().textContent(), /找不到，已略去：no-such-item/);
  // On load: the index of regions, the lists of the regions the ids name (to check them),
  // and the known items' files; the unknown id costs no request, and no list of every item is read.
  const json = fetched.filter((p) => p.endsWith(".json")).sort();
  assert.deepEqual(
    json,
    [
      `/compare/items/${a.id}.json`,
      `/compare/items/${b.id}.json`,
      "/compare/picker/index.json",
      "/compare/picker/qingdao.json",
      "/compare/picker/tianjin.json",
    ].sort(),
  );

  // Add a third item: choose the region (its list is fetched then), filter by name; the URL gains it.
  await page.getByLabel("地区", { exact: true }).selectOption("qingdao");
  await page.getByLabel("按名称、预算单位或年度筛选").fill("无线电监测站");
  await page
    .locator(".compare-choices li", { hasText: "青岛市无线电监测站" })
    .first()
    .getByRole("button", { name: "加入" })
    .click();
  await page.waitForFunction(() => new URLSearchParams(location.search).getAll("p").length === 3);
  const shared = page.url();
  assert.deepEqual(new URL(shared).searchParams.getAll("p"), [a.id, b.id, "qingdao-2023-unit-502002"]);

  // The same URL in a fresh page shows the same three columns.
  const again = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await again.goto(shared);
  await again.locator(".compare-table thead th a").first().waitFor();
  assert.deepEqual(await again.locator(".compare-table thead th a").allTextContents(), [
    a.name,
    b.name,
    "青岛市无线电监测站",
  ]);

  // Removing one shortens the URL.
  await again.getByRole("button", { name: `移除 ${b.name}` }).click();
  await again.waitForFunction(() => new URLSearchParams(location.search).getAll("p").length === 2);
  assert.deepEqual(new URL(again.url()).searchParams.getAll("p"), [a.id, "qingdao-2023-unit-502002"]);
  await again.close();
  await page.close();
});

test("without JavaScript the compare page still lists the topic comparisons and ready selections", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.base}/compare/`);
  assert.ok((await page.locator("#topics ~ ul a[href='/compare/radio/']").count()) === 1, "the radio page is listed");
  const ready = page.locator("#ready ~ ul a[href^='/compare/?p=']");
  assert.ok((await ready.count()) >= 1, "ready-made selections are links");
  assert.doesNotMatch(await page.locator("main").innerText(), /正在载入/, "no loading message that never ends");
  await context.close();
});

// On the real data every comparison fits one page; run this test against a ×10 build (SITE_DIST) to walk many.
test("a paginated comparison reaches its every page by plain links", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const first of ["/compare/radio/", "/indicators/service-satisfaction/"]) {
    await page.goto(`${site.base}${first}`);
    // Follow “下一页” to the end: each page ships no script but the shared table sort, and the last one has no next link.
    const seen = [first];
    while ((await page.locator("nav.pager a[rel=next]").count()) > 0) {
      await page.locator("nav.pager a[rel=next]").first().click();
      await page.waitForLoadState();
      assert.deepEqual(await scriptSources(page), [SHARED_SCRIPT]);
      seen.push(new URL(page.url()).pathname);
    }
    assert.deepEqual(
      seen,
      seen.map((_, i) => (i === 0 ? first : `${first}${i + 1}/`)),
    );
  }
  await page.close();
});

test("a URL naming 1,000 unknown ids costs one request, not one per id", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  /** @type {string[]} */
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  const ids = Array.from({ length: 1000 }, (_, i) => `p=nothing-${i}`);
  // Half of them look like Tianjin's ids: they cost Tianjin's list, once.
  for (let i = 0; i < 500; i++) ids[i] = `p=tianjin-2024-${i.toString(16).padStart(8, "0")}`;
  await page.goto(`${site.base}/compare/?${ids.join("&")}`);
  await page.locator(".compare-view [role=status]").first().waitFor();
  assert.match(await page.locator(".compare-view [role=status]").first().textContent(), /超出上限，未读取/);
  const json = fetched.filter((p) => p.endsWith(".json")).sort();
  assert.deepEqual(json, ["/compare/picker/index.json", "/compare/picker/tianjin.json"]);
  await page.close();
});

test("keyboard only: twelve items, focus stays in the picker, an absolute share link with a copy button", async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: site.base });
  const page = await context.newPage();
  /** @type {string[]} */
  const fetched = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${site.base}/compare/`);
  const region = page.getByLabel("地区", { exact: true });
  await region.waitFor();
  const query = page.getByLabel("按名称、预算单位或年度筛选");
  const focusedInPicker = () =>
    page.evaluate(
      () => Boolean(document.activeElement?.closest(".compare-picker")) && document.activeElement !== document.body,
    );

  // Tianjin's six radio projects, Qingdao's five radio items (four projects and the monitoring
  // station), and one more from Qingdao's unfiltered list: twelve.
  /** @type {[string, string, number][]} */
  const want = [
    ["tianjin", "无线电", 6],
    ["qingdao", "无线电", 5],
    ["qingdao", "", 1],
  ];
  let added = 0;
  for (const [slug, word, count] of want) {
    await region.focus();
    await region.selectOption(slug); // the one step not typed: a closed <select>'s arrow keys differ by platform
    await page.keyboard.press("Tab");
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute("type")),
      "search",
      "Tab reaches the filter",
    );
    await query.fill("");
    if (word) await page.keyboard.type(word);
    for (let i = 0; i < count; i++) {
      // Tab from the filter to the first 加入 button still enabled, press Enter.
      await query.focus();
      let guard = 0;
      while (!(await page.evaluate(() => document.activeElement?.matches(".compare-choices button:not(:disabled)")))) {
        await page.keyboard.press("Tab");
        if (++guard > 80) throw new Error("no enabled 加入 button reached by Tab");
      }
      await page.keyboard.press("Enter");
      added++;
      await page.waitForFunction((n) => new URLSearchParams(location.search).getAll("p").length === n, added);
      assert.ok(await focusedInPicker(), `focus stays in the picker after 加入 #${added}`);
    }
  }
  assert.equal(added, 12);
  await page.locator(".compare-table thead th a").nth(11).waitFor();
  assert.equal(await page.locator(".compare-table thead th a").count(), 12, "twelve columns side by side");
  assert.equal(await page.locator(".compare-choices button:not(:disabled)").count(), 0, "a thirteenth cannot be added");
  // Typing made no request: only the index, two region lists and the twelve items were fetched.
  const json = fetched.filter((p) => p.endsWith(".json"));
  assert.equal(json.length, 1 + 2 + 12, json.join("\n"));

  // The share link is absolute and the copy button puts it on the clipboard.
  const share = page.getByLabel("本比较的链接");
  const url = await share.inputValue();
  assert.equal(url, page.url(), "the share link is this page's absolute address");
  assert.match(url, /^https?:\/\//);
  await page.getByRole("button", { name: "复制链接" }).focus();
  await page.keyboard.press("Enter");
  await page.getByText("链接已复制").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);
  await context.close();
});
