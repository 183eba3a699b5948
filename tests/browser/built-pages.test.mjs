/**
 * Checks on the built site (dist/) against content/data, without a browser:
 * every published figure appears on its page exactly as published, the
 * download equals the data, and the lists that are split into pages (a
 * region's records, the quality report by region) still reach everything.
 * Language, scripts on content pages and dead links and anchors are the site
 * gate's (npm run check:site, src/gates/).
 * Run after `astro build`: node --test tests/browser/ ($SITE_DIST and
 * $CONTENT_DATA_DIR check a site built elsewhere, such as a benchmark corpus).
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

const DIST = process.env.SITE_DIST ?? "dist";
const DATA = process.env.CONTENT_DATA_DIR ?? "content/data";

// In document-id order, as the download writes them (file names sort differently: "x-2023-x1.json" < "x-2023.json").
/** @type {import("../../src/model/schema.ts").DocumentData[]} */
const documents = readdirSync(DATA)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(DATA, f), "utf8")))
  .sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
const projects = documents.flatMap((d) => d.projects);

/** Text as Astro writes it into HTML. @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>'"]/g,
    (c) =>
      /** @type {Record<string, string>} */ ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" })[
        c
      ],
  );

/** The built file a site path is served from. @param {string} path */
function pagePath(path) {
  return path.endsWith("/") ? join(DIST, path, "index.html") : join(DIST, path);
}

/** @param {import("../../src/model/schema.ts").Project} p */
const recordPath = (p) => (p.kind === "template" ? `/templates/${p.id}/` : `/projects/${p.id}/`);

test("every record page shows each indicator's published value and the budget exactly as published", () => {
  assert.ok(projects.length > 0);
  for (const project of projects) {
    const file = pagePath(recordPath(project));
    assert.ok(existsSync(file), `${file} was built`);
    const html = readFileSync(file, "utf8");
    for (const indicator of project.indicators) {
      for (const target of [indicator.target, indicator.periodTarget]) {
        if (target)
          assert.ok(html.includes(escapeHtml(target.raw)), `${project.id}: ${indicator.id} value “${target.raw}”`);
      }
      assert.ok(html.includes(`id="${indicator.id}"`), `${indicator.id} has its row anchor`);
    }
    for (const [key, raw] of Object.entries(project.budget?.raw ?? {})) {
      if (raw.trim() !== "") assert.ok(html.includes(escapeHtml(raw)), `${project.id}: budget ${key} “${raw}”`);
    }
    for (const entry of project.spendingPlan) {
      if (entry.raw.trim() !== "")
        assert.ok(html.includes(escapeHtml(entry.raw)), `${project.id}: spending plan “${entry.raw}”`);
    }
  }
});

test("every document has its page and a source page with one anchor per line", () => {
  for (const { document, report } of documents) {
    const page = readFileSync(pagePath(`/documents/${document.id}/`), "utf8");
    assert.match(page, /id="quality"/);
    for (const entry of report.skipped)
      assert.ok(page.includes(escapeHtml(entry.reason)), `${document.id}: skipped reason`);
    const source = readFileSync(pagePath(`/documents/${document.id}/source/`), "utf8");
    const anchors = source.match(/id="L\d+"/g) ?? [];
    assert.equal(anchors.length, document.source.lines, `${document.id}: one anchor per source line`);
  }
});

test("/data/targets.json holds every document and record, as in content/data", () => {
  const download = JSON.parse(readFileSync(join(DIST, "data/targets.json"), "utf8"));
  assert.equal(download.schemaVersion, documents[0].schemaVersion);
  assert.deepEqual(
    download.documents,
    documents.map((d) => d.document),
  );
  assert.deepEqual(download.projects, projects);
});

/** @param {import("../../src/model/schema.ts").Region} region */
const regionSlug = (region) => region.slug ?? region.adminCode;
/** @param {string} path */
const page = (path) => readFileSync(pagePath(path), "utf8");
/**
 * Site paths an HTML page links to whose path matches `pattern`, in page order (anchors kept).
 * @param {string} html
 * @param {RegExp} pattern
 */
const links = (html, pattern) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll("&amp;", "&")).filter((href) => pattern.test(href));
/**
 * The records a page lists in its record tables: one row each, its name linked.
 * The digest of promises (table.promises, the largest budgets first) summarises
 * records listed below it and is left out.
 * @param {string} html
 */
const listedRecords = (html) =>
  [
    ...html
      .replace(/<table class="listing promises"[\s\S]*?<\/table>/gu, "")
      .matchAll(/<th scope="row"[^>]*>\s*<a href="\/(?:projects|templates)\/([^/"]+)\/"/g),
  ].map((m) => m[1]);

test("a region's record pages, reached by the pager from the region page, list exactly its records, each once", () => {
  const slugs = new Set(documents.map((d) => regionSlug(d.document.region)));
  for (const slug of slugs) {
    const expected = documents
      .filter((d) => regionSlug(d.document.region) === slug)
      .flatMap((d) => d.projects.map((p) => p.id))
      .sort();
    const seen = [];
    let path = `/regions/${slug}/`;
    const visited = new Set();
    while (path && !visited.has(path)) {
      visited.add(path);
      const html = page(path);
      seen.push(...listedRecords(html));
      path = html.match(/<a href="([^"]+)" rel="next"/)?.[1];
    }
    assert.deepEqual(seen.sort(), expected, `${slug}: ${visited.size} page(s)`);
  }
});

test("the quality report links each region's part, and those link every document's report and flags", () => {
  const overview = page("/data/quality/");
  const parts = [...new Set(links(overview, /^\/data\/quality\/[^/]+\/$/))];
  assert.deepEqual(
    parts.sort(),
    [...new Set(documents.map((d) => `/data/quality/${regionSlug(d.document.region)}/`))].sort(),
  );
  const reached = parts.flatMap((part) => links(page(part), /^\/documents\/[^/]+\/#report$/));
  assert.deepEqual(reached.sort(), documents.map((d) => `/documents/${d.document.id}/#report`).sort());
  const total = documents.reduce((n, d) => n + d.report.lines.total, 0);
  assert.ok(
    overview.includes(`原文 ${total} 行的去向`),
    "the overview's line count is the sum of the documents' reports",
  );
  for (const { document, report } of documents) {
    const part = page(`/data/quality/${regionSlug(document.region)}/`);
    if (report.flags.length > 0)
      assert.ok(
        part.includes(`href="/documents/${document.id}/#quality">${report.flags.length}</a>`),
        `${document.id}: flag count links the document's flags`,
      );
  }
});

test("every document is reachable from the home page through its region's page", () => {
  const home = page("/");
  const regions = [...new Set(links(home, /^\/regions\/[^/]+\/$/))];
  const reached = new Set([
    ...links(home, /^\/documents\/[^/]+\/$/),
    ...regions.flatMap((r) => links(page(r), /^\/documents\/[^/]+\/$/)),
  ]);
  for (const { document } of documents)
    assert.ok(reached.has(`/documents/${document.id}/`), `${document.id} is linked`);
});
