/**
 * The per-document files (each document's JSON and source) grouped by
 * region. /data/ lists one row per region and each region's page lists its
 * files: listed one by one on /data/, they made it the largest page of the
 * site at ×100 (771 KB, npm run bench).
 */
import type { Download } from "./download.ts";

export type RegionFiles<R> = {
  region: R;
  /** In catalog order: the documents' JSON, then their sources. */
  files: Download[];
  bytes: number;
};

/**
 * Every download that belongs to one document, under its region, regions in
 * the order given; a file whose document has no region is an error, not a
 * file left out.
 */
export function filesByRegion<R>(
  downloads: readonly Download[],
  regions: readonly R[],
  regionOf: (documentId: string) => R,
): RegionFiles<R>[] {
  const byRegion = new Map<R, Download[]>(regions.map((region) => [region, []]));
  for (const file of downloads) {
    if (file.documentId === undefined) continue;
    const list = byRegion.get(regionOf(file.documentId));
    if (!list) throw new Error(`${file.path}: its document ${file.documentId} belongs to no listed region`);
    list.push(file);
  }
  return [...byRegion]
    .filter(([, files]) => files.length > 0)
    .map(([region, files]) => ({ region, files, bytes: files.reduce((n, f) => n + f.bytes.length, 0) }));
}
