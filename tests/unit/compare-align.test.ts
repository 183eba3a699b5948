/**
 * Alignment of target values across regions, on the real radio-management
 * tables of Qingdao (2023) and Tianjin (2024), and on Changsha's split-cell
 * shapes (value | 度量单位 | 指标值类型) read by the same grammar; the topic
 * page tests (compare-pages) check Changsha's own records.
 */
import { describe, expect, it } from "vitest";
import {
  alignInput,
  alignRow,
  commonText,
  compareMeasures,
  measureOf,
  type AlignInput,
} from "../../src/lib/compare/align.ts";
import { rowVerdict } from "../../src/lib/compare/verdict.ts";
import type { Indicator, Target } from "../../src/model/schema.ts";
import { parseSplitTarget, parseTarget } from "../../src/normalize/target/index.ts";
import { record } from "./compare-data.ts";

const ctx = (name: string | null) => ({ documentYear: 2023, level1: null, level2: null, name, tableUnit: null });
const value = (raw: string, name: string | null = null) => parseTarget(raw, ctx(name));
/** Changsha's split publication: value | 度量单位 | 指标值类型. */
const split = (v: string, unit: string, valueType: string, name = "指标") =>
  parseSplitTarget({ value: v, unit, valueType }, ctx(name));

const indicator = (documentId: string, table: number, name: string): Indicator => {
  const found = record(documentId, table).indicators.find((i) => i.name === name);
  if (!found) throw new Error(`no indicator ${name} in ${documentId} #${table}`);
  return found;
};
const target = (documentId: string, table: number, name: string): Target => indicator(documentId, table, name).target!;
const QD = "qingdao-2023";
const TJ = "tianjin-2024";

