/**
 * Phone and desktop layouts (issue #17): at 390 px and at 1280 px no page of any type
 * is wider than the window (document.documentElement.scrollWidth ≤ innerWidth), and at
 * 390 px the cells of wide tables (published value, reading, source link) lie inside
 * the window, stacked rather than off to the side. One page of each type, found from
 * dist/ (page-types.mjs), plus the compare view with items chosen.
 * SCREENSHOTS=<folder> also saves a full-page screenshot of each (to look at).
 * Run after a build: node --test tests/browser/layout.test.mjs
 */
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { useSite } from "./helpers.mjs";
import { pageTypes } from "./page-types.mjs";

const site = useSite();
const shots = process.env.SCREENSHOTS;
if (shots) mkdirSync(shots, { recursive: true });

/** The compare view with four items of two regions (their ids from the picker's files). */
async function comparePath() {
  const items = async (/** @type {string} */ slug) =>
    (await (await fetch(`${site.base}/compare/picker/${slug}.json`)).json()).items;
  const ids = [...(await items("tianjin")).slice(0, 2), ...(await items("qingdao")).slice(0, 2)].map((i) => i.id);
  return `/compare/?${ids.map((id) => `p=${encodeURIComponent(id)}`).join("&")}`;
}

/** What sticks out of the window: the page's width and the widest elements past the right edge. */
function overflow() {
  const width = window.innerWidth;
  const past = [];
  for (const el of document.body.querySelectorAll("*")) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= width + 0.5) continue;
    // An element inside a scroll box (overflow-x auto/scroll/hidden/clip) that fits the window does not
    // widen the page. Boxes that clip but are wider themselves (an <svg> is overflow: hidden) are passed
    // on the way up: a wide chart inside a scrolling .chart-canvas is fine.
    let clipped = false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      if (getComputedStyle(p).overflowX !== "visible" && p.getBoundingClientRect().right <= width + 0.5) {
        clipped = true;
        break;
      }
    }
    if (!clipped)
      past.push(
        `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""} right=${Math.round(box.right)}`,
      );
  }
  return { scrollWidth: document.documentElement.scrollWidth, width, past: past.slice(0, 5) };
}

for (const width of [390, 1280]) {
  test(`at ${width} px no page type is wider than the window`, async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 844 } });
    const pages = [...pageTypes(), { type: "/compare/?p=…", path: await comparePath() }];
    const failures = [];
    for (const { type, path } of pages) {
      await page.goto(`${site.base}${path}`);
      if (type.startsWith("/compare/?")) await page.locator(".compare-table").waitFor();
      const found = await page.evaluate(overflow);
      if (found.scrollWidth > found.width || found.past.length > 0)
        failures.push(`${type} (${path}): page ${found.scrollWidth} px wide; past the edge: ${found.past.join(", ")}`);
      if (shots) {
        const height = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 4000);
        await page.screenshot({
          path: join(shots, `${width}-${type.replace(/\*/gu, "x").replace(/[^a-z0-9]+/giu, "_")}.png`),
          fullPage: true,
          clip: { x: 0, y: 0, width, height },
        });
      }
    }
    await page.close();
    assert.deepEqual(failures, [], failures.join("\n"));
  });
}
