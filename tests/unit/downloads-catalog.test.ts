/**
 * The catalog: every file once, each checksum the SHA-256 of its bytes, the
 * sources served byte for byte and refused when they differ from the
 * manifest, and every flag of the quality report linked to its record.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildDownloads } from "../../src/lib/downloads/catalog.ts";
import { sourceFiles } from "../../src/lib/downloads/sources.ts";
import { datasetOf } from "../../src/lib/downloads/dataset.ts";
import { withFixedTimes } from "../../src/lib/downloads/zip-times.ts";
import { recordLinks } from "../../src/lib/site/quality.ts";
import { byPath, realData, realDownloads, readSource } from "../helpers/downloads.ts";
import { manifestEntries } from "../helpers/sources.ts";

describe("catalog", async () => {
  const downloads = await realDownloads();

  it("lists each path and resource name once", () => {
    expect(new Set(downloads.map((d) => d.path)).size).toBe(downloads.length);
    expect(new Set(downloads.map((d) => d.name)).size).toBe(downloads.length);
  });

  it("gives each file the SHA-256 of its bytes", () => {
    for (const d of downloads) expect(d.sha256, d.path).toBe(createHash("sha256").update(d.bytes).digest("hex"));
  });

  it("has targets.json, the tables, the workbook, SQLite, schemas, one JSON and one source per document", () => {
    const data = realData();
    const paths = downloads.map((d) => d.path);
    for (const path of [
      "targets.json",
      "targets.schema.json",
      "datapackage.json",
      "documents.csv",
      "projects.csv",
      "indicators.csv",
      "budget_figures.csv",
      "targets.xlsx",
      "targets.sqlite",
    ]) {
      expect(paths).toContain(path);
    }
    for (const { document } of data) {
      expect(paths).toContain(`documents/${document.id}.json`);
      expect(paths).toContain(`sources/${document.source.file.split("/").pop()}`);
    }
  });
});

describe("sources", () => {
  it("are served byte for byte, with the manifest's SHA-256", async () => {
    const downloads = await realDownloads();
    const manifest = new Map(manifestEntries().map((e) => [e.id, e.sha256]));
    for (const { document } of realData()) {
      expect(document.source.sha256).toBe(manifest.get(document.id));
      const served = byPath(downloads, `sources/${document.source.file.split("/").pop()}`);
      expect(Buffer.from(served.bytes).equals(readFileSync(document.source.file))).toBe(true);
      expect(served.sha256).toBe(document.source.sha256);
    }
  });

  it("are refused, and the build with them, when the bytes differ from the manifest", async () => {
    const tampered = (path: string) => Buffer.concat([readSource(path), Buffer.from("\n")]);
    expect(() => sourceFiles(datasetOf(realData()), tampered)).toThrow(/refusing to publish/);
    await expect(buildDownloads(realData(), tampered)).rejects.toThrow(/refusing to publish/);
  });
});

describe("withFixedTimes", () => {
  it("refuses bytes that are not a zip", () => {
    expect(() => withFixedTimes(new Uint8Array(64))).toThrow(/zip/);
  });
});

describe("quality report links", () => {
  it("lead every flag of every report to its record or indicator", () => {
    for (const { document, projects, report } of realData()) {
      const link = recordLinks(projects, document.id);
      const dead = report.flags.filter((f) => link(f.recordId) === null).map((f) => `${f.code} ${f.recordId}`);
      expect(dead, document.id).toEqual([]);
    }
  });
});