describe("measures: one reading whatever the spelling", () => {
  it("reads 百分号, 百分比 and % as one unit, keeping the printed threshold", () => {
    const satisfaction = [
      target(QD, 4, "指标1：重点设台用户满意度"), // ≥90百分号
      target(QD, 14, "服务对象满意率"), // ≥90百分比
      target(TJ, 9, "系统使用人员满意度"), // ≥95%
      split("95", "%", "≥"), // Changsha project: 95 | % | ≥
      value("95%", "服务对象满意度≥"), // Changsha station: the ≥ is printed in the name cell
    ];
    expect(satisfaction.map((t) => t.raw)).toEqual(["≥90百分号", "≥90百分比", "≥95%", "95", "95%"]);
    expect(satisfaction.map((t) => commonText(measureOf(t)))).toEqual(["≥ 90%", "≥ 90%", "≥ 95%", "≥ 95%", "≥ 95%"]);
    for (const t of satisfaction)
      expect(compareMeasures(measureOf(t), measureOf(satisfaction[0]))).toEqual({ comparable: true });
  });

  it("reads the four zero-accident encodings as one: words, 0次, 0个 and 0 | 起 | =", () => {
    const encodings = [
      target(QD, 14, "重大安全事故发生率"), // 无重大安全事故发生
      target(QD, 19, "重大安全事故发生数"), // 0次
      target(QD, 20, "重大安全事故发生率"), // 0个
      split("0", "起", "=", "安全事故发生率"),
    ];
    expect(encodings.map((t) => measureOf(t))).toEqual([
      { kind: "zero" },
      { kind: "zero" },
      { kind: "zero" },
      { kind: "zero" },
    ]);
    const row = alignRow(encodings.map((t, i) => alignInput(i < 3 ? "qingdao" : "changsha", t)));
    expect(row.groups).toHaveLength(1);
    expect(row.groups[0]!.spellings).toEqual(["无重大安全事故发生", "0次", "0个", "0 | 起 | ="]);
    expect(row.cells.map((c) => c.common)).toEqual(Array(4).fill("0（零发生）"));
    expect(row.comparableColumns).toEqual(["qingdao", "changsha"]);
  });

  it("converts money to 万元 and frequencies to GHz, with the printed number untouched", () => {
    expect(commonText(measureOf(target(QD, 4, "无线电宣传工作经费")))).toBe("≤ 18 万元"); // ≤18万 under 单位：万元
    expect(commonText(measureOf(target(QD, 20, "监测能力提升以更好的为社会服务")))).toBe("18 GHz"); // 18Ghz
    expect(commonText(measureOf(value("≤5000元")))).toBe("≤ 0.5 万元");
  });

  it("never supplies a missing operator: a bare 100% is not ≥100%", () => {
    const bare = measureOf(target(TJ, 8, "干扰投诉处理率"));
    expect(bare).toMatchObject({ kind: "amount", op: null, value: 100, unit: "%" });
    expect(compareMeasures(bare, measureOf(value("≥100%")))).toEqual({
      comparable: false,
      reason: "运算符不同：未标明 与 ≥",
    });
  });

  it("says why two values cannot be compared", () => {
    const m = (raw: string) => measureOf(value(raw));
    expect(compareMeasures(m("≥14次"), m("<20次"))).toEqual({ comparable: false, reason: "运算符不同：≥ 与 <" });
    expect(compareMeasures(m("≥12次"), m("≥90%"))).toEqual({
      comparable: false,
      reason: "计量对象不同：计数（次） 与 百分比（%）",
    });
    expect(compareMeasures(m("≥12次"), m("≥12篇"))).toEqual({ comparable: false, reason: "计量单位不同：次 与 篇" });
    expect(compareMeasures(m("2024年12月底前"), m("≤7天"))).toEqual({
      comparable: false,
      reason: "值的类型不同：截止时间 与 时长",
    });
    expect(compareMeasures(m("≥20次"), measureOf(split("是", "是", "定性")))).toEqual({
      comparable: false,
      reason: "值的类型不同：数值 与 定性表述",
    });
    expect(compareMeasures(m("政府采购率100%，审批的质量和效率有效提高"), m("≥1次"))).toEqual({
      comparable: false,
      reason: "目标值未能解读，请看原文",
    });
  });

  it("explains a value against the nearest other region's group: the one difference that matters", () => {
    const row = alignRow([
      alignInput("qingdao", value("≥95百分号")),
      alignInput("qingdao", value("≥7次")),
      alignInput("qingdao", value("≥5次")),
      alignInput("changsha", split("100", "%", "=")),
    ]);
    // The count group is larger, but the Changsha rate is closest to Qingdao's rate.
    expect(row.cells[3]!.reason).toBe("运算符不同：= 与 ≥");
    expect(row.cells[1]!.reason).toBe("计量对象不同：计数（次） 与 百分比（%）");
  });

  it("writes durations of one group in its finest unit", () => {
    const row = alignRow([alignInput("a", value("≤7天")), alignInput("b", value("≤2小时"))]);
    expect(row.cells.map((c) => c.common)).toEqual(["≤ 168 小时", "≤ 2 小时"]);
    expect(row.comparableColumns).toEqual(["a", "b"]);
  });
});

