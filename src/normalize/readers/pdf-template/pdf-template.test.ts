/**
 * The pdf-template reader on the Jiangsu 2021 application forms (附件1-4 …
 * 附件1-32) and on a made-up form of the same family that must parse without
 * code changes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Project } from "../../../model/schema.ts";
import { expectEveryLineOnce, normalized, readAsFamilyOf, sourceLines } from "../../../../tests/helpers/sources.ts";

const js = () => normalized("jiangsu-2021");
const form = (attachment: string) => js().projects.find((p) => p.template?.attachment === attachment)!;
const named = (p: Project, name: string) => p.indicators.filter((i) => i.name === name);

const read = (text: string) => readAsFamilyOf("jiangsu-2021", text);

describe("Jiangsu 2021 application forms", () => {
  it("reads all 29 forms, 附件1-4 to 附件1-32, as templates", () => {
    expect(js().projects.map((p) => p.template?.attachment)).toEqual(
      Array.from({ length: 29 }, (_, i) => `附件1-${i + 4}`),
    );
    expect(js().report.records).toEqual({ project: 0, unit: 0, template: 29 });
    expect(js().report.tables).toBe(29);
    expect(js().report.indicators).toBe(342);
    expect(new Set(js().projects.map((p) => p.id)).size).toBe(29);
  });

  it("takes the title as the name and a clean category, also from a title printed on two lines", () => {
    const nev = form("附件1-27");
    expect([nev.kind, nev.name, nev.template?.category]).toEqual([
      "template",
      "新能源汽车推广应用项目绩效目标申报表",
      "新能源汽车推广应用",
    ]);
    expect(form("附件1-17").template?.category).toBe("工业互联网标识解析公共应用服务平台");
    expect(form("附件1-21").template?.category).toBe("工业互联网安全解决方案提供商");
    expect([nev.code, nev.unit, nev.budget, nev.goals]).toEqual([null, null, null, []]);
    expect(nev.source.lines).toEqual([2306, 2386]);
  });

  it("publishes no target values: target is absent, not empty", () => {
    for (const p of js().projects) {
      for (const i of p.indicators) {
        expect(i).not.toHaveProperty("target");
        expect(i).not.toHaveProperty("periodTarget");
      }
    }
    expect(Object.values(js().report.targets).every((n) => n === 0)).toBe(true);
  });

  it("keeps the form's header fields as blanks to fill in", () => {
    expect(form("附件1-4").extra.slice(0, 7)).toEqual(
      ["项目名称", "项目推荐单位", "项目承担单位", "项目开始时间", "项目结束时间", "总体目标", "年度目标"].map(
        (label) => ({ label, value: "" }),
      ),
    );
  });

  it("joins an indicator name broken over lines and reads the unit in its name", () => {
    const [i] = named(form("附件1-5"), "省内智能制造装备应用数（个）");
    expect(i).toMatchObject({ level1Raw: "产出指标", level2Raw: "数量指标", section: "common", nameUnit: "个" });
    expect(i!.source).toEqual({ line: 144, lines: [144, 146] });
    expect(i!.flags).toContain("cellJoined");
    expect(sourceLines("jiangsu-2021").slice(143, 146)).toEqual(["省内智能制造装备应用数", "", "（个） "]);
  });

  it("reads sub-groups, two of which share indicator names", () => {
    const dcmm = form("附件1-20");
    const staff = named(dcmm, "评估队伍人数（人）");
    expect(staff.map((i) => i.group)).toEqual(["DCMM 评估（标段一）□", "DCMM 服务（标段二）□"]);
    expect(named(dcmm, "评估与服务工作完成率（%）").map((i) => i.group)).toEqual([
      "DCMM 评估（标段一）□",
      "DCMM 服务（标段二）□",
    ]);
    // The boxes are the private-use glyph U+F0A3 in the source.
    for (const i of staff) expect(i.flags).toContain("checkboxGlyph");
    expect(sourceLines("jiangsu-2021")[1609]).toBe("DCMM 评估（标段一）\uF0A3   ");
    // The group ends with its level-2.
    expect(named(dcmm, "评估流程规范率（%）")[0]).not.toHaveProperty("group");
    const security = form("附件1-13");
    expect([...new Set(security.indicators.map((i) => i.group).filter(Boolean))]).toEqual(["安全服务□", "IP溯源□"]);
  });

  it("reads a table continued after a page break whose header repeats", () => {
    const p = form("附件1-21");
    expect(sourceLines("jiangsu-2021").slice(1789, 1796).join("")).toBe(" 项目共性绩效指标 ");
    const after = p.indicators.filter((i) => i.source.line > 1809);
    expect(after[0]).toMatchObject({
      name: "完成的省内工业企业安全态势感知系统部署的企业数（个）",
      group: "企业侧安全态势感知系统□",
      level1Raw: "效益指标",
      level2Raw: "数量指标",
      level1: "产出指标",
      level2: "数量指标",
    });
    // The second page prints 效益指标 over rows that are output by their level-2: moved, and flagged.
    expect(after[0]!.flags).toContain("levelReparented");
    expect(p.indicators.map((i) => i.level2)).toContain("时效指标");
    expect(p.indicators).toHaveLength(20);
  });

  it("reads check-box alternatives, mapping the private-use glyph to □", () => {
    const [recycling] = form("附件1-8").indicators;
    expect(recycling!.options).toEqual(["节能量", "节水量", "年处置废旧动力电池", "其他指标_______________________"]);
    expect(recycling!.name).toBe("节能量□/节水量□/年处置废旧动力电池□/其他指标_______________________□");
    expect(recycling!.flags).toContain("checkboxGlyph");
    const [contract] = named(form("附件1-32"), "合同金额：合同能源管理□/动力电池回收□/高效节能变压器□（万元）");
    expect([contract!.options, contract!.nameUnit]).toEqual([
      ["合同能源管理", "动力电池回收", "高效节能变压器"],
      "万元",
    ]);
  });

  it("maps the form's level labels, the 2015-style 成本指标 under 产出 included", () => {
    const [cost] = named(form("附件1-31"), "每人日培训费用上限（元）");
    expect([cost!.level1Raw, cost!.level2Raw, cost!.level1, cost!.level2]).toEqual([
      "产出指标",
      "成本指标",
      "成本指标",
      "经济成本指标",
    ]);
    expect(cost!.flags).toContain("legacyCostUnderOutput");
    const [satisfaction] = named(form("附件1-9"), "服务客户满意度（%）");
    expect([satisfaction!.level1Raw, satisfaction!.level2Raw, satisfaction!.level2]).toEqual([
      "满意度指标",
      "满意度",
      "服务对象满意度指标",
    ]);
  });

  it("records the 个性指标 block honestly: one form lists an indicator, the others leave a blank", () => {
    const specific = js().projects.flatMap((p) =>
      p.indicators.filter((i) => i.section === "specific").map((i) => [p.template?.attachment, i.name]),
    );
    expect(specific).toEqual([["附件1-26", "企业标准制定数量（个）"]]);
    const blank = js().projects.filter((p) => p.extra.some((e) => e.label === "个性指标" && e.value === ""));
    expect(blank).toHaveLength(28);
    expect(form("附件1-26").extra.map((e) => e.label)).not.toContain("个性指标");
  });

  it("keeps the 说明 notes, one per number", () => {
    const notes = form("附件1-18").template!.notes;
    expect(notes).toHaveLength(4);
    expect(notes[0]).toBe(
      "1. 平台先进性：分为国际领先水平、国际水平、国家领先水平、国家水平、地区领先水平、地区水平六个等级。",
    );
    expect(notes[3]).toBe(
      "4. 在社会效益指标中公共服务能力、区域行业综合治理能力的提升程度：分为明显提升、有所提升、未见提升三个等级。",
    );
    expect(form("附件1-28").template!.notes).toEqual([
      "建设发展、重大共性技术开发方向分别填写，只申报一个方向的只填写对应栏目。",
    ]);
  });

  it("accounts for every line exactly once and skips none", () => {
    expectEveryLineOnce(js(), 2881);
    expect(js().report.skipped).toEqual([]);
  });
});

describe("a new form of the same family", () => {
  const fixture = readFileSync("src/normalize/readers/pdf-template/fixtures/two-forms.txt", "utf8");

  it("parses without code changes", () => {
    const { data } = read(fixture);
    expect(data?.projects.map((p) => [p.template?.attachment, p.template?.category, p.indicators.length])).toEqual([
      ["附件2-1", "示例省数字化转型示范", 8],
      ["附件2-2", "示例省绿色工厂", 1],
    ]);
    const [first] = data!.projects;
    expect(first!.indicators[0]).toMatchObject({
      name: "建成数字化示范场景数量（个）",
      group: "示范应用□",
      nameUnit: "个",
    });
    expect(first!.indicators[5]!.options).toEqual(["甲类方案", "乙类方案"]);
    expect(first!.indicators[7]).toMatchObject({ section: "specific", level1: null, level2: null });
    expect(first!.template!.notes).toEqual(["1. 示范场景：指经验收的数字化应用场景。", "2. 方案类型只选一项。"]);
    expect(data!.report.skipped).toEqual([]);
  });

  it("keeps the level in force across a repeated page header", () => {
    const [first] = read(fixture).data!.projects;
    const timely = first!.indicators.find((i) => i.name === "项目完成及时率（%）")!;
    expect([timely.level1Raw, timely.level2Raw]).toEqual(["产出指标", "时效指标"]);
    expect(timely.flags).not.toContain("levelReparented");
  });

  it("stops with a located error on a text with no form", () => {
    const { data, file } = read("绩效目标申报表\n\n项目名称\n");
    expect(data).toBeNull();
    expect([file.messages[0]?.ruleId, file.messages[0]?.line]).toEqual(["pdf-template:no-forms", 1]);
  });
});
