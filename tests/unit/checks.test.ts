/**
 * The consistency checks every document goes through: on the real Changsha
 * disclosure (sums over units and the department, the rebuilt 501009 project,
 * weights, cost caps, units), on Qingdao and Tianjin records, and on small
 * invented records for each rule.
 */
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import type { BudgetTable, Document, Project } from "../../src/model/schema.ts";
import { runChecks } from "../../src/normalize/checks/index.ts";
import { buildIndicator } from "../../src/normalize/indicator.ts";
import { readPdfPages } from "../../src/normalize/readers/pdf-pages/reader.ts";
import { readSourceLines, sourcePath } from "../../src/normalize/pipeline.ts";
import { entry, normalized } from "../helpers/sources.ts";

function changsha() {
  const cs = entry("changsha-2023");
  const path = sourcePath(cs);
  const file = new VFile({ path });
  const lines = readSourceLines(file, readFileSync(path), cs);
  const read = readPdfPages({ file, lines, entry: cs });
  const document: Document = {
    id: cs.id,
    title: cs.title,
    publisher: cs.publisher,
    region: cs.region,
    year: cs.year,
    kind: cs.kind,
    reader: cs.reader,
    source: { file: path, sha256: cs.sha256, lines: lines.length },
    budgetTables: read.budgetTables ?? [],
  };
  return { document, projects: read.projects };
}

const cs = changsha();
const checked = runChecks(cs);
const flagsOf = (code: string) => checked.reportFlags.filter((f) => f.code === code);
const record = (name: string, kind: Project["kind"] = "project") =>
  checked.projects.find((p) => p.name === name && p.kind === kind)!;

describe("checks on Changsha 2023", () => {
  it("closes the 501009 gap with the rebuilt 评审室建设 record of 197", () => {
    const rebuilt = flagsOf("reconstructed");
    expect(rebuilt).toHaveLength(1);
    expect(rebuilt[0]!.detail).toBe(
      "unit 501009 长沙市企业服务中心: its project tables add up to 1,311.67, 项目支出 of the 部门整体 record states 1,508.67; “项目评审室建设” (197.00) closes the gap",
    );
    // Without the rebuilt record the gap is reported as it stands in the tables.
    const without = runChecks({ ...cs, projects: cs.projects.filter((p) => !p.flags.includes("reconstructed")) });
    expect(without.reportFlags.find((f) => f.detail.startsWith("unit 501009"))?.detail).toContain(
      "197.00 not accounted for",
    );
  });

  it("finds every unit's projects equal to its subtotal, and the department's figures in agreement but for the unit records", () => {
    expect(checked.reportFlags.filter((f) => f.detail.startsWith("unit 5010"))).toHaveLength(1); // the reconstructed one only
    const department = checked.reportFlags.filter((f) => f.recordId === "changsha-2023");
    expect(department).toHaveLength(1);
    expect(department[0]!.detail).toMatch(
      /^项目支出: 2,170\.30 in 7 places \(.*\), but 1,821\.25 in the sum of the 部门整体 records \(501002, 501006 print none\)$/u,
    );
    // The narrative's 9,266.22 = 7,095.92 + 2,170.30 is among the agreeing figures; total and 基本支出 agree everywhere.
    expect(department[0]!.detail).toContain("the narrative “纳入2023年部门整体支出绩效目标的金额” (line 142)");
  });

  it("explains the 501006 record whose 项目支出 is not printed", () => {
    const unit = record("长沙市制造业发展促进中心", "unit");
    expect(unit.flags).toContain("sumMismatch");
    expect(checked.reportFlags.find((f) => f.recordId === unit.id)?.detail).toBe(
      "expense split: basic 3,359.04 = 3,359.04, total 3,708.09; 项目支出 is not printed, and 3,708.09 − 3,359.04 = 349.05 is the subtotal row of 2023年项目支出绩效目标表 (line 516)",
    );
  });

  it("flags weights that do not add up to 90 or 100, and leaves complete tables alone", () => {
    expect(record("平台升级和运营项目评审室工作经费").flags).toContain("weightsIncomplete");
    expect(checked.reportFlags.find((f) => f.recordId === record("长沙市企业服务中心工作经费").id)?.detail).toBe(
      "weights add up to 56.00, not 90 or 100; 2 of 13 indicators print no weight",
    );
    for (const complete of [
      "工业和信息化工作经费",
      "派驻纪检监察组办公经费",
      "无线电管理经费",
      "项目前期工作经费",
      "长沙市制造业发展促进中心大院运行费",
    ]) {
      expect(record(complete).flags).not.toContain("weightsIncomplete");
    }
  });

  it("flags the radio station's cost caps above its budget (基本支出 ≤213 against 204.16)", () => {
    const station = record("长沙市无线电监测站", "unit");
    const cap = station.indicators.find((i) => i.source.line === 781)!;
    expect(cap.flags).toContain("costAboveBudget");
    expect(flagsOf("costAboveBudget").map((f) => f.detail)).toEqual([
      "基本支出 213 (213.00) > the 基本支出 budget 204.16",
      "项目支出 58 (58.00) > the 项目支出 budget 0.00",
      "cost lines add up to 271.00 > the budget 204.16",
    ]);
  });

  it("flags values whose unit contradicts the indicator name", () => {
    const lines = flagsOf("unitMismatch").map((f) => f.line);
    expect(lines).toEqual(expect.arrayContaining([540, 625, 714, 822]));
    expect(flagsOf("unitMismatch").find((f) => f.line === 540)?.detail).toBe(
      "宣传报道数量: 10 | 百分比 is percent, the name asks for count",
    );
  });

  it("is pure: the input records are not changed", () => {
    const before = JSON.stringify(cs.projects);
    runChecks(cs);
    expect(JSON.stringify(cs.projects)).toBe(before);
  });
});