describe("radio management rows: Qingdao, Tianjin (and Changsha's shapes)", () => {
  const inputs = (entries: [string, Target][]): AlignInput[] => entries.map(([column, t]) => alignInput(column, t));

  it("satisfaction: ≥90 and ≥95 in three percent spellings form one comparable group", () => {
    const row = alignRow(
      inputs([
        ["tianjin", target(TJ, 8, "绩效管理公众评议满意度")],
        ["tianjin", target(TJ, 9, "系统使用人员满意度")],
        ["qingdao", target(QD, 4, "指标1：重点设台用户满意度")],
        ["qingdao", target(QD, 19, "上级主管部门满意度")],
        ["changsha", split("95", "%", "≥", "服务对象满意度")],
      ]),
    );
    expect(row.groups).toHaveLength(1);
    expect(row.groups[0]).toMatchObject({
      label: "%，运算符 ≥",
      span: { min: 90, max: 95 },
      spellings: ["%", "百分号", "百分比"],
    });
    expect(row.cells.map((c) => c.common)).toEqual(["≥ 90%", "≥ 95%", "≥ 90%", "≥ 90%", "≥ 95%"]);
    expect(row.cells.every((c) => c.reason === null)).toBe(true);
    const names: Record<string, string> = { tianjin: "天津", qingdao: "青岛", changsha: "长沙" };
    expect(rowVerdict(row.groups, row.comparableColumns, 5, (c) => names[c]!)).toEqual({
      comparable: true,
      text: "天津、青岛、长沙可直接比较（%，运算符 ≥，数值 90 至 95）。",
      spellings: "%、百分号、百分比",
    });
  });

  it("event and exam support: ≥14次 against <20次 is flagged as different operators", () => {
    const row = alignRow(
      inputs([
        ["tianjin", target(TJ, 8, "重大活动无线电安全保障和考试保障")],
        ["qingdao", target(QD, 14, "开展次数")],
        ["qingdao", target(QD, 20, "重要考试保障次数")],
        ["changsha", split("20", "次", "≥", "开展考试保障")],
        ["changsha", split("4", "次", "≥", "开展无线电重大活动保障")],
        ["changsha", split("是", "是", "定性", "重大活动及考试保障是否成功")],
      ]),
    );
    expect(row.cells.map((c) => c.common)).toEqual(["< 20 次", "≥ 14 次", "≥ 7 次", "≥ 20 次", "≥ 4 次", "达成"]);
    expect(row.groups[0]).toMatchObject({
      label: "次，运算符 ≥",
      columns: ["qingdao", "changsha"],
      span: { min: 4, max: 20 },
    });
    expect(row.cells.map((c) => c.reason)).toEqual([
      "运算符不同：< 与 ≥",
      null,
      null,
      null,
      null,
      "值的类型不同：定性表述 与 数值",
    ]);
    expect(row.comparableColumns).toEqual(["qingdao", "changsha"]);
  });

  it("event and exam support on Qingdao and Tianjin alone: nothing comparable across regions", () => {
    const row = alignRow(
      inputs([
        ["tianjin", target(TJ, 8, "重大活动无线电安全保障和考试保障")],
        ["qingdao", target(QD, 14, "开展次数")],
        ["qingdao", target(QD, 20, "重要考试保障次数")],
      ]),
    );
    expect(row.comparableColumns).toEqual([]);
    expect(rowVerdict(row.groups, row.comparableColumns, 3, String).comparable).toBe(false);
    // Both sides say why, each against the other region's values.
    expect(row.cells.map((c) => c.reason)).toEqual(["运算符不同：< 与 ≥", "运算符不同：≥ 与 <", "运算符不同：≥ 与 <"]);
  });

  it("complaint handling: 100百分比 and 100% read as the same bare 100%", () => {
    const row = alignRow(
      inputs([
        ["tianjin", target(TJ, 8, "干扰投诉处理率")],
        ["tianjin", target(TJ, 13, "干扰投诉处理率")],
        ["qingdao", target(QD, 14, "投诉处理率")],
        ["qingdao", target(QD, 20, "投诉处理率")],
      ]),
    );
    expect(row.groups).toHaveLength(1);
    expect(row.groups[0]).toMatchObject({
      label: "%，未标明运算符",
      spellings: ["%", "百分比"],
      span: { min: 100, max: 100 },
    });
    expect(row.cells.map((c) => c.common)).toEqual(["100%", "100%", "100%", "100%"]);
    expect(row.comparableColumns).toEqual(["tianjin", "qingdao"]);
  });

  it("project cost: caps in 万元 align, a cost-control percentage does not", () => {
    const row = alignRow(
      inputs([
        ["tianjin", target(TJ, 10, "系统建设费用")],
        ["qingdao", target(QD, 4, "无线电宣传工作经费")],
        ["qingdao", target(QD, 14, "建设项目成本控制")],
        ["changsha", split("14.07", "万元", "≤", "项目总成本")],
      ]),
    );
    expect(row.cells.map((c) => c.common)).toEqual(["≤ 95 万元", "≤ 18 万元", "≤ 10%", "≤ 14.07 万元"]);
    expect(row.cells[2]!.reason).toBe("计量对象不同：百分比（%） 与 金额（万元）");
    expect(row.groups[0]!.spellings).toEqual(["万元", "万"]);
  });
});
