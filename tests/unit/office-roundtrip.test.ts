/**
 * Office files made by LibreOffice from our text sources (tests/fixtures/office/,
 * make-fixtures.sh) read into the same records, indicators, values and budgets
 * as the text export they were made from; only provenance (lines, places) differs.
 */
import { describe, expect, it } from "vitest";
import type { SourceFormat } from "../../src/model/grid.ts";
import { normalizedFixture, withoutProvenance } from "../helpers/office.ts";
import { normalized } from "../helpers/sources.ts";

const CASES: { id: string; file: string; format: SourceFormat; projects: number; place: RegExp }[] = [
  {
    id: "qingdao-2023",
    file: "qingdao-2023.docx",
    format: "docx",
    projects: 21,
    place: /"table":\d+,"row":\d+,"cell":\d+/u,
  },
  {
    id: "tianjin-2024",
    file: "tianjin-2024-sheets.xlsx",
    format: "xlsx",
    projects: 6,
    place: /"sheet":"项目\d+","a1":"[A-Z]+\d+"/u,
  },
  {
    id: "tianjin-2024",
    file: "tianjin-2024-stacked.xlsx",
    format: "xlsx",
    projects: 6,
    place: /"sheet":"全部项目","a1":"[A-Z]+\d+"/u,
  },
];

describe("office fixtures read like their text sources", () => {
  for (const c of CASES) {
    it(`${c.file} → ${c.projects} records equal to ${c.id}'s`, async () => {
      const got = await normalizedFixture(c.id, c.file, c.format);
      const want = normalized(c.id).projects.slice(0, c.projects);
      expect(got.projects).toHaveLength(c.projects);
      expect(got.document.format).toBe(c.format);
      got.projects.forEach((p, i) => expect(withoutProvenance(p), p.name).toEqual(withoutProvenance(want[i]!)));
      // Every indicator points back to its place in the office file.
      for (const p of got.projects) {
        expect(p.source.place, p.name).toBeDefined();
        for (const i of p.indicators) expect(JSON.stringify(i.source.place), i.id).toMatch(c.place);
      }
    }, 60_000);
  }
});

describe("PDF fixtures (cells rebuilt from positions and ruling lines)", () => {
  it("qingdao-2023.pdf (LibreOffice: tables and rows split across pages, no repeated header) → 21 records equal to the text source", async () => {
    const got = await normalizedFixture("qingdao-2023", "qingdao-2023.pdf", "pdf");
    const want = normalized("qingdao-2023").projects;
    expect(got.projects.map((p) => p.id)).toEqual(want.map((p) => p.id));
    // Every record, indicator, value and budget as in the text source: a wrong or missing number is the worst bug.
    got.projects.forEach((p, i) => expect(withoutProvenance(p), p.name).toEqual(withoutProvenance(want[i]!)));
    for (const i of got.projects.flatMap((p) => p.indicators)) expect(i.source.place?.page, i.id).toBeGreaterThan(0);
  }, 180_000);
});

describe("text-layer hazards", () => {
  it("qingdao-2023-kangxi.pdf: Kangxi radicals in the text layer fold back (3 records equal, fold counted)", async () => {
    const { extractPdf } = await import("../../src/normalize/extract/pdf.ts");
    const { readFileSync } = await import("node:fs");
    const grid = await extractPdf(readFileSync("tests/fixtures/office/qingdao-2023-kangxi.pdf"));
    expect(grid.notes.find((n) => n.reason.startsWith("Kangxi"))?.text).toMatch(/^\d+$/u);
    const got = await normalizedFixture("qingdao-2023", "qingdao-2023-kangxi.pdf", "pdf");
    const want = normalized("qingdao-2023").projects.slice(0, 3);
    got.projects.forEach((p, i) => expect(withoutProvenance(p), p.name).toEqual(withoutProvenance(want[i]!)));
  }, 120_000);

  it("foldStandIns: Kangxi radicals, radical supplement and compatibility ideographs, counted", async () => {
    const { foldStandIns } = await import("../../src/normalize/extract/hazards.ts");
    const count = { n: 0 };
    expect(foldStandIns("⼀级指标 ⻓度 ⼤于 ≤170 万", count)).toBe("一级指标 长度 大于 ≤170 万");
    expect(count.n).toBe(3);
  });
});
