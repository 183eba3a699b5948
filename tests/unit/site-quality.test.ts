import { describe, expect, it } from "vitest";
import { readDocuments } from "../../src/lib/data.ts";
import { coverage, coverageKey } from "../../src/lib/site/coverage.ts";
import { datasetOf } from "../../src/lib/downloads/dataset.ts";
import { groupByRegion } from "../../src/lib/site/regions.ts";
import {
  coverageByYear,
  coverageFigures,
  documentQualities,
  flagCounts,
  recordCount,
  sumReports,
} from "../../src/lib/site/quality.ts";
import { report as reportSchema, type Document, type Report } from "../../src/model/schema.ts";
import { makeIndicator, makeProject } from "./site-fixtures.ts";

const data = readDocuments();
const reports = new Map(data.map((d) => [d.document.id, d.report]));
const documents = data.map((d) => d.document);
const projects = data.flatMap((d) => d.projects);

function makeReport(documentId: string, overrides: Partial<Report> = {}): Report {
  return reportSchema.parse({
    documentId,
    file: `content/sources/${documentId}.txt`,
    lines: { total: 10, record: 6, structure: 2, blank: 1, skipped: 1 },
    repairedLines: 1,
    tables: 1,
    records: { project: 2 },
    indicators: 5,
    emptyCategories: 0,
    targets: { quantity: 4, unparsed: 1 },
    skipped: [],
    flags: [],
    ...overrides,
  });
}

describe("flagCounts", () => {
  it("counts each code and lists the codes in the vocabulary's order", () => {
    const flags = (["rowShifted", "bareWan", "rowShifted", "cellJoined"] as const).map((code) => ({ code }));
    expect(flagCounts(flags)).toEqual([
      { code: "bareWan", count: 1 },
      { code: "cellJoined", count: 1 },
      { code: "rowShifted", count: 2 },
    ]);
  });

  it("counts every flag of the real data once", () => {
    const flags = data.flatMap((d) => d.report.flags);
    expect(flagCounts(flags).reduce((n, c) => n + c.count, 0)).toBe(flags.length);
  });
});

describe("sumReports", () => {
  it("adds every count, and kinds by key, leaving out kinds no report has", () => {
    const a = makeReport("a-2023");
    const b = makeReport("b-2023", {
      lines: { total: 5, record: 3, structure: 1, blank: 1, skipped: 0 },
      records: { project: 1, unit: 1 },
      targets: { quantity: 2, deadline: 1 },
      repairedLines: 0,
      emptyCategories: 2,
    });
    expect(sumReports([a, b])).toEqual({
      lines: { total: 15, record: 9, structure: 3, blank: 2, skipped: 1 },
      repairedLines: 1,
      tables: 2,
      records: { project: 3, unit: 1 },
      indicators: 10,
      emptyCategories: 2,
      targets: { quantity: 6, unparsed: 1, deadline: 1 },
    });
  });

  it("of one report is that report's counts", () => {
    const { documentId, file, skipped, flags, ...counts } = data[0]!.report;
    expect(sumReports([data[0]!.report])).toEqual(counts);
  });

  it("over the real data equals what the documents and records hold", () => {
    const total = sumReports(data.map((d) => d.report));
    const indicators = projects.flatMap((p) => p.indicators);
    const targets = indicators.flatMap((i) => [i.target, i.periodTarget].filter((t) => t !== null && t !== undefined));
    expect(total.lines.total).toBe(documents.reduce((n, d) => n + d.source.lines, 0));
    expect(total.lines.record + total.lines.structure + total.lines.blank + total.lines.skipped).toBe(
      total.lines.total,
    );
    expect(recordCount(total)).toBe(projects.length);
    expect(total.indicators).toBe(indicators.length);
    expect(Object.values(total.targets).reduce((n, c) => n + (c ?? 0), 0)).toBe(targets.length);
    expect(total.targets.unparsed ?? 0).toBe(targets.filter((t) => t.kind === "unparsed").length);
  });
});

