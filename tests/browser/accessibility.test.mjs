/**
 * Accessibility gate: axe-core in Chromium on one page of each type; no
 * serious or critical violation may stand.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { test } from "node:test";
import { useSite } from "./helpers.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
/** @type {import("../../src/model/schema.ts").DocumentData[]} */
const data = ["qingdao-2023", "changsha-2023", "jiangsu-2021"].map((id) =>
  JSON.parse(readFileSync(`content/data/${id}.json`, "utf8")),
);
const project = data[0].projects[13];
const unit = data[1].projects.find((p) => p.kind === "unit");
const template = data[2].projects[0];
const concept = data[0].projects.flatMap((p) => p.indicators).find((i) => i.concept)?.concept;

const PAGES = {
  home: "/",
  region: "/regions/qingdao/",
  document: "/documents/changsha-2023/",
  source: "/documents/qingdao-2023/source/",
  project: `/projects/${project.id}/`,
  unit: `/projects/${unit.id}/`,
  template: `/templates/${template.id}/`,
  indicators: "/indicators/",
  concept: `/indicators/${concept}/`,
  glossary: "/glossary/",
  data: "/data/",
  "data files": "/data/files/changsha/",
  quality: "/data/quality/",
  "quality region": "/data/quality/changsha/",
  search: "/search/?q=%E6%97%A0%E7%BA%BF%E7%94%B5",
  comparison: "/compare/radio/",
  compare: `/compare/?p=${project.id}&p=${unit.id}`,
};

const site = useSite();

for (const [type, path] of Object.entries(PAGES)) {
  test(`${type} page (${decodeURIComponent(path)}): no serious or critical axe violation`, async () => {
    // axe-core is injected as an inline script, which the site's CSP rightly refuses: this
    // test checks accessibility, so its page bypasses the CSP (hosting.test.mjs checks the CSP).
    const page = await site.browser.newPage({ bypassCSP: true });
    await page.goto(`${site.base}${path}`, { waitUntil: "networkidle" });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      /** @type {{ run: (context: Document, options: object) => Promise<import("axe-core").AxeResults> }} */
      const axe = /** @type {any} */ (window).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(", ")}`,
        );
    });
    await page.close();
    assert.deepEqual(violations, []);
  });
}
