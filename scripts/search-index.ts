/**
 * npm run build, after `astro build`: writes the Pagefind index to dist/pagefind
 * from the normalized data (src/lib/search/records.ts), not by crawling the
 * built pages. The pages' HTML has navigation, charts and table furniture, and
 * one page per record cannot send a result to one indicator's row; custom
 * records can. The `pagefind` CLI would index the HTML, so it is not used.
 */
import { rmSync } from "node:fs";
import * as pagefind from "pagefind";
import { readSearchRecords } from "../src/lib/search/load.ts";
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
console.log(`search index: ${records.length} records → ${OUTPUT}`);
