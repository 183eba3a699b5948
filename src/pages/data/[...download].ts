/**
 * Every file of the catalog (src/lib/downloads/catalog.ts) at /data/<path>:
 * the CSV tables, the workbook, the SQLite file, the schemas, the per-document
 * JSON and the sources, each also under /data/v<version>/ (the release, with its
 * zip bundle). One route for all, so a file listed on /data/ is
 * always served with the very bytes whose checksum the page prints.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { MEDIA_TYPES, type Download } from "../../lib/downloads/download.ts";
import { releasePath } from "../../lib/downloads/paths.ts";
import { siteDownloads } from "../../lib/downloads/site.ts";
import { DATASET_VERSION } from "../../lib/downloads/version.ts";

/** This version's folder under /data/ ("v1.1.0/"): every file again, at a path that never changes. */
const VERSION_FOLDER = releasePath(DATASET_VERSION).slice("/data/".length);

export const getStaticPaths = (async () =>
  (await siteDownloads()).flatMap((file) => [
    { params: { download: file.path }, props: { file } },
    ...(file.versioned ? [] : [{ params: { download: `${VERSION_FOLDER}${file.path}` }, props: { file } }]),
  ])) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: Download }> = ({ props: { file } }) => {
  const type = MEDIA_TYPES[file.format];
  // Response wants a view on a plain ArrayBuffer; file.bytes may sit on a Node Buffer's pool.
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": type.startsWith("text/") || type === "application/json" ? `${type}; charset=utf-8` : type,
    },
  });
};
