/**
 * The cell-per-line Word reader on the real Qingdao 2023 and Tianjin 2024
 * documents: counts, exact values, carried-down levels, joined cells and
 * the line ledger.
 */
import { describe, expect, it } from "vitest";
import type { Project } from "../../../model/schema.ts";
import { carryLevelsDown } from "./carry-levels.ts";
import { normalized, sourceLines } from "../../../../tests/helpers/sources.ts";

const qd = () => normalized("qingdao-2023");
const tj = () => normalized("tianjin-2024");
const byNumber = (projects: Project[], n: number) => projects.find((p) => p.number === n)!;

describe("Qingdao 2023", () => {
  it("reads all 21 numbered tables and 200 indicators", () => {
    expect(qd().projects.map((p) => p.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(qd().report.tables).toBe(21);
    expect(qd().report.indicators).toBe(200);
  });

  it("reads the head of table 1 exactly", () => {
    const p = byNumber(qd().projects, 1);
    expect(p.name).toBe("企业搬迁改造及化工业转型升级工作经费");
    expect(p.code).toBe("37020023P880028109936");
    expect(p.unit).toEqual({ code: "502001", name: "青岛市工业和信息化局本级" });
    expect(p.budget).toEqual({
      total: 170,
      fiscal: 170,
      other: null,
      raw: { total: "170.00", fiscal: "170.00", other: "" },
    });
    expect(p.purpose).toBe("用于企业搬迁改造及化工业转型升级工作");
    expect(p.goals).toHaveLength(3);
    expect(p.goals[1]).toBe("7.目标内容2：继续推进列入搬迁计划企业原址土地处置等");
    expect(p.source).toEqual({ file: "content/sources/qingdao-2023-gongxinju-project-targets.txt", lines: [1, 158] });
  });

  it("pairs every spending-plan figure with its own period, blanks included", () => {
    const salt = byNumber(qd().projects, 2);
    expect(salt.spendingPlan).toEqual([
      { by: "3月底", value: null, raw: "" },
      { by: "6月底", value: 82, raw: "82.00" },
      { by: "10月底", value: 82, raw: "82.00" },
      { by: "12月底", value: 120, raw: "120.00" },
    ]);
    const relocation = byNumber(qd().projects, 12);
    expect(relocation.spendingPlan.map((e) => e.raw)).toEqual(["", "3.50", "", "3.50"]);
    // The heading says （%）, the figures are running totals in 万元 ending at the budget.
    expect(salt.flags).toContain("spendingPlanUnit");
  });

  it("keeps the two 无线电管理经费 tables of different units that share one project code apart", () => {
    const radio = qd().projects.filter((p) => p.code === "37020023P230016100051");
    expect(radio.map((p) => [p.number, p.name, p.unit?.code, p.budget?.raw.total])).toEqual([
      [14, "无线电管理经费", "502001", "1981.00"],
      [20, "无线电管理经费", "502002", "600.00"],
    ]);
    expect(radio[0]!.id).not.toBe(radio[1]!.id);
    for (const p of radio) expect(p.flags).toContain("sharedProjectCode");
  });

  it("carries a merged level-1 cell down over the rows below it", () => {
    const rows = byNumber(qd().projects, 1).indicators.slice(1, 6);
    expect(rows.map((i) => [i.level1Raw, i.level2Raw, i.name])).toEqual([
      ["产出指标", "数量指标", "集中办公用房租赁数量"],
      ["产出指标", "数量指标", "安全环保督导车辆租赁次数"],
      ["产出指标", "质量指标", "资金使用合规性"],
      ["产出指标", "质量指标", "督导检查发现的企业安全隐患整改率"],
      ["产出指标", "时效指标", "资金拨付完成时间"],
    ]);
    // The source prints 产出指标 once (line 79); the rows at 87, 96, 104 and 112 leave it blank.
    expect(sourceLines("qingdao-2023")[86]).toBe("\t");
  });

  it("joins a cell broken over two lines and points at the value's line", () => {
    const joined = byNumber(qd().projects, 1).indicators[2]!;
    expect(joined.name).toBe("安全环保督导车辆租赁次数");
    expect(joined.flags).toContain("cellJoined");
    expect(joined.target?.raw).toBe("≥130次");
    expect(joined.source).toEqual({ line: 93, lines: [87, 94] });
    expect(sourceLines("qingdao-2023")[92]).toBe("\t≥130次");
  });

  it("keeps published values verbatim, odd spellings included", () => {
    const raws = qd().projects.flatMap((p) => p.indicators.map((i) => i.target?.raw));
    for (const v of ["≦10百分比", "≤12.05月|日", "≥80万", "≤170万", "18-33毫克/公斤", "无重大安全事故发生"]) {
      expect(raws).toContain(v);
    }
  });

  it("splits a basis cell that carries a scoring note after a TAB", () => {
    const i = byNumber(qd().projects, 11).indicators.find((x) => x.name === "服务对象满意度")!;
    expect(i.basis).toEqual({ raw: "根据2022年平台运行数据进行测算。", category: null, documents: [] });
    expect(i.scoring).toBe("完成指标值得满分，未完成指标值的，按照完成值与指标值的比例扣分。");
  });

  it("reads basis categories only from a leading standard name, and cited documents", () => {
    const bases = qd().projects.flatMap((p) => p.indicators.map((i) => i.basis));
    const radio = bases.find((b) => b?.raw === "国无办函[2022]40号")!;
    expect(radio).toEqual({ raw: "国无办函[2022]40号", category: null, documents: ["国无办函[2022]40号"] });
    expect(bases.filter((b) => b?.category === "history").length).toBeGreaterThan(0);
  });

  it("re-joins a goal paragraph that follows a blank paragraph in the same cell", () => {
    expect(byNumber(qd().projects, 8).goals).toEqual([
      "6.为进一步深化合作、共享机遇、推动全球工业互联网各领域协同创新、融合发展，举办2023世界工业互联网产业大会",
      "7.邀请国内外知名专家和企业的参会代表不少于600人线上、线下参会",
    ]);
  });
});

describe("Tianjin 2024", () => {
  it("reads all 19 tables after skipping the table of contents", () => {
    expect(tj().projects).toHaveLength(19);
    expect(tj().report.indicators).toBe(153);
    expect(tj().projects[0]!.source.lines[0]).toBe(34);
    const contents = tj().report.skipped.find((s) => s.lines[0] === 10)!;
    expect(contents.lines).toEqual([10, 28]);
  });

  it("reads tables without a project code", () => {
    const p = byNumber(tj().projects, 8);
    expect(p.name).toBe("无线电管理专项监管-中央");
    expect(p.code).toBeNull();
    expect(p.unit).toEqual({ code: "322101", name: "天津市工业和信息化局财金处" });
    expect(p.budget?.raw.total).toBe("11.85");
  });

  it("files the 成本指标 rows listed under 产出指标 as cost, keeping the published labels", () => {
    const cost = tj().projects.flatMap((p) => p.indicators.filter((i) => i.level2Raw === "成本指标"));
    expect(cost).toHaveLength(23);
    for (const i of cost) {
      expect([i.level1Raw, i.level1, i.level2]).toEqual(["产出指标", "成本指标", "经济成本指标"]);
      expect(i.flags).toContain("legacyCostUnderOutput");
    }
    expect(
      new Set(
        tj()
          .projects.filter((p) => p.indicators.some((i) => i.level2Raw === "成本指标"))
          .map((p) => p.number),
      ).size,
    ).toBe(19);
  });

  it("reads an indicator row exactly", () => {
    const i = byNumber(tj().projects, 8).indicators.find((x) => x.name === "黑广播设备拆除率")!;
    expect(i.target?.raw).toBe("100%");
    expect([i.level1, i.level2]).toEqual(["效益指标", "社会效益指标"]);
    expect(sourceLines("tianjin-2024")[i.source.line - 1]).toBe("\t100%");
  });
});

describe("the line ledger", () => {
  it.each(["qingdao-2023", "tianjin-2024"])("accounts for every line of %s exactly once", (id) => {
    const { report, document } = normalized(id);
    const { total, record, structure, blank, skipped } = report.lines;
    expect(total).toBe(document.source.lines);
    expect(record + structure + blank + skipped).toBe(total);
    const listed = report.skipped.reduce((n, s) => n + s.lines[1] - s.lines[0] + 1, 0);
    expect(listed).toBe(skipped);
  });

  it("skips nothing inside Qingdao's tables", () => {
    expect(qd().report.skipped).toEqual([]);
  });
});

describe("merged level cells", () => {
  it("carry down to the rows below; a new level 1 drops the level 2 until a row names one", () => {
    const levelsOf = carryLevelsDown();
    expect([
      levelsOf("", ""),
      levelsOf("产出指标", "数量指标"),
      levelsOf("", ""),
      levelsOf("", "质量指标"),
      levelsOf("效益指标", ""),
      levelsOf("", ""),
    ]).toEqual([
      { level1Raw: null, level2Raw: null },
      { level1Raw: "产出指标", level2Raw: "数量指标" },
      { level1Raw: "产出指标", level2Raw: "数量指标" },
      { level1Raw: "产出指标", level2Raw: "质量指标" },
      { level1Raw: "效益指标", level2Raw: null },
      { level1Raw: "效益指标", level2Raw: null },
    ]);
  });
});
