/**
 * The word-cells reader on documents without numbered headings: Guangdong
 * 2021 (附件4-3) — label/value tables, two value columns, the transposed
 * per-city table, per-city sub-tables — and a made-up province document of
 * the same family that must parse without code changes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Project } from "../../../model/schema.ts";
import { expectEveryLineOnce, normalized, readAsFamilyOf, sourceLines } from "../../../../tests/helpers/sources.ts";

const gd = () => normalized("guangdong-2021");
const byNumber = (n: number) => gd().projects.find((p) => p.number === n)!;
const indicator = (p: Project, name: string) => p.indicators.find((i) => i.name === name)!;

const read = readAsFamilyOf;

const CITIES = [
  "广州",
  "深圳",
  "珠海",
  "汕头",
  "佛山",
  "韶关",
  "河源",
  "梅州",
  "惠州",
  "汕尾",
  "东莞",
  "中山",
  "江门",
  "阳江",
  "湛江",
  "茂名",
  "肇庆",
  "清远",
  "潮州",
  "揭阳",
  "云浮",
];

describe("Guangdong 2021", () => {
  it("reads every table: 5 label/value tables, 21 cities of the transposed table, 2 city sub-tables", () => {
    expect(gd().projects.map((p) => p.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(gd().report.tables).toBe(8);
    expect(gd().report.records).toEqual({ project: 28, unit: 0, template: 0 });
    // 42 ordinary rows + 8 工艺美术 rows + 4 indicators × 21 cities; 142 value cells with the 8 project-cycle values.
    expect(gd().report.indicators).toBe(134);
    expect(Object.values(gd().report.targets).reduce((a, b) => a + b, 0)).toBe(142);
    expect(new Set(gd().projects.map((p) => p.id)).size).toBe(28);
  });

  it("keeps the 政策任务 paragraph of a name cell, in the name and as its own labelled value", () => {
    const p = byNumber(1);
    expect(p.name).toBe("2021年度战略性产业集群产业链支撑资金 政策任务-2021年省本级企业情况综合工作经费（省本级）");
    expect(p.extra[0]).toEqual({ label: "政策任务", value: "2021年省本级企业情况综合工作经费（省本级）" });
    expect(p.budget).toEqual({ total: 2082.6, fiscal: null, other: null, raw: { total: "2082.6" } });
    // The note printed under the figure (GD line 13) stays with the 资金需求 cell.
    expect(p.extra[1]!.label).toBe("资金需求");
    expect(p.extra[1]!.value).toMatch(/^〔其中企业大数据云平台/u);
    expect(p.goals).toHaveLength(3);
    expect(p.goals[0]).toBe(
      "1. 完成2021年度85000家次企业情况综合数据审核验收；按月编制广东省工业经济运行分析报告，保障好全省制造业运行监测预警工作。",
    );
    expect(p.source).toEqual({
      file: "content/sources/guangdong-2021-industry-cluster-fund-targets.txt",
      lines: [4, 77],
    });
  });

  it("reads a budget written with its unit, and the 支出内容 and 政策依据 rows", () => {
    const p = byNumber(5);
    expect(p.budget).toEqual({ total: 500, fiscal: null, other: null, raw: { total: "500万元" } });
    expect(p.extra.map((e) => e.label)).toEqual(["政策任务", "支出内容", "政策依据"]);
    expect(p.extra[2]!.value).toContain("（粤财工〔2019〕115号）");
    expect(p.goals).toEqual([
      "1.完成专项审计任务或监督检查5项；",
      "2.开展广东省产业发展基金2020年度运营情况绩效评价工作。",
      "3.开展省级财政专项资金绩效评价；",
      "4.开展专项资金事前、事中、事后等相关工作。",
    ]);
  });

  it("reads the two value columns of the 工艺美术 table as target and periodTarget", () => {
    const p = byNumber(3);
    expect(p.indicators).toHaveLength(8);
    for (const i of p.indicators) expect(i.periodTarget).toBeDefined();
    const area = indicator(p, "工艺美术展览展示活动面积（平方米）");
    expect([area.target?.raw, area.periodTarget?.raw]).toEqual(["≥10000", "≥50000"]);
    const output = indicator(p, "工美园区及其他项目拉动产值（亿元）");
    expect([output.target?.raw, output.periodTarget?.raw]).toEqual(["10", "30"]);
    expect(output.periodTarget?.period).toBe("projectCycle");
    expect(output.periodTarget?.value).toBe(30);
    // No level-1 column: the level-1 is derived from the level-2, and says so.
    expect([output.level1Raw, output.level1, output.level2]).toEqual([null, "效益指标", "经济效益指标"]);
    expect(output.flags).toContain("levelInferred");
    expect(sourceLines("guangdong-2021")[output.source.lines[1] - 1]).toBe("\t30");
  });

  it("makes one record per city of the transposed table, with the shared goal and each city's values", () => {
    const cities = gd().projects.filter((p) => p.name === "2021年度企业情况综合工作经费");
    expect(cities.map((p) => p.scope?.city)).toEqual(CITIES);
    const shenzhen = cities[1]!;
    expect(shenzhen.unit).toEqual({ code: null, name: "深圳" });
    expect(shenzhen.goals).toEqual(cities[0]!.goals);
    expect(shenzhen.goals[0]).toMatch(/^完成省下达的企业情况综合数据/u);
    expect(shenzhen.indicators.map((i) => [i.name, i.target?.raw])).toEqual([
      ["企业数据采集量（家次）", "11560"],
      ["研究报告数（份）", "3"],
      ["2020年11月-2021年10月期间完成企业数据采集工作", "是"],
      ["强化经济形势等分析，为制造业高质量发展综合评价提供支撑，为政府决策提供参考", "是"],
    ]);
    expect(shenzhen.indicators[0]!.source).toEqual({ line: 374, lines: [374, 374] });
    expect(sourceLines("guangdong-2021")[373]).toBe("\t11560 ");
    const collected = cities.map((p) => Number(p.indicators[0]!.target!.raw));
    expect(collected.reduce((a, b) => a + b, 0)).toBe(85900);
  });

  it("spreads 2 level-1 and 3 level-2 labels over 4 columns, flagging the columns the spread had to guess", () => {
    const guangzhou = gd().projects.find((p) => p.scope?.city === "广州")!;
    expect(guangzhou.indicators.map((i) => [i.level1Raw, i.level2Raw, i.flags.includes("levelInferred")])).toEqual([
      ["产出", "数量指标", false],
      ["产出", "数量指标", true],
      ["产出", "时效指标", true],
      ["效益", "社会效益指标", false],
    ]);
  });

  it("makes one record per city sub-table", () => {
    const [guangzhou, dongguan] = [byNumber(27), byNumber(28)];
    expect([guangzhou.name, guangzhou.scope, guangzhou.source.lines]).toEqual([
      "2021年度先进制造业集群培育项目经费",
      { city: "广州市" },
      [532, 590],
    ]);
    expect([dongguan.name, dongguan.scope, dongguan.source.lines]).toEqual([
      "2021年度先进制造业集群培育项目经费",
      { city: "东莞市" },
      [592, 649],
    ]);
    expect(guangzhou.id).not.toBe(dongguan.id);
    expect([guangzhou.indicators[0]!.target?.raw, dongguan.indicators[0]!.target?.raw]).toEqual(["2", "1"]);
  });

  it("maps vertical, short and older-framework level labels, keeping them as printed", () => {
    const fund = byNumber(5).indicators;
    expect([fund[0]!.level1Raw, fund[0]!.level1]).toEqual(["产出指标", "产出指标"]);
    expect([fund[5]!.level1Raw, fund[5]!.level2Raw, fund[5]!.level2]).toEqual([
      "效益指标",
      "经济效益指标",
      "经济效益指标",
    ]);
    const process = indicator(byNumber(27), "项目建设及资金使用进度达标率");
    expect([process.level2Raw, process.level1, process.level2]).toEqual(["过程管理指标", "产出指标", "过程管理指标"]);
    expect(process.flags).toContain("levelNotCanonical");
    const satisfaction = indicator(byNumber(27), "服务对象满意度");
    expect([satisfaction.level1Raw, satisfaction.level2Raw, satisfaction.level1, satisfaction.level2]).toEqual([
      "效益",
      "满意度指标",
      "满意度指标",
      "服务对象满意度指标",
    ]);
    expect(satisfaction.flags).toContain("levelReparented");
  });

  it("re-joins a level cell split by an empty paragraph (服务对象满意度⏎⏎指标)", () => {
    const i = byNumber(4).indicators[4]!;
    expect(i.name).toBe("广东省大数据开发者大会暨2021阿里云峰会广东大会与会者满意度");
    expect([i.level2Raw, i.level1, i.target?.raw]).toEqual(["服务对象满意度指标", "满意度指标", "90%以上"]);
    expect(i.flags).toEqual(expect.arrayContaining(["cellJoined", "levelReparented"]));
    expect(i.source.lines).toEqual([248, 254]);
    expect(sourceLines("guangdong-2021")[251]).toBe("指标");
    expect(gd().report.repairedLines).toBeGreaterThan(0);
  });

  it("accounts for every line exactly once and skips none", () => {
    expectEveryLineOnce(gd(), 652);
    expect(gd().report.skipped).toEqual([]);
  });
});

describe("a new province document of the same family", () => {
  const fixture = readFileSync("src/normalize/readers/word-cells/fixtures/province-tables.txt", "utf8");

  it("parses without code changes", () => {
    const { data } = read("guangdong-2021", fixture);
    expect(data?.projects.map((p) => [p.name, p.scope?.city ?? null, p.indicators.length])).toEqual([
      ["2022年度示例省产业发展资金 政策任务-中小企业数字化改造（省本级）", null, 3],
      ["2022年度中小企业服务券工作经费", "甲市", 3],
      ["2022年度中小企业服务券工作经费", "乙市", 3],
      ["2022年度中小企业服务券工作经费", "丙市", 3],
      ["2022年度专精特新企业培育经费", "甲市", 2],
      ["2022年度专精特新企业培育经费", "乙市", 2],
    ]);
    const first = data!.projects[0]!;
    expect(first.budget?.total).toBe(120);
    expect(first.indicators[2]!.level2Raw).toBe("服务对象满意度指标");
    expect(first.indicators.map((i) => [i.target?.raw, i.periodTarget?.raw])).toEqual([
      ["≥200", "≥600"],
      ["≥50", "≥150"],
      ["≥90", "≥90"],
    ]);
    expect(data!.projects[2]!.goals).toEqual(["发放并兑付服务券，支持中小企业购买专业服务。"]);
    expect(data!.projects[3]!.indicators[2]!.target?.raw).toBe("≥85%");
    expect(data!.report.skipped).toEqual([]);
  });

  it("stops with a located error on a unit row that lacks a value", () => {
    const broken = fixture.replace("\t600\n\t400\n", "\t600\n");
    const { data, file } = read("guangdong-2021", broken);
    expect(data).toBeNull();
    const [message] = file.messages;
    expect([message?.ruleId, message?.line]).toEqual(["word-cells:transposed-row-width", 84]);
    expect(message?.reason).toContain("expected 3 values");
  });

  it("stops with a located error on a document with no table it knows", () => {
    const { data, file } = read("guangdong-2021", "附件\n一些说明文字\n");
    expect(data).toBeNull();
    expect([file.messages[0]?.ruleId, file.messages[0]?.line]).toEqual(["word-cells:no-tables", 1]);
  });
});
