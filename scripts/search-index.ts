/**
 * npm run build, after `astro build`: writes the Pagefind index to dist/pagefind
 * from the normalized data (src/lib/search/records.ts), not by crawling the
 * built pages. The pages' HTML has navigation, charts and table furniture, and
 * one page per record cannot send a result to one indicator's row; custom
 * records can. The `pagefind` CLI would index the HTML, so it is not used.
 * Then the facet table (src/lib/search/table.ts) from the fragments Pagefind
 * wrote, so its page ids and filter values are Pagefind's own.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import { readSearchRecords } from "../src/lib/search/load.ts";
import { buildTable, tableFile, type PagefindEntry } from "../src/lib/search/table.ts";
import { indexedText } from "../src/lib/search/tokens.ts";

const OUTPUT = `${process.env.DIST_DIR ?? "dist"}/pagefind`;

const records = readSearchRecords();

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join("; ")}`);
for (const record of records) {
  const added = await index.addCustomRecord({
    url: record.url,
    content: indexedText(record.content),
    language: "zh-cn",
    meta: Object.fromEntries(Object.entries(record.meta).filter((e): e is [string, string] => e[1] !== undefined)),
    filters: record.filters,
  });
  if (added.errors.length > 0) throw new Error(`pagefind: ${record.url}: ${added.errors.join("; ")}`);
}
// A stale chunk from an earlier build would never be fetched, but would be deployed.
rmSync(OUTPUT, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: OUTPUT });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join("; ")}`);
await pagefind.close();

/** A fragment file: gzip of a signature and the JSON that a result's data() returns. */
function readFragment(name: string): { id: string; url: string; filters: Record<string, string[]> } {
  const bytes = gunzipSync(readFileSync(`${OUTPUT}/fragment/${name}`));
  const signature = "pagefind_dcd";
  if (bytes.subarray(0, signature.length).toString() !== signature) throw new Error(`pagefind: ${name} is not a fragment`);
  const { url, filters } = JSON.parse(bytes.subarray(signature.length).toString("utf8")) as { url: string; filters: Record<string, string[]> };
  return { id: name.replace(/\.pf_fragment$/u, ""), url, filters };
}

// In URL order, a document's pages sit together and share most values: the table zips a quarter smaller.
const fragments = readdirSync(`${OUTPUT}/fragment`)
  .map(readFragment)
  .sort((a, b) => (a.url < b.url ? -1 : 1));
if (fragments.length !== records.length) throw new Error(`pagefind wrote ${fragments.length} fragments for ${records.length} records`);
const table = tableFile(JSON.parse(readFileSync(`${OUTPUT}/pagefind-entry.json`, "utf8")) as PagefindEntry);
writeFileSync(`${OUTPUT}/${table}`, gzipSync(JSON.stringify(buildTable(fragments)), { level: 9 }));
console.log(`search index: ${records.length} records → ${OUTPUT}, facet table ${table}`);
