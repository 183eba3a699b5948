/**
 * One URL of every page type in a built site, found from the files of dist/ (not a
 * hand-kept list, so a new kind of page is covered as soon as it is built): paths are
 * grouped by their shape (the first folder kept, the rest replaced by "*" except the
 * fixed folder names below), and each group is represented by its largest page, the one
 * with the most rows to lay out. The compare view adds one filled selection.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Folder names that are part of a route, not an id. */
const FIXED = new Set(["source", "quality", "files"]);

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === "_astro"
        ? []
        : htmlFiles(join(dir, e.name))
      : e.name.endsWith(".html")
        ? [join(dir, e.name)]
        : [],
  );

/**
 * @param {string} [dist]
 * @returns {{ type: string; path: string }[]} sorted by type
 */
export function pageTypes(dist = process.env.SITE_DIST ?? "dist") {
  /** @type {Map<string, { path: string; size: number }>} */
  const largest = new Map();
  for (const file of htmlFiles(dist)) {
    const rel = relative(dist, file).split(sep).join("/");
    const path = rel === "404.html" ? "/404.html" : `/${rel.replace(/index\.html$/u, "")}`;
    const segments = path.split("/").filter((s) => s !== "");
    const type = `/${segments.map((s, i) => (i === 0 || FIXED.has(s) ? s : "*")).join("/")}${path.endsWith("/") && segments.length > 0 ? "/" : ""}`;
    const size = statSync(file).size;
    const best = largest.get(type);
    if (!best || size > best.size) largest.set(type, { path, size });
  }
  return [...largest].map(([type, { path }]) => ({ type, path })).sort((a, b) => a.type.localeCompare(b.type));
}
