/**
 * Checks on the built site (dist/) against content/data, without a browser:
 * every published figure appears on its page exactly as published, and the
 * download equals the data. Language, scripts on content pages and dead links
 * and anchors are the site gate's (npm run check:site, src/gates/).
 * Run after `astro build`: node --test tests/browser/
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const DIST = "dist";
const DATA = "content/data";

const documents = readdirSync(DATA)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DATA, f), "utf8")));
const projects = documents.flatMap((d) => d.projects);

/** Text as Astro writes it into HTML. */
const escapeHtml = (text) =>
  text.replace(/[&<>'"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" })[c]);

/** The built file a site path is served from. */
function pagePath(path) {
  return path.endsWith("/") ? join(DIST, path, "index.html") : join(DIST, path);
}

const recordPath = (p) => (p.kind === "template" ? `/templates/${p.id}/` : `/projects/${p.id}/`);

test("every record page shows each indicator's published value and the budget exactly as published", () => {
  assert.ok(projects.length > 0);
  for (const project of projects) {
    const file = pagePath(recordPath(project));
    assert.ok(existsSync(file), `${file} was built`);
    const html = readFileSync(file, "utf8");
    for (const indicator of project.indicators) {
      for (const target of [indicator.target, indicator.periodTarget]) {
        if (target) assert.ok(html.includes(escapeHtml(target.raw)), `${project.id}: ${indicator.id} value “${target.raw}”`);
      }
      assert.ok(html.includes(`id="${indicator.id}"`), `${indicator.id} has its row anchor`);
    }
    for (const [key, raw] of Object.entries(project.budget?.raw ?? {})) {
      if (raw.trim() !== "") assert.ok(html.includes(escapeHtml(raw)), `${project.id}: budget ${key} “${raw}”`);
    }
    for (const entry of project.spendingPlan) {
      if (entry.raw.trim() !== "") assert.ok(html.includes(escapeHtml(entry.raw)), `${project.id}: spending plan “${entry.raw}”`);
    }
  }
});

test("every document has its page and a source page with one anchor per line", () => {
  for (const { document, report } of documents) {
    const page = readFileSync(pagePath(`/documents/${document.id}/`), "utf8");
    assert.match(page, /id="quality"/);
    for (const entry of report.skipped) assert.ok(page.includes(escapeHtml(entry.reason)), `${document.id}: skipped reason`);
    const source = readFileSync(pagePath(`/documents/${document.id}/source/`), "utf8");
    const anchors = source.match(/id="L\d+"/g) ?? [];
    assert.equal(anchors.length, document.source.lines, `${document.id}: one anchor per source line`);
  }
});

test("/data/targets.json holds every document and record, as in content/data", () => {
  const download = JSON.parse(readFileSync(join(DIST, "data/targets.json"), "utf8"));
  assert.equal(download.schemaVersion, documents[0].schemaVersion);
  assert.deepEqual(download.documents, documents.map((d) => d.document));
  assert.deepEqual(download.projects, projects);
});
