/**
 * XSS gate: a fixture source whose cells hold <script>, <img onerror>, <svg
 * onload> and javascript: links is normalized and built into a site of its
 * own; everywhere the text appears (record, document, source viewer, data
 * pages, search results, compare view) it must stay inert text. Each payload
 * would set window.__xss if it ever ran.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fromHtml } from "hast-util-from-html";
import { visit as walk } from "unist-util-visit";
import { useSite } from "./helpers.mjs";

const root = mkdtempSync(join(tmpdir(), "xss-site-"));
const dist = join(root, "dist");
const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: "1",
  CONTENT_ROOT: root,
  DIST_DIR: dist,
  NORMALIZE_ROOT: root,
  NORMALIZE_OUT: join(root, "content/data"),
};
/** @type {import("../../src/model/schema.ts").Project} */
let record;

/** @param {string} command @param {string[]} args */
function run(command, args) {
  const result = spawnSync(command, args, { env, encoding: "utf8" });
  assert.equal(result.status, 0, `${command} ${args.join(" ")}\n${result.stdout}\n${result.stderr}`);
}

before(() => {
  cpSync("tests/fixtures/xss/content/sources", join(root, "content/sources"), { recursive: true });
  cpSync("content/rules", join(root, "content/rules"), { recursive: true });
  run("npx", ["tsx", "scripts/normalize.ts"]);
  run("npx", ["astro", "build", "--outDir", dist]);
  run("npx", ["tsx", "scripts/search-index.ts"]);
  run("node", ["scripts/csp-hashes.mjs", dist]);
  record = JSON.parse(readFileSync(join(root, "content/data/xss-2099.json"), "utf8")).projects[0];
});

// Registered after the build above and before the clean-up below: node:test runs hooks in registration order.
const site = useSite({ outDir: dist });

after(() => rmSync(root, { recursive: true, force: true }));

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
}

/** Elements a payload would have become if a page had emitted it as markup. @param {string} html */
function markupFromPayload(html) {
  /** @type {string[]} */
  const found = [];
  walk(fromHtml(html), "element", (node) => {
    const p = node.properties;
    const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
    if (node.tagName === "script" && text.includes("__xss")) found.push(`script: ${text}`);
    for (const [key, value] of Object.entries(p)) {
      if (/^on/iu.test(key)) found.push(`${node.tagName} ${key}`);
      if (["href", "src", "action"].includes(key) && /^\s*javascript:/iu.test(String(value)))
        found.push(`${node.tagName} ${key}=${String(value)}`);
    }
    if (["iframe", "svg"].includes(node.tagName) && JSON.stringify(p).includes("__xss")) found.push(node.tagName);
  });
  return found;
}

test("no built page carries a payload as markup", () => {
  const pages = htmlFiles(dist);
  assert.ok(pages.length > 10);
  for (const file of pages) assert.deepEqual(markupFromPayload(readFileSync(file, "utf8")), [], file);
});

/**
 * Open a page, wait until `text` shows (an island may render it late), and report what ran.
 * @param {string} path
 * @param {string | null} [text]
 */
async function visit(path, text = null) {
  const page = await site.browser.newPage();
  /** @type {string[]} */
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    return d.dismiss();
  });
  await page.goto(`${site.base}${path}`);
  if (text) await page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 15_000 });
  // Give any payload that did become markup the time to run.
  await page.waitForTimeout(300);
  const ran = await page.evaluate(
    () => /** @type {{ __xss?: unknown }} */ (/** @type {unknown} */ (window)).__xss ?? null,
  );
  const shown = await page.evaluate(() => document.body.innerText);
  await page.close();
  return { ran, dialogs, text: shown };
}

test("record, document, source and data pages show the payloads as text", async () => {
  for (const path of [
    `/projects/${record.id}/`,
    "/documents/xss-2099/",
    "/documents/xss-2099/source/",
    "/data/quality/",
    "/",
    "/indicators/",
  ]) {
    const { ran, dialogs, text } = await visit(path);
    assert.equal(ran, null, `${path} ran a payload`);
    assert.deepEqual(dialogs, [], path);
    if (path.startsWith("/projects/")) assert.match(text, /恶意指标<script>window\.__xss="indicator"<\/script>/u);
  }
});

test("search results show the payloads as text", async () => {
  const { ran, text } = await visit(`/search/?q=${encodeURIComponent("恶意指标")}`, "恶意指标");
  assert.equal(ran, null);
  assert.match(text, /恶意/u);
});

test("the compare view shows the payloads as text", async () => {
  const { ran, text } = await visit(`/compare/?p=${record.id}`, "恶意测试项目");
  assert.equal(ran, null);
  assert.match(text, /恶意测试项目/u);
});
