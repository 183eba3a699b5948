/**
 * The figures on /data/ equal the data: the counts computed from the records
 * agree with the rows of the published tables and with the parse reports;
 * the coverage matrix adds up to the same records.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { datasetCounts, formatSize } from "../../src/lib/downloads/counts.ts";
import { coverage, coverageKey } from "../../src/lib/site/coverage.ts";
import { datasetOf } from "../../src/lib/downloads/dataset.ts";
import { byPath, realData, realDownloads, text, withSynthetic } from "../helpers/downloads.ts";

describe("dataset counts", async () => {
  const downloads = await realDownloads();
  const dataset = datasetOf(realData());
  const counts = datasetCounts(dataset);
  const rows = (path: string) =>
    parse<Record<string, string>>(text(byPath(downloads, path)), { bom: true, columns: true });

  it("equal the rows of the published tables", () => {
    expect(counts.documents).toBe(rows("documents.csv").length);
    const projects = rows("projects.csv");
    expect(Object.values(counts.records).reduce((a, b) => a + b, 0)).toBe(projects.length);
    for (const [kind, n] of Object.entries(counts.records))
      expect(projects.filter((p) => p.kind === kind).length, kind).toBe(n);
    const indicators = rows("indicators.csv");
    expect(counts.indicators).toBe(indicators.length);
    for (const [kind, n] of Object.entries(counts.targets)) {
      const published =
        indicators.filter((i) => i.target_kind === kind).length +
        indicators.filter((i) => i.period_target_kind === kind).length;
      expect(published, kind).toBe(n);
    }
    expect(counts.budgetFigures).toBe(rows("budget_figures.csv").length);
    expect(counts.regions).toBe(new Set(rows("documents.csv").map((d) => d.admin_code)).size);
    expect(counts.years).toEqual([...new Set(rows("documents.csv").map((d) => Number(d.year)))].sort());
  });

  it("equal the parse reports", () => {
    const sum = (f: (r: (typeof dataset)[number]["report"]) => number) => dataset.reduce((n, d) => n + f(d.report), 0);
    expect(counts.indicators).toBe(sum((r) => r.indicators));
    expect(counts.flags).toBe(sum((r) => r.flags.length));
    for (const kind of Object.keys(counts.records) as (keyof typeof counts.records)[])
      expect(counts.records[kind]).toBe(sum((r) => r.records[kind] ?? 0));
    for (const kind of Object.keys(counts.targets) as (keyof typeof counts.targets)[])
      expect(counts.targets[kind]).toBe(sum((r) => r.targets[kind] ?? 0));
  });

  it("count budget figures cell by cell (synthetic document)", () => {
    expect(datasetCounts(withSynthetic()).budgetFigures).toBe(counts.budgetFigures + 4);
  });
});

describe("coverage", () => {
  it("places every record once, by region, year and kind, and counts the flagged ones", () => {
    const dataset = withSynthetic();
    const matrix = coverage(dataset);
    const counts = datasetCounts(dataset);
    const cells = matrix.rows.flatMap((row) => [...row.cells.values()]);
    expect(cells.reduce((n, c) => n + c.records, 0)).toBe(Object.values(counts.records).reduce((a, b) => a + b, 0));
    expect(cells.reduce((n, c) => n + c.indicators, 0)).toBe(counts.indicators);
    expect(cells.every((c) => c.flagged <= c.records)).toBe(true);
    expect(matrix.years).toEqual(counts.years);
    const guangdong = matrix.rows.find((r) => r.region.adminCode === "440000")!;
    expect(guangdong.cells.get(coverageKey(2099, "template"))).toEqual({
      documents: ["synthetic-2099"],
      records: 1,
      flagged: 1,
      indicators: 4,
      unparsed: 0,
    });
  });
});

describe("formatSize", () => {
  it("writes bytes, KB and MB with one decimal", () => {
    expect(formatSize(830)).toBe("830 B");
    expect(formatSize(1362)).toBe("1.3 KB");
    expect(formatSize(3 * 1024 * 1024)).toBe("3.0 MB");
  });
});