describe("documentQualities", () => {
  const doc = (id: string) => ({ id }) as Document;

  it("pairs each document with its report and its records no topic rule caught", () => {
    const caught = makeProject({ id: "a-2023-1", documentId: "a-2023", topics: ["radio"] });
    const missed = makeProject({ id: "a-2023-2", documentId: "a-2023", topics: [], indicators: [makeIndicator()] });
    const elsewhere = makeProject({ id: "b-2023-1", documentId: "b-2023", topics: [] });
    const rows = documentQualities([doc("a-2023")], new Map([["a-2023", makeReport("a-2023")]]), [
      caught,
      missed,
      elsewhere,
    ]);
    expect(rows.map((r) => [r.document.id, r.report.documentId, r.untopical.map((p) => p.id)])).toEqual([
      ["a-2023", "a-2023", ["a-2023-2"]],
    ]);
  });

  it("refuses a document without a report", () => {
    expect(() => documentQualities([doc("a-2023")], new Map(), [])).toThrow(/no parse report/);
  });

  it("over the regions of the real data covers every document and untopical record once", () => {
    const regions = groupByRegion(documents, projects);
    const rows = regions.flatMap((r) => documentQualities(r.documents, reports, r.projects));
    expect(rows.map((r) => r.document.id).sort()).toEqual(documents.map((d) => d.id).sort());
    expect(rows.flatMap((r) => r.untopical.map((p) => p.id)).sort()).toEqual(
      projects
        .filter((p) => p.topics.length === 0)
        .map((p) => p.id)
        .sort(),
    );
  });
});

describe("coverageFigures", () => {
  it("counts regions, years, the region-years with data and the flagged records", () => {
    const matrix = coverage(datasetOf(data));
    const figures = coverageFigures(matrix);
    expect(figures.regions).toBe(new Set(documents.map((d) => d.region.adminCode)).size);
    expect(figures.years).toBe(new Set(documents.map((d) => d.year)).size);
    expect(figures.regionYears).toBe(new Set(documents.map((d) => `${d.region.adminCode}:${d.year}`)).size);
    const flagged = projects.filter(
      (p) =>
        p.flags.length > 0 ||
        p.indicators.some(
          (i) => i.flags.length > 0 || (i.target?.flags.length ?? 0) > 0 || (i.periodTarget?.flags.length ?? 0) > 0,
        ),
    );
    expect(figures.flaggedRecords).toBe(flagged.length);
  });
});

describe("coverageByYear", () => {
  const matrix = coverage(datasetOf(data));

  it("has one entry per year of the table, null where the region has no data", () => {
    for (const row of matrix.rows) {
      const years = coverageByYear(matrix, row);
      expect(years).toHaveLength(matrix.years.length);
      const withData = matrix.years.filter((_, i) => years[i] !== null);
      expect(withData).toEqual(
        [...new Set(documents.filter((d) => d.region.adminCode === row.region.adminCode).map((d) => d.year))].sort(),
      );
    }
  });

  it("adds each region-year's kinds of table: every record, document and unread indicator once", () => {
    const cells = matrix.rows.flatMap((row) => coverageByYear(matrix, row)).filter((c) => c !== null);
    const indicators = projects.flatMap((p) => p.indicators);
    expect(cells.reduce((n, c) => n + c.records, 0)).toBe(projects.length);
    expect(cells.reduce((n, c) => n + c.documents, 0)).toBe(documents.length);
    expect(cells.reduce((n, c) => n + c.unparsed, 0)).toBe(
      indicators.filter((i) => [i.target, i.periodTarget].some((t) => t?.kind === "unparsed")).length,
    );
  });

  it("counts a document once in a year where it has records of several kinds", () => {
    const changsha = matrix.rows.find((r) => r.region.adminCode === "430100")!;
    const year = matrix.years.indexOf(2023);
    expect(matrix.kinds.filter((kind) => changsha.cells.has(coverageKey(2023, kind))).length).toBeGreaterThan(1);
    expect(coverageByYear(matrix, changsha)[year]!.documents).toBe(1);
  });
});
