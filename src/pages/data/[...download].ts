/**
 * Every file of the catalog (src/lib/downloads/catalog.ts) at /data/<path>:
 * the CSV tables, the workbook, the SQLite file, the schemas, the per-document
 * JSON and the sources. One route for all, so a file listed on /data/ is
 * always served with the very bytes whose checksum the page prints.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { MEDIA_TYPES, type Download } from "../../lib/downloads/download.ts";
import { siteDownloads } from "../../lib/downloads/site.ts";

export const getStaticPaths = (async () =>
  (await siteDownloads()).map((file) => ({ params: { download: file.path }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: Download }> = ({ props: { file } }) => {
  const type = MEDIA_TYPES[file.format];
  // Response wants a view on a plain ArrayBuffer; file.bytes may sit on a Node Buffer's pool.
  return new Response(new Uint8Array(file.bytes), { headers: { "Content-Type": type.startsWith("text/") || type === "application/json" ? `${type}; charset=utf-8` : type } });
};
