/**
 * Shared by the browser tests: serve the built dist/ with the server of `npm start`
 * (scripts/serve.mjs: the headers of dist/_headers, so the Content-Security-Policy
 * applies) and drive Debian's chromium through playwright-core (no browser download here).
 */
import { after, before } from "node:test";
import { launchBrowser, startPreview } from "../../scripts/lib/preview.mjs";

/**
 * The setup every browser suite shares: before its tests, serve the built site
 * (options as for startPreview) and launch a browser; after them, close both.
 * Call it at the top level of a test file. The getters read the values once
 * the hooks have run, so tests use `site.base` and `site.browser`.
 * @param {{ outDir?: string; port?: number }} [options]
 * @returns {{ readonly base: string; readonly browser: import("playwright-core").Browser }}
 */
export function useSite(options) {
  /** @type {import("../../scripts/lib/preview.mjs").Preview | undefined} */
  let preview;
  /** @type {import("playwright-core").Browser | undefined} */
  let browser;
  before(async () => {
    preview = await startPreview(options);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await preview?.stop();
  });
  return {
    get base() {
      if (!preview) throw new Error("site.base is read before the suite's before() hook ran");
      return preview.base;
    },
    get browser() {
      if (!browser) throw new Error("site.browser is read before the suite's before() hook ran");
      return browser;
    },
  };
}

/** The one script content pages may load (src/gates/shared-script.ts). */
export const SHARED_SCRIPT = "/table-sort.js";

/**
 * The src of every <script> on a page (null for an inline one).
 * @param {import("playwright-core").Page} page
 */
export async function scriptSources(page) {
  return page.locator("script").evaluateAll((scripts) => scripts.map((s) => s.getAttribute("src")));
}
