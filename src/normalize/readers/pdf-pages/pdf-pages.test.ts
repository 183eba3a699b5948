/**
 * The page-split PDF reader (pdf-pages) on the real Changsha 2023 disclosure:
 * stitching over pages, cells placed by meaning, empty categories, unit
 * records, the rebuilt 501009 project, page-bottom rows, budget tables and the
 * line ledger.
 */
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { budgetTable, project, type Indicator, type Project } from "../../../model/schema.ts";
import { readPdfPages } from "./reader.ts";
import { readSourceLines } from "../../pipeline.ts";
import { entry } from "../../../../tests/helpers/sources.ts";

const PATH = "content/sources/changsha-2023-gongxinju-department-budget.txt";

function read() {
  const cs = entry("changsha-2023");
  const file = new VFile({ path: PATH });
  const lines = readSourceLines(file, readFileSync(PATH), cs);
  return { file, lines, ...readPdfPages({ file, lines, entry: cs }) };
}

const cs = read();
const named = (name: string, kind: Project["kind"] = "project") =>
  cs.projects.find((p) => p.name === name && p.kind === kind)!;
const unit = (code: string) => cs.projects.find((p) => p.kind === "unit" && p.unit?.code === code)!;
const atLine = (line: number): Indicator =>
  cs.projects.flatMap((p) => p.indicators).find((i) => i.source.line === line)!;
const round = (n: number) => Math.round(n * 100) / 100;

