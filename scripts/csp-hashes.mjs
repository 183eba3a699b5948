/**
 * Build step after `astro build`: the Content-Security-Policy allows no inline script,
 * except the bootstraps Astro writes into island pages (<astro-island>'s definition and
 * its client:load directive). Their SHA-256 hashes go into script-src of dist/_headers
 * (copied from public/_headers), so the policy stays exact without 'unsafe-inline'.
 * The site's own inline scripts carry data-csp="hash" (the search page's prefetch.js,
 * which must run before any file loads). Every inline script in dist/ is listed; one
 * that is neither is still hashed (so the page works) but named in the output, to be
 * moved into a file.
 * Usage: node scripts/csp-hashes.mjs [dist]
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { withScriptSources } from "./lib/headers.mjs";

const dist = process.argv[2] ?? "dist";
const sha256 = (/** @type {string} */ text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

// Astro's own bootstraps, as its runtime ships them.
const runtime = join(dirname(createRequire(import.meta.url).resolve("astro/package.json")), "dist/runtime");
const astroScripts = new Set();
for (const file of [
  "server/astro-island.prebuilt.js",
  ...["load", "idle", "visible", "media", "only"].map((d) => `client/${d}.prebuilt.js`),
]) {
  // A dynamic import() is `any` to the linter whatever JSDoc says; the module is Astro's string export.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
  const { default: text } = await import(pathToFileURL(join(runtime, file)).href);
  astroScripts.add(String(text));
}

/** The site's own client directives (astro.config.mjs), which Astro inlines like its own. */
const SITE_DIRECTIVES = ["afterfirst"];
/** @param {string} text */
const siteDirective = (text) =>
  SITE_DIRECTIVES.some((name) => text.trimEnd().endsWith(`window.dispatchEvent(new Event("astro:${name}"));})();`));

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );

/** @type {Map<string, {text: string; pages: string[]}>} */
const found = new Map();
/** Inline scripts the site means to have (attribute data-csp="hash"). @type {Set<string>} */
const meant = new Set();
for (const file of htmlFiles(dist)) {
  const html = readFileSync(file, "utf8");
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)) {
    const [, attributes = "", text = ""] = m;
    if (/\bsrc\s*=/iu.test(attributes) || /type\s*=\s*["']?application\/(?:ld\+)?json/iu.test(attributes)) continue;
    const hash = sha256(text);
    if (/\bdata-csp\s*=\s*"hash"/iu.test(attributes)) meant.add(text);
    const entry = found.get(hash) ?? { text, pages: [] };
    entry.pages.push(relative(dist, file));
    found.set(hash, entry);
  }
}

const headersFile = join(dist, "_headers");
const hashes = [...found.keys()].sort();
writeFileSync(headersFile, withScriptSources(readFileSync(headersFile, "utf8"), hashes));
for (const [hash, { text, pages }] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
  // data-csp="hash": the site's own inline script, inline on purpose (the search page's prefetch.js).
  const own = astroScripts.has(text) || meant.has(text) || siteDirective(text);
  console.log(
    `csp: ${hash} ${astroScripts.has(text) ? "Astro bootstrap" : siteDirective(text) ? "Astro bootstrap of the site's client directive" : own ? "inline on purpose (data-csp)" : "NOT Astro's: move it into a file"} on ${pages.length} page(s)${own ? "" : `: ${pages.slice(0, 3).join(", ")} — ${JSON.stringify(text.slice(0, 60))}`}`,
  );
}
console.log(`csp: ${hashes.length} inline script hash(es) written into ${headersFile}`);
