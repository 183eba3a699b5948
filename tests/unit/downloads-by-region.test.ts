/**
 * /data/ lists each document's own files by region: every such file under
 * the region of its document, once, and nothing else.
 */
import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { filesByRegion } from "../../src/lib/downloads/by-region.ts";
import { download } from "../../src/lib/downloads/download.ts";
import { groupByRegion } from "../../src/lib/site/regions.ts";
import { realData, realDownloads } from "../helpers/downloads.ts";

describe("per-document files by region", async () => {
  const downloads = await realDownloads();
  const data = realData();
  const regions = groupByRegion(
    data.map((d) => d.document),
    data.flatMap((d) => d.projects),
  );
  const regionOf = (documentId: string) => regions.find((r) => r.documents.some((d) => d.id === documentId))!;
  const grouped = filesByRegion(downloads, regions, regionOf);

  it("puts each document's JSON and source under its region, once", () => {
    const listed = grouped.flatMap((g) => g.files.map((f) => `${g.region.slug} ${f.path}`)).sort();
    const expected = data
      .flatMap(({ document }) => {
        const slug = regionOf(document.id).slug;
        return [`${slug} documents/${document.id}.json`, `${slug} sources/${basename(document.source.file)}`];
      })
      .sort();
    expect(listed).toEqual(expected);
  });

  it("keeps the files of the whole dataset off the region lists", () => {
    const listed = new Set(grouped.flatMap((g) => g.files.map((f) => f.path)));
    for (const path of ["targets.json", "indicators.csv", "datapackage.json", "targets.xlsx"])
      expect(listed.has(path), path).toBe(false);
  });

  it("sums each region's bytes", () => {
    for (const g of grouped) expect(g.bytes).toBe(g.files.reduce((n, f) => n + f.bytes.length, 0));
    expect(grouped.reduce((n, g) => n + g.bytes, 0)).toBe(
      downloads.filter((d) => d.documentId).reduce((n, d) => n + d.bytes.length, 0),
    );
  });

  it("refuses a file whose document belongs to no listed region", () => {
    const stray = download({
      path: "documents/x.json",
      name: "document-x",
      group: "documents",
      title: { zh: "x", en: "x" },
      format: "json",
      bytes: new Uint8Array([1]),
      documentId: "x",
    });
    expect(() => filesByRegion([stray], regions.slice(1), () => regions[0]!)).toThrow(/documents\/x\.json/u);
  });
});
