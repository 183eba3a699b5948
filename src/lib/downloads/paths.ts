/** URLs of the data section, spelled once. */
export const DATA_PAGE = "/data/";

/** A page of the data section, written in src/content/docs/<slug>.md. */
export function docPath(slug: string): string {
  return `${DATA_PAGE}${slug}/`;
}

/** A region's part of the quality report (/data/quality/ is the overview). */
export function qualityRegionPath(regionSlug: string): string {
  return `${docPath("quality")}${regionSlug}/`;
}

/** A region's per-document files (its documents' JSON and sources): /data/ lists them by region, not one by one. */
export function regionFilesPath(regionSlug: string): string {
  return `${DATA_PAGE}files/${regionSlug}/`;
}

/** A published file; `path` as in the catalog ("indicators.csv", "sources/…"). */
export function downloadPath(path: string): string {
  return `${DATA_PAGE}${path}`;
}

/** The folder of one dataset version: every file of that version and its zip bundle. */
export function releasePath(version: string): string {
  return `${DATA_PAGE}v${version}/`;
}
