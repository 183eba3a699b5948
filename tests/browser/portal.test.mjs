/**
 * The portal in a real browser (issue #5): a reader's path from the home page
 * to a highlighted source line, no scripts on content pages, and screenshots of
 * a project page on a phone and a desktop for a person to look at.
 * Run after `astro build`: node --test tests/browser/
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { test } from "node:test";
import { scriptSources, SHARED_SCRIPT, useSite } from "./helpers.mjs";

const site = useSite();

test("home → region → project → the indicator's source line, highlighted by :target", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.base}/`);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");

  await page.locator(".cards a").first().click();
  await page.waitForURL(/\/regions\/[a-z]+\/$/);
  const projectLink = page
    .locator("#projects ~ * table a[href^='/projects/'], #projects-chart table a[href^='/projects/']")
    .first();
  await projectLink.click();
  await page.waitForURL(/\/projects\/[a-z0-9-]+\/$/);

  const row = page.locator("table.indicators tbody tr[id]").first();
  const published = (await row.locator(".raw").first().textContent()).trim();
  await row.locator("a[href*='/source/#L']").click();
  await page.waitForURL(/\/source\/#L\d+$/);

  const line = new URL(page.url()).hash.slice(1);
  const target = page.locator(":target");
  assert.equal(await target.getAttribute("id"), line, "the linked line is the :target");
  const background = await target.evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(background, "rgb(255, 240, 166)", "the :target line is highlighted");
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, "the highlighted line is in view");
  assert.ok((await target.textContent()).includes(published), `line ${line} holds the published value ${published}`);
  await page.close();
});

test("quality report → a region's part → a document's flags, by plain links", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.base}/data/quality/`);
  await page.locator("table a[href^='/data/quality/']").first().click();
  await page.waitForURL(/\/data\/quality\/[a-z0-9]+\/$/);
  const documentRows = page.locator("table.listing tbody tr");
  assert.ok((await documentRows.count()) > 0, "the region's part lists its documents");
  await page.locator("a[href$='/#quality']").first().click();
  await page.waitForURL(/\/documents\/[a-z0-9-]+\/#quality$/);
  assert.equal(await page.locator(":target").getAttribute("id"), "quality");
  assert.ok(
    (await page.locator("table.listing tbody tr[id^='flag-']").count()) > 0,
    "the document page lists the flags",
  );
  await context.close();
});

test("a project page has no <script> but the shared table sort, and works without JavaScript", async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.base}/`);
  await page.locator(".cards a").first().click();
  const href = await page.locator("a[href^='/projects/']").first().getAttribute("href");
  const html = await (await fetch(`${site.base}${href}`)).text();
  const tags = html.match(/<script\b[^>]*>/giu) ?? [];
  assert.deepEqual(
    tags.map((t) => /src="([^"]+)"/u.exec(t)?.[1]),
    [SHARED_SCRIPT],
    "the only script is the shared table sort, an external file",
  );
  await page.goto(`${site.base}${href}`);
  assert.deepEqual(await scriptSources(page), [SHARED_SCRIPT]);
  assert.ok((await page.locator("table.indicators tbody tr[id]").count()) > 0, "indicators render without JS");
  assert.ok((await page.locator("figure.chart svg, table").count()) > 0);
  await context.close();
});

test("screenshots of a project page at 360 px and 1280 px (test-results/)", async () => {
  mkdirSync("test-results", { recursive: true });
  // A project with a spending plan and flags shows the most parts of the page.
  const path = await projectWithSpendingPlan();
  for (const width of [360, 1280]) {
    const page = await site.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${site.base}${path}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `at ${width} px the page itself does not scroll sideways (overflow ${overflow} px)`);
    await page.screenshot({ path: `test-results/project-${width}.png`, fullPage: true });
    await page.close();
  }
});

async function projectWithSpendingPlan() {
  const data = /** @type {import("../../src/model/schema.ts").TargetsFile} */ (
    await (await fetch(`${site.base}/data/targets.json`)).json()
  );
  const project = data.projects.find((p) => p.kind !== "template" && p.spendingPlan.length > 0) ?? data.projects[0];
  return `/projects/${project.id}/`;
}
