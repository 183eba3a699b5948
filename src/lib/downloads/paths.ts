/** URLs of the data section, spelled once. */
export const DATA_PAGE = "/data/";

/** A page of the data section, written in src/content/docs/<slug>.md. */
export function docPath(slug: string): string {
  return `/data/${slug}/`;
}

/** A region's part of the quality report (/data/quality/ is the overview). */
export function qualityRegionPath(regionSlug: string): string {
  return `${docPath("quality")}${regionSlug}/`;
}

/** A published file; `path` as in the catalog ("indicators.csv", "sources/…"). */
export function downloadPath(path: string): string {
  return `/data/${path}`;
}
