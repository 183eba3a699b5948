/**
 * Hosting (issue #17): the server of `npm start` sends the headers of dist/_headers,
 * answers odd paths with a plain 404, and every page type runs under the
 * Content-Security-Policy without a violation; the built site names no placeholder
 * domain; the sitemap step writes absolute addresses only when SITE_URL is set.
 * Run after a build: node --test tests/browser/hosting.test.mjs
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { useSite } from "./helpers.mjs";
import { pageTypes } from "./page-types.mjs";

const site = useSite();
const DIST = process.env.SITE_DIST ?? "dist";

test("responses carry the security and caching headers of _headers", async () => {
  const html = await fetch(`${site.base}/compare/`);
  const csp = html.headers.get("content-security-policy") ?? "";
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self'[^;]*'sha256-/, "island bootstraps are allowed by hash");
  assert.doesNotMatch(csp, /script-src[^;]*'unsafe-(inline|eval)'/, "no inline script, no eval");
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(html.headers.get("x-content-type-options"), "nosniff");
  assert.equal(html.headers.get("referrer-policy"), "strict-origin-when-cross-origin");
  assert.equal(html.headers.get("cache-control"), "no-cache");
  const asset = readdirSync(join(DIST, "_astro")).find((f) => f.endsWith(".js"));
  const js = await fetch(`${site.base}/_astro/${asset}`);
  assert.equal(js.status, 200);
  assert.equal(js.headers.get("cache-control"), "public, max-age=31536000, immutable");
  assert.equal(js.headers.get("x-content-type-options"), "nosniff");
});

test("odd paths get a plain 404, never a stack trace", async () => {
  const probes = [
    "/compare/items/..%2Fx.json",
    "/compare/items/..%2fx.json",
    "/compare/items/%2e%2e%2fpicker%2findex.json",
    "/compare/%5c..%5cpackage.json",
    "/%E0%A4%A",
    "/a%00b/",
    "/_headers",
    `/${"a".repeat(10_000)}`,
    `/compare/items/${"x%2F".repeat(3000)}.json`,
    "/no-such-page/",
  ];
  for (const probe of probes) {
    const response = await fetch(`${site.base}${probe}`);
    const body = await response.text();
    assert.equal(response.status, 404, probe.slice(0, 60));
    assert.doesNotMatch(body, /\bat .*\(|node:internal|\/work\/|Error:/u, `no stack trace for ${probe.slice(0, 60)}`);
  }
  // Traversal written out in the request line (fetch would normalise it).
  const net = await import("node:net");
  const { port } = new URL(site.base);
  const raw = await new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), "127.0.0.1", () =>
      socket.end("GET /../../package.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
    );
    let data = "";
    socket.on("data", (c) => (data += String(c)));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
  });
  assert.match(raw, /^HTTP\/1\.1 404/);
});

test("every page type runs under the Content-Security-Policy without a violation", async () => {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  /** @type {string[]} */
  const violations = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/iu.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const items = (await (await fetch(`${site.base}/compare/picker/tianjin.json`)).json()).items.slice(0, 3);
  const pages = [
    ...pageTypes().map((p) => p.path),
    `/compare/?${items.map((/** @type {{ id: string }} */ i) => `p=${i.id}`).join("&")}`,
  ];
  for (const path of pages) {
    await page.goto(`${site.base}${path}`, { waitUntil: "networkidle" });
  }
  // The islands did run: the compare view shows its table, the search page answers a query.
  await page.goto(`${site.base}${pages.at(-1)}`);
  await page.locator(".compare-table").waitFor();
  // A search runs (the page's module script and the JSON index); the results are search.test.mjs's to test.
  await page.goto(`${site.base}/search/?q=${encodeURIComponent("无线电")}`, { waitUntil: "networkidle" });
  await page.locator(".search-result").first().waitFor();
  await page.close();
  assert.deepEqual(violations, []);
});

test("the built site names no placeholder domain", () => {
  /** @type {string[]} */
  const found = [];
  /** @param {string} dir @param {string} [rel] */
  const walk = (dir, rel = "") => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(join(dir, e.name), r);
      else if (
        /\.(?:html|xml|txt|json|js|css|csv|md|svg)$|^_headers$/u.test(e.name) &&
        statSync(join(dir, e.name)).size < 50_000_000
      ) {
        if (/example\.(?:org|com)/u.test(readFileSync(join(dir, e.name), "utf8"))) found.push(r);
      }
    }
  };
  walk(DIST);
  assert.deepEqual(found, []);
});

test("sitemap.xml and robots.txt: absolute addresses only with SITE_URL", () => {
  const root = mkdtempSync(join(tmpdir(), "sitemap-"));
  try {
    for (const p of ["index.html", "404.html", "regions/tianjin/index.html"]) {
      mkdirSync(join(root, p, ".."), { recursive: true });
      writeFileSync(join(root, p), "<!doctype html>");
    }
    const run = (/** @type {Record<string, string>} */ env) =>
      spawnSync(process.execPath, ["scripts/sitemap.mjs", root], {
        env: { ...process.env, SITE_URL: "", ...env },
        encoding: "utf8",
      });
    assert.equal(run({}).status, 0);
    assert.doesNotMatch(readFileSync(join(root, "robots.txt"), "utf8"), /Sitemap/);
    assert.throws(() => readFileSync(join(root, "sitemap.xml")), "no sitemap without SITE_URL");
    assert.equal(run({ SITE_URL: "https://budget.test/" }).status, 0);
    const xml = readFileSync(join(root, "sitemap.xml"), "utf8");
    assert.deepEqual(
      [...xml.matchAll(/<loc>(.*?)<\/loc>/gu)].map((m) => m[1]),
      ["https://budget.test/", "https://budget.test/regions/tianjin/"],
    );
    assert.match(readFileSync(join(root, "robots.txt"), "utf8"), /^Sitemap: https:\/\/budget\.test\/sitemap\.xml$/mu);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