describe("Changsha 2023: records", () => {
  it("reads 10 project tables, rebuilds one project and reads 4 unit records, numbered in document order", () => {
    expect(cs.projects.filter((p) => p.kind === "project").map((p) => p.name)).toEqual([
      "工业和信息化工作经费",
      "派驻纪检监察组办公经费",
      "无线电管理经费",
      "项目前期工作经费",
      "长沙市制造业发展促进中心大院运行费",
      "长沙市制造业发展促进中心业务工作项目经费",
      "长沙市企业服务中心工作经费",
      "离退休人员工作经费",
      "平台升级和运营项目评审室工作经费",
      "项目评审室建设",
      "中小企业服务专项经费",
    ]);
    expect(cs.projects.filter((p) => p.kind === "unit").map((p) => p.unit)).toEqual([
      { code: "501001", name: "长沙市工业和信息化局" },
      { code: "501002", name: "长沙市无线电监测站" },
      { code: "501006", name: "长沙市制造业发展促进中心" },
      { code: "501009", name: "长沙市企业服务中心" },
    ]);
    expect(cs.projects.map((p) => p.number)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(cs.tables).toBe(2);
  });

  it("counts 172 indicators and 35 empty categories, and every record fits the model", () => {
    expect(cs.projects.reduce((n, p) => n + p.indicators.length, 0)).toBe(172);
    expect(cs.projects.reduce((n, p) => n + p.emptyCategories.length, 0)).toBe(35);
    for (const p of cs.projects) expect(project.safeParse(p).success).toBe(true);
  });

  it("continues a project on the next page, where its head row is printed again", () => {
    const p = named("工业和信息化工作经费");
    expect(p.source).toEqual({ file: PATH, lines: [388, 417] });
    expect(p.indicators).toHaveLength(15);
    expect(p.indicators.map((i) => i.source.line)).toContain(396);
    expect(p.indicators.map((i) => i.source.line)).toContain(407);
    expect(p.budget).toEqual({ total: 151.95, fiscal: null, other: null, raw: { total: "151.95" } });
    expect(cs.projects.filter((q) => q.name === "工业和信息化工作经费")).toHaveLength(1);
  });

  it("opens a project mid-page from a head whose unit-code cell is empty, in the unit in force", () => {
    expect(named("无线电管理经费").unit).toEqual({ code: "501001", name: "长沙市工业和信息化局" });
    expect(named("无线电管理经费").source.lines).toEqual([450, 476]);
    // Line 603 prints the head three cells to the right.
    const retired = named("离退休人员工作经费");
    expect([retired.unit?.code, retired.budget?.total, retired.source.lines[0]]).toEqual(["501009", 17.67, 603]);
  });

  it("places the cells of a row shifted left by their meaning (line 476: 满意度指标 in the name column)", () => {
    const i = atLine(476);
    expect([i.level1, i.level2, i.name, i.description, i.weight]).toEqual([
      "满意度指标",
      "服务对象满意度指标",
      "服务对象满意度",
      "服务对象满意度",
      { raw: "10", value: 10 },
    ]);
    expect(i.target?.cells).toEqual({ value: "95", unit: "%", valueType: "≥" });
    expect(named("无线电管理经费").indicators).toContain(i);
  });

  it("skips an extra empty cell by meaning and flags the row (line 553)", () => {
    const i = atLine(553);
    expect([i.name, i.description, i.target?.cells]).toEqual([
      "是否配合上级主管部门交办的临时任务",
      "反映是否完成处级交办的临时性任务。",
      { value: "是", unit: "无", valueType: "定性" },
    ]);
    expect(i.flags).toContain("rowShifted");
  });

  it("splits a name printed with its value (评审工作会议次数 4) and takes the weight from the shifted last cell", () => {
    const i = atLine(396);
    expect([i.name, i.target?.raw, i.target?.cells, i.weight?.value]).toEqual([
      "评审工作会议次数",
      "4",
      { value: "4", unit: "次", valueType: "≥" },
      4,
    ]);
    expect(i.flags).toEqual(expect.arrayContaining(["cellSplit", "rowShifted"]));
    expect(atLine(501).name).toBe("开展法律服务次数");
  });

  it("keeps a value printed with its unit in one cell, and a row with no name as nameless (line 760: ≥ | 20次)", () => {
    const i = atLine(760);
    expect([i.name, i.description, i.target?.cells]).toEqual([null, "反映保障次数", { value: "20次", valueType: "≥" }]);
    expect(i.flags).toContain("nameMissing");
    // The department table reads type, value, unit in that order.
    expect(atLine(733).target?.cells).toEqual({ value: "500", unit: "人次", valueType: "≥" });
  });

  it("records a category row without an indicator as an empty category, a row of “/” included", () => {
    expect(named("工业和信息化工作经费").emptyCategories).toContainEqual({
      level1: "成本指标",
      level2: "社会成本指标",
      raw: "社会成本指标",
      line: 389,
    });
    // 社会成本指 标: the word broken by the extraction is joined.
    expect(named("派驻纪检监察组办公经费").emptyCategories).toContainEqual({
      level1: "成本指标",
      level2: "社会成本指标",
      raw: "社会成本指标",
      line: 438,
    });
    const sme = named("中小企业服务专项经费");
    expect(sme.emptyCategories.map((e) => [e.line, e.level2])).toEqual([
      [713, "生态效益指标"],
      [715, "社会成本指标"],
      [716, "生态环境成本指标"],
    ]);
    expect(sme.indicators.map((i) => i.source.line)).not.toContain(713);
  });

  it("joins words broken by the extraction and carries level labels by vocabulary", () => {
    expect(atLine(607).name).toBe("配偶、父母、配偶父母及子女去世慰问");
    expect(atLine(607).flags).toContain("cellJoined");
    expect([atLine(480).level1Raw, atLine(480).level2Raw]).toEqual(["效益指标", "社会效益指标"]);
    // 时效指标 printed alone after a 效益 group: its level-1 was not printed on the page.
    expect([atLine(492).level1, atLine(492).level1Raw, atLine(492).level2]).toEqual(["产出指标", null, "时效指标"]);
  });

  it("keeps split cells verbatim, contradictions flagged by the target grammar", () => {
    expect(atLine(518).target?.cells).toEqual({ value: "49.05万", unit: "%", valueType: "≤" });
    expect(atLine(518).target?.flags).toContain("cellConflict");
    expect(atLine(831).target?.cells).toEqual({ value: "100", unit: "5", valueType: "=" });
    expect(atLine(388).target).toMatchObject({ raw: "151.95", kind: "quantity", op: "<=", value: 151.95 });
  });

  it("reads a unit record's budget split by meaning, a missing 项目支出 left null", () => {
    expect(unit("501001").budget).toEqual({
      total: 2841.19,
      fiscal: null,
      other: null,
      generalPublic: 2841.19,
      governmentFund: null,
      specialAccount: null,
      basic: 2528.61,
      project: 312.58,
      raw: { total: "2,841.19", generalPublic: "2,841.19", basic: "2,528.61", project: "312.58" },
    });
    expect(unit("501006").budget).toMatchObject({ total: 3708.09, basic: 3359.04, project: null });
    expect(unit("501009").budget).toMatchObject({ total: 2512.78, basic: 1004.11, project: 1508.67 });
  });

  it("splits numbered goals, numbering kept, stray markup removed", () => {
    expect(named("工业和信息化工作经费").goals).toHaveLength(3);
    expect(named("工业和信息化工作经费").goals[0]).toBe(
      "1. 以服务园区、服务企业、服务项目为切入点，做好园区总体发展规划编制；",
    );
    expect(unit("501002").goals).toHaveLength(7);
    expect(unit("501002").goals[6]).toBe("（七）完成国家和省无线电管理机构下达的各项工作任务。");
    expect(JSON.stringify(cs.projects)).not.toContain("<p>");
    expect(cs.ledger.repaired.has(777)).toBe(true);
  });
});

describe("Changsha 2023: rows printed apart from their table", () => {
  it("rebuilds the 501009 project whose table is missing from its narrative name, its amount and its cost row", () => {
    const p = named("项目评审室建设");
    expect([p.unit?.code, p.budget?.total, p.budget?.raw, p.flags, p.source.lines]).toEqual([
      "501009",
      197,
      { total: "197" },
      ["reconstructed"],
      [676, 676],
    ]);
    expect(p.indicators.map((i) => [i.name, i.target?.cells, i.flags.includes("displacedRow")])).toEqual([
      ["评审室建设", { value: "197", unit: "万元", valueType: "≤" }, true],
    ]);
    // Not glued to the project printed above it.
    expect(named("平台升级和运营项目评审室工作经费").indicators.map((i) => i.source.line)).not.toContain(676);
  });

  it("attaches a page-bottom row only where one record can own it", () => {
    // 718/721 print the department table's column order (type before value): its first unit.
    expect(
      unit("501001")
        .indicators.slice(0, 2)
        .map((i) => [i.source.line, i.name, i.target?.cells, i.flags.includes("displacedRow")]),
    ).toEqual([
      [718, "党建活动次数", { value: "4次", valueType: "≥" }, true],
      [721, "应急事件是否积极响应", { value: "是", unit: "-", valueType: "定性" }, true],
    ]);
    // 834 follows the last record of the document.
    expect(unit("501009").indicators.at(-1)?.source.line).toBe(834);
    // Between two records: left in the report with the reason.
    for (const line of [566, 673, 809]) {
      expect(cs.ledger.entries[line - 1]).toEqual({
        use: "skipped",
        reason: expect.stringContaining("no single record can own it"),
      });
    }
    expect(cs.ledger.entries[565]?.reason).toContain(
      "between “长沙市制造业发展促进中心业务工作项目经费” and “长沙市企业服务中心工作经费”",
    );
  });
});

describe("Changsha 2023: budget data and the ledger", () => {
  const tables = cs.budgetTables ?? [];
  const table = (title: string) => tables.find((t) => t.title === title)!;

  it("keeps the project table's subtotal rows and 合计 as budget data, not as projects", () => {
    expect(table("2023年项目支出绩效目标表").rows.map((r) => [r.code, r.name, r.values[0], r.line])).toEqual([
      [null, "合计", 2170.3, 386],
      ["501001", "长沙市工业和信息化局", 312.58, 387],
      ["501006", "长沙市制造业发展促进中心", 349.05, 516],
    ]);
    expect(cs.projects.map((p) => p.name)).not.toContain("合计");
  });

  it("reads the budget summary tables and the narrative's statements", () => {
    for (const t of tables) expect(budgetTable.safeParse(t).success).toBe(true);
    const spending = table("2023年部门支出总体情况表");
    expect(spending.columns.slice(0, 3)).toEqual(["总计", "基本支出", "项目支出"]);
    expect(spending.rows.find((r) => r.code === "215 05 99")).toMatchObject({
      name: "其他工业和信息产业监管支出",
      values: [1508.67, null, 1508.67, null, null, null],
    });
    expect(table("2023年部门收支总体情况表（支出）").rows[1]).toMatchObject({
      name: "二、项目支出",
      raw: ["2,170.30"],
      line: 163,
    });
    expect(table("2023年一般公共预算“三公”经费支出情况表").rows[0]?.values).toEqual([
      36.94,
      3.7,
      11,
      22.24,
      null,
      22.24,
    ]);
    expect(table("纳入2023年部门整体支出绩效目标的金额").rows.map((r) => [r.name, r.values[0], r.line])).toEqual([
      ["纳入2023年部门整体支出绩效目标的金额", 9266.22, 142],
      ["基本支出", 7095.92, 142],
      ["项目支出", 2170.3, 142],
    ]);
  });

  it("accounts for every line exactly once; each record line belongs to one record", () => {
    expect(cs.ledger.entries).toHaveLength(cs.lines.length);
    expect(cs.ledger.entries.every((e) => e !== undefined)).toBe(true);
    const owners = new Map<number, number>();
    for (const p of cs.projects) {
      const lines = new Set([
        p.source.lines[0],
        ...p.indicators.map((i) => i.source.line),
        ...p.emptyCategories.map((e) => e.line),
      ]);
      for (const n of lines) owners.set(n, (owners.get(n) ?? 0) + 1);
    }
    const recordLines = cs.ledger.entries.flatMap((e, i) => (e?.use === "record" ? [i + 1] : []));
    // A continuation head (repeated on a new page) is a record line of the record it continues.
    const heads = [407, 449, 470, 491, 512, 532, 553, 597, 618, 639, 660, 708, 755, 777, 796];
    expect(recordLines.filter((n) => !owners.has(n) && !heads.includes(n))).toEqual([]);
    expect([...owners].filter(([, n]) => n > 1)).toEqual([]);
    expect([...owners.keys()].every((n) => cs.ledger.entries[n - 1]?.use === "record")).toBe(true);
  });

  it("adds up to the stated totals: 2,170.30 of projects, 9,266.22 = 7,095.92 + 2,170.30 of units", () => {
    const projects = cs.projects.filter((p) => p.kind === "project");
    const units = cs.projects.filter((p) => p.kind === "unit");
    expect(round(projects.reduce((s, p) => s + (p.budget?.total ?? 0), 0))).toBe(2170.3);
    expect(round(units.reduce((s, p) => s + (p.budget?.total ?? 0), 0))).toBe(9266.22);
    expect(round(units.reduce((s, p) => s + (p.budget?.basic ?? 0), 0))).toBe(7095.92);
  });
});