describe("checks on the Word documents (Qingdao 2023, Tianjin 2024)", () => {
  const run = (id: string) => {
    const data = normalized(id);
    return runChecks({ document: data.document, projects: data.projects }).reportFlags;
  };

  it("Tianjin: the ≤95万元 cap of 无线电技术设施建设 above its budget of 49.00", () => {
    expect(
      run("tianjin-2024")
        .filter((f) => f.code === "costAboveBudget")
        .map((f) => [f.line, f.detail]),
    ).toEqual([[866, "系统建设费用 ≤95万元 (95.00) > the budget 49.00"]]);
  });

  it("Qingdao: cost caps equal to their budgets pass; three units contradict their names", () => {
    const flags = run("qingdao-2023");
    expect(flags.filter((f) => f.code === "costAboveBudget" || f.code === "budgetMismatch")).toEqual([]);
    expect(flags.filter((f) => f.code === "unitMismatch").map((f) => f.line)).toEqual([403, 730, 2930]);
  });
});

/* ---------- invented records, one rule each ---------- */

const ctx = { documentYear: 2024, tableUnit: "万元" };
const indicator = (recordId: string, index: number, level1: string, name: string, value: string, weight?: string) =>
  buildIndicator(
    recordId,
    index,
    { level1Raw: level1, level2Raw: null, name, value, weight: weight ?? null, lines: [10 + index, 10 + index] },
    ctx,
  );

function invented(id: string, budget: Project["budget"], rows: [string, string, string, string?][]): Project {
  return {
    id,
    documentId: "example",
    kind: "project",
    number: 1,
    name: id,
    code: null,
    unit: { code: "100001", name: "甲单位" },
    scope: null,
    budget,
    purpose: null,
    goals: [],
    spendingPlan: [],
    extra: [],
    emptyCategories: [],
    topics: [],
    flags: [],
    source: { file: "x.txt", lines: [10, 20] },
    indicators: rows.map(([level1, name, value, weight], i) => indicator(id, i, level1, name, value, weight)),
  };
}

const money = (total: number, fiscal?: number, other?: number): Project["budget"] => ({
  total,
  fiscal: fiscal ?? null,
  other: other ?? null,
  raw:
    fiscal === undefined
      ? { total: String(total) }
      : { total: String(total), fiscal: String(fiscal), other: other === undefined ? "" : String(other) },
});

