/**
 * Build step after `astro build`: robots.txt always, and — only when SITE_URL is set,
 * since a sitemap needs absolute addresses — sitemap.xml listing every page of dist/
 * (the 404 page left out), split into files of at most 50,000 addresses under a
 * sitemap index when the site outgrows one. Without SITE_URL the build says so and
 * robots.txt names no sitemap. Usage: node scripts/sitemap.mjs [dist]
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const dist = process.argv[2] ?? "dist";
const PER_FILE = 50_000;
const raw = process.env.SITE_URL?.trim();
/** The origin without trailing slashes (a loop, not /\/+$/, which rescans every run of slashes). */
const withoutTrailingSlashes = (/** @type {string} */ href) => {
  let end = href.length;
  while (href[end - 1] === "/") end--;
  return href.slice(0, end);
};
const base = raw ? withoutTrailingSlashes(new URL(raw).href) : undefined;

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );
const escapeXml = (/** @type {string} */ s) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

const robots = ["User-agent: *", "Allow: /"];
if (base === undefined) {
  console.log("sitemap: SITE_URL is not set, so no sitemap.xml (it needs absolute addresses); robots.txt names none.");
} else {
  const paths = htmlFiles(dist)
    .map((f) => relative(dist, f).split(sep).join("/"))
    .filter((p) => p !== "404.html")
    .map((p) => `/${p.replace(/(^|\/)index\.html$/u, "$1")}`)
    .sort();
  // Paths hold only what Astro wrote (ids are ASCII slugs); encodeURI keeps any other character valid in XML and URLs.
  const urlset = (/** @type {string[]} */ list) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${list.map((p) => `  <url><loc>${escapeXml(base + encodeURI(p))}</loc></url>`).join("\n")}\n</urlset>\n`;
  if (paths.length <= PER_FILE) {
    writeFileSync(join(dist, "sitemap.xml"), urlset(paths));
  } else {
    /** @type {string[]} */
    const parts = [];
    for (let i = 0; i < paths.length; i += PER_FILE) {
      const name = `sitemap-${parts.length + 1}.xml`;
      writeFileSync(join(dist, name), urlset(paths.slice(i, i + PER_FILE)));
      parts.push(name);
    }
    writeFileSync(
      join(dist, "sitemap.xml"),
      `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((n) => `  <sitemap><loc>${escapeXml(`${base}/${n}`)}</loc></sitemap>`).join("\n")}\n</sitemapindex>\n`,
    );
  }
  robots.push(`Sitemap: ${base}/sitemap.xml`);
  console.log(`sitemap: ${paths.length} pages in ${dist}/sitemap.xml`);
}
writeFileSync(join(dist, "robots.txt"), `${robots.join("\n")}\n`);
