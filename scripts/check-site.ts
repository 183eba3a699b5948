/**
 * npm run check:site — the gates over the built site (dist/): broken links and
 * anchors, lang, JavaScript on content pages (none but the shared table-sort
 * file, within its gzipped budget), an indicator row for every
 * indicator in the data. Exits 1 and lists the problems if any.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join, relative } from "node:path";
import { readDocuments } from "../src/lib/data.ts";
import { pageFacts, type PageFacts } from "../src/gates/html.ts";
import { routeOf } from "../src/gates/links.ts";
import { TABLE_SORT_SCRIPT } from "../src/gates/shared-script.ts";
import { sharedScriptProblems, siteProblems } from "../src/gates/site.ts";

const DIST = process.env.DIST_DIR ?? "dist";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

const pages = new Map<string, PageFacts>();
const assets = new Set<string>();
for (const file of filesUnder(DIST)) {
  const rel = relative(DIST, file);
  if (rel.endsWith(".html")) pages.set(routeOf(rel), pageFacts(readFileSync(file, "utf8")));
  else assets.add(`/${rel.replace(/\\/gu, "/")}`);
}
const sharedScript = join(DIST, TABLE_SORT_SCRIPT);
const gzipBytes = existsSync(sharedScript) ? gzipSync(readFileSync(sharedScript), { level: 9 }).length : null;
const problems = [...siteProblems(pages, assets, readDocuments()), ...sharedScriptProblems(gzipBytes)];
for (const p of problems.slice(0, 200)) console.error(`${p.page}: ${p.problem}`);
if (problems.length > 200) console.error(`… and ${problems.length - 200} more`);
console.log(`check:site: ${pages.size} pages, ${assets.size} other files, ${problems.length} problems`);
process.exitCode = problems.length > 0 ? 1 : 0;
