/**
 * Two builds of the same data give the same bytes, whatever the order of the
 * documents (the manifest's order, the file system's), so ids, joins and
 * published checksums stay valid from one build to the next. That normalizing
 * itself gives the same ids in any manifest order is data-contract.test.ts's.
 */
import { describe, expect, it } from "vitest";
import { buildDownloads } from "../../src/lib/downloads/catalog.ts";
import { realData, readSource } from "../helpers/downloads.ts";

describe("downloads are byte-stable", () => {
  it("gives identical files for two builds, and for the documents in reverse order", async () => {
    const data = realData();
    const first = await buildDownloads(data, readSource);
    // Across a second on the clock: zip entries in the workbook must not carry the build time.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const second = await buildDownloads(data, readSource);
    const reversed = await buildDownloads([...data].reverse(), readSource);
    const checksums = (files: typeof first) => files.map((f) => [f.path, f.sha256]);
    expect(checksums(second)).toEqual(checksums(first));
    expect(checksums(reversed)).toEqual(checksums(first));
    // Three whole builds (workbook, SQLite, the release zip) on shared cores.
  }, 180_000);
});

describe("ids", () => {
  it("are unique across the dataset, not only within a document (the SQLite keys need it)", () => {
    const all = realData().flatMap((d) => d.projects.flatMap((p) => [p.id, ...p.indicators.map((i) => i.id)]));
    expect(new Set(all).size).toBe(all.length);
  });
});