const doc = (budgetTables: BudgetTable[] = []) => ({ id: "example", budgetTables }) as unknown as Document;

describe("each rule on invented records", () => {
  it("weights: 90 and 100 are complete, 85 is not", () => {
    const ninety = invented("p90", money(10), [
      ["产出指标", "a", "1次", "50"],
      ["效益指标", "b", "提升", "40"],
    ]);
    const short = invented("p85", money(10), [
      ["产出指标", "a", "1次", "50"],
      ["效益指标", "b", "提升", "35"],
    ]);
    const flags = runChecks({ document: doc(), projects: [ninety, short] }).reportFlags;
    expect(flags).toEqual([
      { code: "weightsIncomplete", recordId: "p85", line: 10, detail: "weights add up to 85.00, not 90 or 100" },
    ]);
  });

  it("costs: a cap above the budget, costs that add up above it; a cap equal to it passes", () => {
    const over = invented("over", money(49), [["成本指标", "系统建设费用", "≤95万元"]]);
    const sum = invented("sum", money(100), [
      ["成本指标", "a", "≤60万元"],
      ["成本指标", "b", "≤50万元"],
    ]);
    const equal = invented("equal", money(170), [["成本指标", "总成本", "≤170万元"]]);
    const flags = runChecks({ document: doc(), projects: [over, sum, equal] }).reportFlags;
    expect(flags.map((f) => [f.code, f.recordId])).toEqual([
      ["costAboveBudget", "over-i01"],
      ["costAboveBudget", "sum"],
    ]);
  });

  it("units: a count in %, a rate in 个, a cost in %; a percentage above 100 is the grammar's flag", () => {
    const p = invented("u", money(10), [
      ["产出指标", "实物储备企业数量", "≥70%"],
      ["产出指标", "验收通过率", "1个"],
      ["成本指标", "投入资金", "100%"],
      ["效益指标", "增长率", "120%"],
    ]);
    const result = runChecks({ document: doc(), projects: [p] });
    expect(result.reportFlags.map((f) => [f.code, f.recordId])).toEqual([
      ["unitMismatch", "u-i01"],
      ["unitMismatch", "u-i02"],
      ["unitMismatch", "u-i03"],
    ]);
    expect(result.projects[0]!.indicators[0]!.flags).toContain("unitMismatch");
    expect(p.indicators[3]!.target?.flags).toContain("percentOver100");
  });

  it("budgets: 预算数 ≠ 财政资金 + 其他资金 where both are printed", () => {
    const off = invented("off", money(100, 80, 10), []);
    const fine = invented("fine", money(100, 100), []);
    const flags = runChecks({ document: doc(), projects: [off, fine] }).reportFlags;
    expect(flags).toEqual([
      { code: "budgetMismatch", recordId: "off", line: 10, detail: "预算数 100.00 ≠ 财政资金 80.00 + 其他资金 10.00" },
    ]);
    expect(runChecks({ document: doc(), projects: [off] }).projects[0]!.flags).toEqual(["budgetMismatch"]);
  });

  it("statements and department figures: parts that do not add up, figures that disagree", () => {
    const statement: BudgetTable = {
      kind: "statement",
      title: "本部门支出预算",
      unit: "万元",
      columns: ["金额"],
      rows: [
        { code: null, name: "本部门支出预算", values: [500], raw: ["500"], line: 3 },
        { code: null, name: "基本支出", values: [300], raw: ["300"], line: 3 },
        { code: null, name: "项目支出", values: [150], raw: ["150"], line: 3 },
      ],
      source: { lines: [3, 3] },
    };
    const projects = [invented("a", money(200), [])];
    const flags = runChecks({ document: doc([statement]), projects }).reportFlags.map((f) => f.detail);
    expect(flags).toEqual([
      "项目支出: 150.00 in the narrative “本部门支出预算” (line 3), but 200.00 in the sum of the project records",
      "the narrative “本部门支出预算”: 500.00 ≠ 基本支出 300.00 + 项目支出 150.00",
      "“本部门支出预算” 500.00: its parts (基本支出、项目支出) add up to 450.00",
    ]);
  });
});
