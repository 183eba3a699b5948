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

describe("Changsha's target tables as a landscape PDF (pdf-pages family)", () => {
  // changsha-2023.pdf: the disclosure's 项目支出 and 部门整体支出 target tables (LibreOffice, A4 landscape, 45 pages),
  // merged unit/project cells, 绩效指标 spanning its sub-columns, tables running on over pages with no repeated header.
  // Exact today: these 7 records. The others differ because the fixture leaves out the narrative and budget tables
  // the reader rebuilds 项目评审室建设 from (its rows then go to the project before it, and the numbers shift), and
  // 长沙市制造业发展促进中心业务工作项目经费 / 长沙市制造业发展促进中心 read two indicator rows more (not yet understood).
  const EXACT = [
    "工业和信息化工作经费",
    "派驻纪检监察组办公经费",
    "无线电管理经费",
    "项目前期工作经费",
    "长沙市制造业发展促进中心大院运行费",
    "长沙市企业服务中心工作经费",
    "离退休人员工作经费",
  ];
  it("changsha-2023.pdf → the text source's records: 7 equal on the model, every one with its id, pages placed", async () => {
    const got = await normalizedFixture("changsha-2023", "changsha-2023.pdf", "pdf");
    const want = normalized("changsha-2023").projects;
    const byId = new Map(want.map((p) => [p.id, p]));
    expect(got.projects.map((p) => p.name)).toEqual(want.map((p) => p.name).filter((n) => n !== "项目评审室建设"));
    for (const p of got.projects) expect(byId.has(p.id), p.name).toBe(true);
    const equal = got.projects.filter(
      (p) => JSON.stringify(withoutProvenance(p)) === JSON.stringify(withoutProvenance(byId.get(p.id)!)),
    );
    expect(equal.map((p) => p.name)).toEqual(EXACT);
    for (const i of got.projects.flatMap((p) => p.indicators)) expect(i.source.place?.page, i.id).toBeGreaterThan(0);
  }, 180_000);

  it("landscape pages: rows rebuilt from positions on A4 landscape", async () => {
    const { extractPdf } = await import("../../src/normalize/extract/pdf.ts");
    const { readFileSync } = await import("node:fs");
    const grid = await extractPdf(readFileSync("tests/fixtures/office/changsha-2023.pdf"));
    const tables = grid.blocks.filter((b) => b.type === "table");
    // 14 columns across the landscape page, the header's 绩效指标 spanning the nine indicator columns.
    expect(tables[0]!.cols).toBe(14);
    const header = tables[0]!.rows[0]!.cells.find((c) => c.text === "绩效指标");
    expect(header?.colSpan).toBe(10);
    expect(tables[0]!.rows[0]!.cells.find((c) => c.text === "单位编码")?.rowSpan).toBe(2);
  }, 60_000);
});
