/**
 * The target-value grammar, shape by shape, with the exact reading each value
 * gets. Every value here is copied from the sources (QD, TJ, GD, CS) unless it
 * is marked as a guard case. Ambiguous shapes document the decision taken.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { target, type Target, type TargetUnit } from "../../src/model/schema.ts";
import {
  parseSplitTarget,
  parseTarget,
  type SplitCells,
  type TargetContext,
} from "../../src/normalize/target/index.ts";

const BASE: TargetContext = { documentYear: 2023, level1: null, level2: null, name: null, tableUnit: "万元" };

/** parseTarget, checked against the schema on the way. */
function read(raw: string, ctx: Partial<TargetContext> = {}): Target {
  const t = parseTarget(raw, { ...BASE, ...ctx });
  expect(target.parse(t)).toEqual(t);
  return t;
}

function readSplit(cells: SplitCells, ctx: Partial<TargetContext> = {}): Target {
  const t = parseSplitTarget(cells, { ...BASE, ...ctx });
  expect(target.parse(t)).toEqual(t);
  return t;
}

const unit = (
  raw: string,
  normalized: string,
  dimension: TargetUnit["dimension"],
  source: TargetUnit["source"] = "value",
): TargetUnit => ({
  raw,
  normalized,
  dimension,
  source,
});
const percent = (raw = "%", source: TargetUnit["source"] = "value") => unit(raw, "%", "percent", source);
const count = (raw: string, source: TargetUnit["source"] = "value") => unit(raw, raw, "count", source);

describe("percentages", () => {
  it("reads sign, number and the word spellings 百分号/百分比 as %", () => {
    expect(read("≦10百分比")).toEqual({
      raw: "≦10百分比",
      kind: "quantity",
      op: "<=",
      opSource: "symbol",
      value: 10,
      unit: percent("百分比"),
      flags: ["percentWord"],
    });
    expect(read("≥90百分号")).toEqual({
      raw: "≥90百分号",
      kind: "quantity",
      op: ">=",
      opSource: "symbol",
      value: 90,
      unit: percent("百分号"),
      flags: ["percentWord"],
    });
    expect(read("100百分比")).toEqual({
      raw: "100百分比",
      kind: "quantity",
      value: 100,
      unit: percent("百分比"),
      flags: ["percentWord"],
    });
    expect(read("≥95%")).toEqual({
      raw: "≥95%",
      kind: "quantity",
      op: ">=",
      opSource: "symbol",
      value: 95,
      unit: percent(),
      flags: [],
    });
    expect(read("≤1%")).toMatchObject({ op: "<=", value: 1, unit: percent() });
    expect(read("0%")).toEqual({ raw: "0%", kind: "quantity", value: 0, unit: percent(), flags: [] });
    // Read after folding (src/normalize/text/fold.ts): the unit as read, the printed value in raw.
    expect(read("100％")).toMatchObject({
      raw: "100％",
      kind: "quantity",
      value: 100,
      unit: percent("%"),
      flags: ["textFolded"],
    });
  });

  it("reads GD's ≧ (U+2267) as >= and a trailing 以上 as a word operator", () => {
    expect(read("≧90%")).toMatchObject({ op: ">=", opSource: "symbol", value: 90 });
    expect(read("90%以上")).toEqual({
      raw: "90%以上",
      kind: "quantity",
      op: ">=",
      opSource: "word",
      value: 90,
      unit: percent(),
      flags: ["opFromWord"],
    });
  });

  it("gives a bare number no operator (it is not '=')", () => {
    expect(read("100%").op).toBeUndefined();
    expect(read("100%").opSource).toBeUndefined();
  });

  it("flags a percentage above 100 but still reads it; 100 itself is fine", () => {
    expect(read("≥120%")).toMatchObject({ value: 120, flags: ["percentOver100"] });
    expect(read("≥100%").flags).toEqual([]);
  });
});

describe("money and the bare 万", () => {
  it("keeps 万元/亿元/元 as the unit, never rescaling the number", () => {
    expect(read("≤2076.7万元")).toEqual({
      raw: "≤2076.7万元",
      kind: "quantity",
      op: "<=",
      opSource: "symbol",
      value: 2076.7,
      unit: unit("万元", "万元", "money"),
      flags: [],
    });
    expect(read("≥10亿元")).toMatchObject({ op: ">=", value: 10, unit: unit("亿元", "亿元", "money") });
    expect(read("≤450元")).toMatchObject({ op: "<=", value: 450, unit: unit("元", "元", "money") });
    expect(read("1200万元")).toEqual({
      raw: "1200万元",
      kind: "quantity",
      value: 1200,
      unit: unit("万元", "万元", "money"),
      flags: [],
    });
    expect(read("≤1000万元").scale).toBeUndefined();
  });

  it("reads ≤170万 as 万元 only under 成本指标 in a table headed 单位：万元", () => {
    expect(read("≤170万", { level1: "成本指标", level2: "经济成本指标" })).toEqual({
      raw: "≤170万",
      kind: "quantity",
      op: "<=",
      opSource: "symbol",
      value: 170,
      unit: { raw: "万", normalized: "万元", dimension: "money", source: "tableHeader" },
      flags: ["unitFromTableHeader"],
    });
    expect(read("≤18万", { level1: "成本指标" }).unit?.normalized).toBe("万元");
  });

  it("otherwise keeps a bare 万 as scale 10000 with no unit (≥80万 page views)", () => {
    expect(read("≥80万", { level1: "效益指标" })).toEqual({
      raw: "≥80万",
      kind: "quantity",
      op: ">=",
      opSource: "symbol",
      value: 80,
      scale: 10000,
      flags: ["bareWan"],
    });
    // The same cost value in a table without the 万元 header:
    expect(read("≤170万", { level1: "成本指标", tableUnit: null })).toMatchObject({ scale: 10000, flags: ["bareWan"] });
    expect(read("≤170万", { level1: "成本指标", tableUnit: null }).unit).toBeUndefined();
  });

  it("keeps 万 before a count or mass unit as a scale, apart from the value", () => {
    expect(read("8.5万家次")).toEqual({
      raw: "8.5万家次",
      kind: "quantity",
      value: 8.5,
      scale: 10000,
      unit: count("家次"),
      flags: [],
    });
    expect(read("≥5万吨")).toEqual({
      raw: "≥5万吨",
      kind: "quantity",
      op: ">=",
      opSource: "symbol",
      value: 5,
      scale: 10000,
      unit: unit("吨", "吨", "mass"),
      flags: [],
    });
  });

  it("guard: 万 is never a scale on money or percent, and a bare 亿 is not read", () => {
    expect(read("5万%").kind).toBe("unparsed");
    expect(read("≥2亿").kind).toBe("unparsed");
  });
});

describe("compound units", () => {
  it("reads / and | as 'per', normalized with /", () => {
    expect(read("≥4.5万元/辆")).toMatchObject({ op: ">=", value: 4.5, unit: unit("万元/辆", "万元/辆", "rate") });
    expect(read("≤10万元|家")).toMatchObject({ op: "<=", value: 10, unit: unit("万元|家", "万元/家", "rate") });
    expect(read("≤50万元|家")).toMatchObject({ value: 50, unit: unit("万元|家", "万元/家", "rate") });
    expect(read("≤2元/千瓦时")).toMatchObject({ value: 2, unit: unit("元/千瓦时", "元/千瓦时", "rate") });
    expect(read("≤30元/千瓦")).toMatchObject({ value: 30, unit: unit("元/千瓦", "元/千瓦", "rate") });
  });

  it("reads mass per mass as a concentration", () => {
    expect(read("18-33毫克/公斤")).toEqual({
      raw: "18-33毫克/公斤",
      kind: "range",
      min: 18,
      max: 33,
      unit: unit("毫克/公斤", "毫克/公斤", "concentration"),
      flags: [],
    });
  });

  it("reads ≤12.05月|日 as a date (5 December of the budget year), not 'month per day'", () => {
    expect(read("≤12.05月|日", { level2: "时效指标" })).toEqual({
      raw: "≤12.05月|日",
      kind: "deadline",
      op: "<=",
      opSource: "symbol",
      deadline: { relation: "by", year: 2023, month: 12, day: 5, end: "2023-12-05", yearSource: "documentYear" },
      flags: ["pickerDate", "monthOfBudgetYear"],
    });
    expect(read("≤13.40月|日").kind).toBe("unparsed");
  });
});

describe("counts and other units", () => {
  const cases: [string, Target["op"], number, TargetUnit][] = [
    ["≥130次", ">=", 130, count("次")],
    ["≥4000吨", ">=", 4000, unit("吨", "吨", "mass")],
    ["≥102种", ">=", 102, count("种")],
    ["≥10000人次", ">=", 10000, count("人次")],
    ["≥5200家", ">=", 5200, count("家")],
    ["≥7台", ">=", 7, count("台")],
    ["≥30期", ">=", 30, count("期")],
    ["≥30场次", ">=", 30, count("场次")],
    ["≥3场", ">=", 3, count("场")],
    ["≥200辆", ">=", 200, count("辆")],
    ["≥15个", ">=", 15, count("个")],
    ["≥2500户", ">=", 2500, count("户")],
    ["≥5倍", ">=", 5, count("倍")],
    ["≥1批", ">=", 1, count("批")],
    ["≥100项", ">=", 100, count("项")],
    ["≤50人", "<=", 50, count("人")],
    ["≤23家", "<=", 23, count("家")],
    ["≤8项", "<=", 8, count("项")],
    ["<20次", "<", 20, count("次")],
  ];
  it.each(cases)("%s → %s %d", (raw, op, value, u) => {
    expect(read(raw)).toEqual({ raw, kind: "quantity", op, opSource: "symbol", value, unit: u, flags: [] });
  });

  it("keeps caps on outputs (≤5次, <20次) as printed; never flips them to ≥", () => {
    expect(read("≤5次").op).toBe("<=");
    expect(read("<20次").op).toBe("<");
  });

  it("reads GD's 至少 as >= (a word operator)", () => {
    expect(read("至少2次")).toEqual({
      raw: "至少2次",
      kind: "quantity",
      op: ">=",
      opSource: "word",
      value: 2,
      unit: count("次"),
      flags: ["opFromWord"],
    });
    expect(read("至少15篇")).toMatchObject({ op: ">=", value: 15, unit: count("篇") });
    expect(read("至少3个")).toMatchObject({ op: ">=", value: 3, unit: count("个") });
  });

  it("reads numbers with a unit and no sign without an operator", () => {
    for (const [raw, value, u] of [
      ["17间", 17, "间"],
      ["60家", 60, "家"],
      ["350个", 350, "个"],
      ["1套", 1, "套"],
      ["350人次", 350, "人次"],
    ] as const) {
      expect(read(raw)).toEqual({ raw, kind: "quantity", value, unit: count(u), flags: [] });
    }
  });

  it("keeps zero counts as quantities with value 0 (not qualitative)", () => {
    for (const raw of ["0次", "0个", "0件"]) expect(read(raw)).toMatchObject({ kind: "quantity", value: 0 });
  });

  it("reads GHz in both spellings", () => {
    expect(read("6GHz")).toEqual({
      raw: "6GHz",
      kind: "quantity",
      value: 6,
      unit: unit("GHz", "GHz", "frequency-hz"),
      flags: [],
    });
    expect(read("18Ghz").unit).toEqual(unit("Ghz", "GHz", "frequency-hz"));
  });

  it("keeps one unknown character as a unit of dimension unknown, but not an approximation word", () => {
    expect(read("≥3届")).toMatchObject({ value: 3, unit: unit("届", "届", "unknown") });
    expect(read("2000余家")).toEqual({ raw: "2000余家", kind: "unparsed", flags: ["strayCharacters"] });
    expect(read("5千").kind).toBe("unparsed");
  });

  it("reads a number with no unit as a bare quantity (GD 3000, QD budget cells)", () => {
    expect(read("3000")).toEqual({ raw: "3000", kind: "quantity", value: 3000, flags: [] });
    expect(read("32.00")).toEqual({ raw: "32.00", kind: "quantity", value: 32, flags: [] });
  });
});

describe("units and signs from the indicator name", () => {
  it("takes a unit printed in the name when the value has none (GD 工艺美术)", () => {
    expect(read("≥10", { name: "工艺美术展览展示活动（次）" })).toEqual({
      raw: "≥10",
      kind: "quantity",
      op: ">=",
      opSource: "symbol",
      value: 10,
      unit: count("次", "indicatorName"),
      flags: ["unitFromIndicatorName"],
    });
    expect(read("100", { name: "工艺美术展览会完成率（%）" }).unit).toEqual(percent("%", "indicatorName"));
    expect(read("10", { name: "工美园区及其他项目拉动产值（亿元）" }).unit).toEqual(
      unit("亿元", "亿元", "money", "indicatorName"),
    );
    expect(read("5000", { name: "工美园区及工美其他相关收入（万元）" }).unit).toEqual(
      unit("万元", "万元", "money", "indicatorName"),
    );
    expect(read("≥10000", { name: "工艺美术展览展示活动面积（平方米）" }).unit).toEqual(
      unit("平方米", "平方米", "unknown", "indicatorName"),
    );
    expect(read("≥100", { name: "服务工艺美术从业者或匠人(人)" }).unit).toEqual(count("人", "indicatorName"));
  });

  it("keeps the value's own unit and flags a different one in the name", () => {
    expect(read("≥70百分号", { name: "实物储备企业数量（个）" })).toMatchObject({
      unit: percent("百分号"),
      flags: ["percentWord", "unitMismatch"],
    });
    expect(read("≥90%", { name: "满意度（%）" }).flags).toEqual([]);
  });

  it("does not take a time unit from the name: 完成时间（月） does not say December or twelve months", () => {
    expect(read("12", { name: "完成时间（月）" })).toEqual({ raw: "12", kind: "quantity", value: 12, flags: [] });
  });

  it("does not put a name unit after a bare 万 (170万 under （万元） is not 170万万元)", () => {
    expect(read("≥80万", { name: "收入（万元）" })).toMatchObject({ scale: 10000, flags: ["bareWan"] });
    expect(read("≥80万", { name: "收入（万元）" }).unit).toBeUndefined();
  });

  it("takes a sign printed after the name (CS 服务对象满意度≥ | 95%)", () => {
    expect(read("95%", { name: "服务对象满意度≥" })).toEqual({
      raw: "95%",
      kind: "quantity",
      op: ">=",
      opSource: "indicatorName",
      value: 95,
      unit: percent(),
      flags: ["opFromNameCell"],
    });
    expect(read("95%", { name: "服务对象满意度 ≥" }).op).toBe(">=");
  });

  it("takes the sign once when name and value print the same one; unparsed when they differ", () => {
    expect(read("≥95%", { name: "服务对象满意度≥" })).toMatchObject({ op: ">=", opSource: "symbol", flags: [] });
    expect(read("≤95%", { name: "服务对象满意度≥" })).toEqual({
      raw: "≤95%",
      kind: "unparsed",
      flags: ["cellConflict"],
    });
  });

  it("drops a label repeating the name before the sign (满意度≥95%), and only then", () => {
    expect(read("满意度≥95%", { name: "企业满意度" })).toEqual({
      raw: "满意度≥95%",
      kind: "quantity",
      op: ">=",
      opSource: "symbol",
      value: 95,
      unit: percent(),
      flags: ["labelInValue"],
    });
    expect(read("满意度≥95%", { name: "培训合格率" })).toEqual({
      raw: "满意度≥95%",
      kind: "unparsed",
      flags: ["embeddedNumber"],
    });
  });
});

describe("ranges", () => {
  it("reads two bare numbers joined by - as a range (CS 3-10, 3-6)", () => {
    expect(read("3-10")).toEqual({ raw: "3-10", kind: "range", min: 3, max: 10, flags: [] });
    expect(read("3-6", { name: "离退休活动（次）" })).toEqual({
      raw: "3-6",
      kind: "range",
      min: 3,
      max: 6,
      unit: count("次", "indicatorName"),
      flags: ["unitFromIndicatorName"],
    });
  });

  it("decision: 2023年1月-12月 is a period, not a range; the schema has no period start, so it stays unparsed", () => {
    expect(read("2023年1月-12月")).toEqual({ raw: "2023年1月-12月", kind: "unparsed", flags: ["strayCharacters"] });
  });

  it("guard: a reversed range, a range under a sign and a range of months stay unparsed", () => {
    expect(read("10-3").kind).toBe("unparsed");
    expect(read("≥3-6").kind).toBe("unparsed");
    expect(read("3-6个月").kind).toBe("unparsed");
  });
});

describe("deadlines", () => {
  it("reads TJ's year-end and month-end deadlines as 'by'", () => {
    expect(read("2024年底前")).toEqual({
      raw: "2024年底前",
      kind: "deadline",
      deadline: { relation: "by", year: 2024, end: "2024-12-31", yearSource: "value" },
      flags: [],
    });
    expect(read("2024年12月底前").deadline).toEqual({
      relation: "by",
      year: 2024,
      month: 12,
      end: "2024-12-31",
      yearSource: "value",
    });
  });

  it("reads a half year as 'during', ending with the half", () => {
    expect(read("2024年上半年").deadline).toEqual({
      relation: "during",
      year: 2024,
      half: 1,
      end: "2024-06-30",
      yearSource: "value",
    });
    expect(read("2024年下半年").deadline).toEqual({
      relation: "during",
      year: 2024,
      half: 2,
      end: "2024-12-31",
      yearSource: "value",
    });
  });

  it("reads 2024年12月 as 'during' the month and flags that 'by' is as likely", () => {
    expect(read("2024年12月")).toEqual({
      raw: "2024年12月",
      kind: "deadline",
      deadline: { relation: "during", year: 2024, month: 12, end: "2024-12-31", yearSource: "value" },
      flags: ["deadlineRelationAmbiguous"],
    });
    // With ≤ the relation is stated, and the flag goes.
    expect(read("≤2024年12月")).toMatchObject({ op: "<=", deadline: { relation: "by" }, flags: [] });
  });

  it("reads a full date (CS 2023年12月30日) and a year (CS = 2023 年)", () => {
    expect(read("2023年12月30日").deadline).toEqual({
      relation: "by",
      year: 2023,
      month: 12,
      day: 30,
      end: "2023-12-30",
      yearSource: "value",
    });
    expect(read("= 2023 年")).toEqual({
      raw: "= 2023 年",
      kind: "deadline",
      op: "=",
      opSource: "symbol",
      deadline: { relation: "during", year: 2023, end: "2023-12-31", yearSource: "value" },
      flags: [],
    });
  });

  it("reads QD's ≤10月 / ≤11月份 as a month of the document's budget year", () => {
    expect(read("≤10月", { level2: "时效指标" })).toEqual({
      raw: "≤10月",
      kind: "deadline",
      op: "<=",
      opSource: "symbol",
      deadline: { relation: "by", year: 2023, month: 10, end: "2023-10-31", yearSource: "documentYear" },
      flags: ["monthOfBudgetYear"],
    });
    expect(read("≤11月份").deadline?.end).toBe("2023-11-30");
    expect(read("≤12月份").deadline?.end).toBe("2023-12-31");
    expect(read("≤11月份", { documentYear: 2024 }).deadline?.end).toBe("2024-11-30");
  });

  it("guard: impossible dates and signs a deadline cannot take stay unparsed", () => {
    expect(read("2023年2月30日").kind).toBe("unparsed");
    expect(read("≤13月").kind).toBe("unparsed");
    expect(read("≥2024年").kind).toBe("unparsed");
    expect(read("<11月").kind).toBe("unparsed");
  });
});

describe("durations", () => {
  const cases: [string, Target["op"], number, NonNullable<Target["duration"]>["unit"]][] = [
    ["24小时", undefined, 24, "hour"],
    ["≤2小时", "<=", 2, "hour"],
    ["≤7天", "<=", 7, "day"],
    ["≤60日", "<=", 60, "day"],
    ["≤50日", "<=", 50, "day"],
    ["≤2个月", "<=", 2, "month"],
    ["≥8个月", ">=", 8, "month"],
    ["1季度", undefined, 1, "quarter"],
    ["≥1年", ">=", 1, "year"],
    ["1年", undefined, 1, "year"],
  ];
  it.each(cases)("%s", (raw, op, amount, u) => {
    const t = read(raw);
    expect(t).toEqual({
      raw,
      kind: "duration",
      ...(op && { op, opSource: "symbol" }),
      duration: { amount, unit: u },
      flags: [],
    });
  });

  it("reads GD's duration with its explicit period, and checks that they agree", () => {
    expect(read("12个月（2020年11月至2021年10月）")).toEqual({
      raw: "12个月（2020年11月至2021年10月）",
      kind: "duration",
      duration: { amount: 12, unit: "month", from: "2020-11", to: "2021-10" },
      flags: [],
    });
    expect(read("22个月（2021年7月至2023年4月）").duration).toEqual({
      amount: 22,
      unit: "month",
      from: "2021-07",
      to: "2023-04",
    });
    expect(read("18个月（2021年7月至2022年12月）").duration).toEqual({
      amount: 18,
      unit: "month",
      from: "2021-07",
      to: "2022-12",
    });
    expect(read("11个月（2020年11月至2021年10月）").kind).toBe("unparsed");
  });
});

describe("frequencies", () => {
  it("reads 按月 and 每季度不少于1家", () => {
    expect(read("按月")).toEqual({ raw: "按月", kind: "frequency", frequency: { per: "month" }, flags: [] });
    expect(read("每季度不少于1家")).toEqual({
      raw: "每季度不少于1家",
      kind: "frequency",
      op: ">=",
      opSource: "word",
      frequency: { per: "quarter", count: 1, unit: "家" },
      flags: ["opFromWord"],
    });
  });

  it("leaves a phrase starting with 按 alone", () => {
    expect(read("按年度计划完成")).toMatchObject({ kind: "qualitative", qualitative: { direction: null } });
  });
});

describe("qualitative values", () => {
  const cases: [
    string,
    string,
    NonNullable<Target["qualitative"]>["direction"],
    NonNullable<Target["qualitative"]>["intensity"]?,
  ][] = [
    ["提升", "提升", "increase"],
    ["提高", "提高", "increase"],
    ["增长", "增长", "increase"],
    ["壮大", "壮大", "increase"],
    ["扩大", "扩大", "increase"],
    ["提升大会形象", "提升", "increase"],
    ["显著提升", "显著提升", "increase", "strong"],
    ["有所提升", "有所提升", "increase", "weak"],
    ["同比提升", "同比提升", "increase", "yoy"],
    ["降低", "降低", "decrease"],
    ["有效降低", "有效降低", "decrease"],
    ["减少", "减少", "decrease"],
    ["是", "是", "achieve"],
    ["合规", "合规", "achieve"],
    ["资金拨付合规", "资金拨付合规", "achieve"],
    ["满足", "满足", "achieve"],
    ["满意", "满意", "achieve"],
    ["妥善处理", "妥善处理", "achieve"],
    ["推动", "推动", "achieve"],
    ["有力推动", "有力推动", "achieve", "strong"],
    ["保障", "保障", "achieve"],
    ["有效保障", "有效保障", "achieve"],
    ["可持续", "可持续", "achieve"],
    ["明显", "明显", "achieve", "strong"],
    ["持续保障", "持续保障", "maintain"],
    ["持续推动", "持续推动", "maintain"],
    ["无", "无", "zero"],
    ["无投诉", "无投诉", "zero"],
    ["无重大安全事故发生", "无重大安全事故发生", "zero"],
    ["否", "否", "zero"],
    ["良好", "良好", "grade"],
  ];
  it.each(cases)("%s → %s %s", (raw, term, direction, intensity) => {
    expect(read(raw)).toEqual({
      raw,
      kind: "qualitative",
      qualitative: { term, direction, ...(intensity && { intensity }) },
      flags: [],
    });
  });

  it("keeps free text with direction null, never mining a direction from inside it", () => {
    for (const raw of [
      "按照补贴标准降低新能源汽车购车成本",
      "有限的频率能够满足更多的需求",
      "设备严格根据保密要求购置，符合保密要求，全部达成预期指标，持续提高保密管理水平",
      "以工业和信息化部审核并备案的实施方案所列情况为准，主要包括围绕培育体系建设、信贷融资服务、创新创业服务、人才智力服务、大中小企业融通发展、地方特色培育情况等六个方面。",
    ]) {
      expect(read(raw)).toEqual({ raw, kind: "qualitative", qualitative: { term: raw, direction: null }, flags: [] });
    }
  });

  it("decision: a sentence that starts with a verb of change takes it (TJ 提高频率方案的可行性…)", () => {
    expect(read("提高频率方案的可行性，提高频率的使用效率").qualitative).toEqual({
      term: "提高",
      direction: "increase",
    });
  });

  it("guard: whole-value terms do not read longer words (无线电…, 满意度…, 是否…)", () => {
    for (const raw of ["无线电监测", "满意度高", "是否完成", "保障性住房"]) {
      expect(read(raw).qualitative?.direction).toBeNull();
    }
  });
});

describe("values left unparsed on purpose", () => {
  it("TJ: a number glued to the indicator name, a number inside text", () => {
    expect(read("1增资企业数量")).toEqual({ raw: "1增资企业数量", kind: "unparsed", flags: ["strayCharacters"] });
    expect(read("政府采购率100%，审批的质量和效率有效提高")).toEqual({
      raw: "政府采购率100%，审批的质量和效率有效提高",
      kind: "unparsed",
      flags: ["embeddedNumber"],
    });
  });

  it("CS: two targets in one cell, a sentence with a year", () => {
    expect(read("1. 进行消防器材购置及更换1次。2. 完成电梯年审及按季度维护。")).toMatchObject({
      kind: "unparsed",
      flags: ["multipleValues"],
    });
    expect(read("在 2023 年(度)内完成")).toMatchObject({ kind: "unparsed", flags: ["embeddedNumber"] });
  });

  it("decision: / and - (published for 'not applicable') are unparsed, not empty", () => {
    for (const raw of ["/", "-", "—", "／"]) expect(read(raw)).toEqual({ raw, kind: "unparsed", flags: [] });
  });

  it("decision: two operators in one value (≥90%以上) are not merged", () => {
    expect(read("≥90%以上")).toMatchObject({ kind: "unparsed" });
  });

  it("guard: trailing characters are never dropped silently", () => {
    expect(read("≥90%。")).toEqual({ raw: "≥90%。", kind: "unparsed", flags: ["strayCharacters"] });
    expect(read("≥5次左右").kind).toBe("unparsed");
    expect(read("≥").kind).toBe("unparsed");
  });

  it("guard: spaces between digits are not closed up, long digit runs are not read (full-width digits are, after folding)", () => {
    expect(read("1 2次").kind).toBe("unparsed");
    expect(read("1 .5万元").kind).toBe("unparsed");
    expect(read("１００％")).toMatchObject({ raw: "１００％", kind: "quantity", value: 100, flags: ["textFolded"] });
    expect(read("1234567890123456789次").kind).toBe("unparsed");
  });
});

describe("empty values and context", () => {
  it("reads blank cells as empty", () => {
    for (const raw of ["", "   ", "\u3000", "\n"]) expect(read(raw)).toEqual({ raw: "", kind: "empty", flags: [] });
  });

  it("keeps the published value trimmed and otherwise as printed", () => {
    expect(read("  ≥ 20次 ").raw).toBe("≥ 20次");
  });

  it("marks GD's second value column with its period", () => {
    expect(read("≥30", { period: "projectCycle" })).toMatchObject({ value: 30, period: "projectCycle" });
  });
});

describe("Changsha split cells (value | 度量单位 | 指标值类型)", () => {
  it("combines a bare value with its unit cell and the sign in the type cell", () => {
    expect(readSplit({ value: "20", unit: "次", valueType: "≥" })).toEqual({
      raw: "20",
      cells: { value: "20", unit: "次", valueType: "≥" },
      kind: "quantity",
      op: ">=",
      opSource: "valueType",
      value: 20,
      unit: count("次", "unitCell"),
      flags: [],
    });
    expect(readSplit({ value: "151.95", unit: "万元", valueType: "≤" })).toMatchObject({
      op: "<=",
      value: 151.95,
      unit: unit("万元", "万元", "money", "unitCell"),
    });
    expect(readSplit({ value: "100", unit: "%", valueType: "=" })).toMatchObject({
      op: "=",
      value: 100,
      unit: percent("%", "unitCell"),
    });
    expect(readSplit({ value: "0", unit: "起", valueType: "=" })).toMatchObject({
      kind: "quantity",
      op: "=",
      value: 0,
      unit: count("起", "unitCell"),
    });
    expect(readSplit({ value: "95", unit: "%", valueType: ">" })).toMatchObject({ op: ">", value: 95 });
    expect(readSplit({ value: "95", unit: "百分比", valueType: "≥" })).toMatchObject({
      op: ">=",
      unit: percent("百分比", "unitCell"),
      flags: ["percentWord"],
    });
  });

  it("reads 定量 as 'quantitative, no comparison'", () => {
    expect(readSplit({ value: "380", unit: "次", valueType: "定量" })).toEqual({
      raw: "380",
      cells: { value: "380", unit: "次", valueType: "定量" },
      kind: "quantity",
      value: 380,
      unit: count("次", "unitCell"),
      flags: [],
    });
    expect(readSplit({ value: "3-10", unit: "项", valueType: "定量" })).toMatchObject({
      kind: "range",
      min: 3,
      max: 10,
      unit: count("项", "unitCell"),
      flags: [],
    });
    expect(readSplit({ value: "53.5", unit: "万元", valueType: "定量" })).toMatchObject({
      value: 53.5,
      unit: { normalized: "万元" },
    });
  });

  it("ignores unit cells that echo the value or say 'none' (是|是, 增长|是, 否|否, 100%|%, 可持续|可持续)", () => {
    expect(readSplit({ value: "是", unit: "是", valueType: "定性" })).toMatchObject({
      kind: "qualitative",
      qualitative: { direction: "achieve" },
      flags: [],
    });
    expect(readSplit({ value: "增长", unit: "是", valueType: "定性" })).toMatchObject({
      qualitative: { direction: "increase" },
      flags: [],
    });
    expect(readSplit({ value: "否", unit: "否", valueType: "定性" })).toMatchObject({
      qualitative: { direction: "zero" },
      flags: [],
    });
    expect(readSplit({ value: "是", unit: "无", valueType: "定性" }).flags).toEqual([]);
    expect(readSplit({ value: "妥善处理", unit: "-", valueType: "定性" })).toMatchObject({
      qualitative: { direction: "achieve" },
      flags: [],
    });
    expect(readSplit({ value: "可持续", unit: "可持续", valueType: "定性" }).flags).toEqual([]);
    expect(readSplit({ value: "100%", unit: "%", valueType: "=" })).toMatchObject({
      op: "=",
      value: 100,
      unit: percent(),
      flags: [],
    });
  });

  it("accepts a unit cell that spells the value's unit differently (100%|百分比)", () => {
    expect(readSplit({ value: "100%", unit: "百分比", valueType: "≥" })).toMatchObject({
      op: ">=",
      opSource: "valueType",
      value: 100,
      unit: percent(),
      flags: [],
    });
  });

  it("reads the department table's glued values (≥ 20次, = 9次, 2次 under ≥)", () => {
    expect(readSplit({ value: "≥ 20次" })).toMatchObject({
      op: ">=",
      opSource: "symbol",
      value: 20,
      unit: count("次"),
    });
    expect(readSplit({ value: "= 9次", unit: "" })).toMatchObject({ op: "=", value: 9 });
    expect(readSplit({ value: "2次", unit: "", valueType: "≥" })).toMatchObject({
      op: ">=",
      opSource: "valueType",
      value: 2,
    });
  });

  it("takes the sign once when value and type both print it (CS 602: 满意度≥95% | % | ≥)", () => {
    expect(readSplit({ value: "满意度≥95%", unit: "%", valueType: "≥" }, { name: "企业满意度" })).toEqual({
      raw: "满意度≥95%",
      cells: { value: "满意度≥95%", unit: "%", valueType: "≥" },
      kind: "quantity",
      op: ">=",
      opSource: "symbol",
      value: 95,
      unit: percent(),
      flags: ["labelInValue"],
    });
  });

  it("takes the sign after the name in the department table (服务对象满意度≥ | 95%)", () => {
    expect(readSplit({ value: "95%", unit: "", valueType: "" }, { name: "服务对象满意度≥" })).toMatchObject({
      op: ">=",
      opSource: "indicatorName",
      flags: ["opFromNameCell"],
    });
  });

  it("reads a bare 万 in the unit cell like a bare 万 in the value (CS 586: 33.3 | 万 | ≤)", () => {
    expect(readSplit({ value: "33.3", unit: "万", valueType: "≤" }, { level1: "成本指标" })).toMatchObject({
      op: "<=",
      value: 33.3,
      unit: { raw: "万", normalized: "万元", dimension: "money", source: "tableHeader" },
      flags: ["unitFromTableHeader"],
    });
    expect(readSplit({ value: "33.3", unit: "万", valueType: "≤" }, { level1: "产出指标" })).toMatchObject({
      scale: 10000,
      flags: ["bareWan"],
    });
  });

  it("decision: a time unit cell makes a deadline only under 时效指标 (12|月|≤ is December; 3|月 under 数量 may be three months)", () => {
    expect(readSplit({ value: "12", unit: "月", valueType: "≤" }, { level2: "时效指标" })).toMatchObject({
      kind: "deadline",
      op: "<=",
      opSource: "valueType",
      deadline: { relation: "by", year: 2023, month: 12, end: "2023-12-31", yearSource: "documentYear" },
      flags: ["monthOfBudgetYear"],
    });
    expect(readSplit({ value: "2023", unit: "年", valueType: "=" }, { level2: "时效指标" })).toMatchObject({
      kind: "deadline",
      op: "=",
      deadline: { relation: "during", year: 2023, end: "2023-12-31" },
    });
    expect(readSplit({ value: "3", unit: "月", valueType: "定量" }, { level2: "数量指标" })).toEqual({
      raw: "3",
      cells: { value: "3", unit: "月", valueType: "定量" },
      kind: "unparsed",
      flags: [],
    });
  });

  it("reads a date under 定性 as a deadline (CS 557: 2023年12月30日 | 是 | 定性)", () => {
    expect(readSplit({ value: "2023年12月30日", unit: "是", valueType: "定性" })).toMatchObject({
      kind: "deadline",
      deadline: { end: "2023-12-30" },
      flags: [],
    });
  });

  describe("contradicting cells: flagged cellConflict, never guessed", () => {
    it("unparsed when the unit of the number is in question (49.05万 | % | ≤, 100 | 5 | =)", () => {
      expect(readSplit({ value: "49.05万", unit: "%", valueType: "≤" }, { level1: "成本指标" })).toEqual({
        raw: "49.05万",
        cells: { value: "49.05万", unit: "%", valueType: "≤" },
        kind: "unparsed",
        flags: ["cellConflict"],
      });
      expect(readSplit({ value: "100", unit: "5", valueType: "=" })).toMatchObject({
        kind: "unparsed",
        flags: ["cellConflict"],
      });
      expect(readSplit({ value: "≥90%", unit: "次" })).toMatchObject({ kind: "unparsed", flags: ["cellConflict"] });
    });

    it("unparsed when the comparisons differ (≥90% | | ≤)", () => {
      expect(readSplit({ value: "≥90%", unit: "", valueType: "≤" })).toMatchObject({
        kind: "unparsed",
        flags: ["cellConflict"],
      });
    });

    it("unparsed when a unit cell would add more than a unit (5 | 以上)", () => {
      expect(readSplit({ value: "5", unit: "以上" })).toMatchObject({ kind: "unparsed", flags: ["cellConflict"] });
    });

    it("keeps the range and drops the sign for 4-6 | 次 | ≥ (CS 578)", () => {
      expect(readSplit({ value: "4-6", unit: "次", valueType: "≥" })).toEqual({
        raw: "4-6",
        cells: { value: "4-6", unit: "次", valueType: "≥" },
        kind: "range",
        min: 4,
        max: 6,
        unit: count("次", "unitCell"),
        flags: ["cellConflict"],
      });
    });

    it("keeps text as text under a unit or 定量 (中小企业 | % | 定性, 提高 | - | 定量, 办公场地正常使用 | 满足办公场地正常运转 | 定量)", () => {
      expect(readSplit({ value: "中小企业", unit: "%", valueType: "定性" })).toEqual({
        raw: "中小企业",
        cells: { value: "中小企业", unit: "%", valueType: "定性" },
        kind: "qualitative",
        qualitative: { term: "中小企业", direction: null },
        flags: ["cellConflict"],
      });
      expect(readSplit({ value: "提高", unit: "-", valueType: "定量" })).toMatchObject({
        qualitative: { direction: "increase" },
        flags: ["cellConflict"],
      });
      expect(readSplit({ value: "办公场地正常使用", unit: "满足办公场地正常运转", valueType: "定量" })).toMatchObject({
        kind: "qualitative",
        flags: ["cellConflict"],
      });
    });

    it("keeps the number and unit, with no comparison, under 定性 (100 | % | 定性)", () => {
      expect(readSplit({ value: "100", unit: "%", valueType: "定性" })).toEqual({
        raw: "100",
        cells: { value: "100", unit: "%", valueType: "定性" },
        kind: "quantity",
        value: 100,
        unit: percent("%", "unitCell"),
        flags: ["cellConflict"],
      });
    });

    it("keeps the reading and flags an unknown type cell", () => {
      expect(readSplit({ value: "20", unit: "次", valueType: "区间" })).toMatchObject({
        value: 20,
        flags: ["cellConflict"],
      });
    });
  });

  it("leaves placeholders and unreadable values as they are", () => {
    expect(readSplit({ value: "/", unit: "/", valueType: "/" })).toEqual({
      raw: "/",
      cells: { value: "/", unit: "/", valueType: "/" },
      kind: "unparsed",
      flags: [],
    });
    expect(
      readSplit({ value: "1. 进行消防器材购置及更换1次。2. 完成电梯年审及按季度维护。", unit: "次", valueType: "=" }),
    ).toMatchObject({ kind: "unparsed", flags: ["multipleValues"] });
    expect(readSplit({ value: "2023年1月-12月", unit: "1年", valueType: "=" }).kind).toBe("unparsed");
    expect(readSplit({ value: "", unit: "次", valueType: "≥" })).toMatchObject({ kind: "empty", flags: [] });
  });

  it("keeps every cell verbatim and the raw value trimmed", () => {
    const t = readSplit({ value: " 95 ", unit: " % ", valueType: " ≥ " });
    expect(t).toMatchObject({
      raw: "95",
      cells: { value: " 95 ", unit: " % ", valueType: " ≥ " },
      op: ">=",
      value: 95,
      unit: percent("%", "unitCell"),
    });
  });
});

/* ---------- the real sources ---------- */

const source = (file: string) =>
  readFileSync(new URL(`../../content/sources/${file}`, import.meta.url), "utf8").split("\n");

/** Rows are blocks of tab-indented cells separated by empty lines. */
function blocks(lines: string[]): string[][] {
  const out: string[][] = [[]];
  for (const line of lines) {
    if (line === "") out.push([]);
    else out[out.length - 1]?.push(line);
  }
  return out.filter((b) => b.length > 0);
}

/**
 * QD: … | (empty cell) | 指标值 | 指标值确定依据 — the value is the second-last cell after an empty one.
 * The same block shape also catches ten budget cells (32.00, 1420.00 …), left out by their two decimals.
 */
const qingdaoValues = () =>
  blocks(source("qingdao-2023-gongxinju-project-targets.txt"))
    .filter((b) => b.length >= 4 && b.at(-3)?.trim() === "" && b.at(-2)?.trim() !== "")
    .map((b) => b.at(-2)?.trim() ?? "")
    .filter((v) => v !== "指标值" && !/^\d+\.\d\d$/.test(v));

/** TJ: 一级 | 二级 | 三级 | 描述 | 指标值 — the value is the last cell of a row whose second cell is a level-2 label. */
const tianjinValues = () =>
  blocks(source("tianjin-2024-gongxinju-project-targets.txt"))
    .filter((b) => b.length >= 5 && /指标\s*$/.test(b[1] ?? "") && b[1]?.trim() !== "二级指标")
    .map((b) => b.at(-1)?.trim() ?? "")
    .filter((v) => v !== "指标值");

const kinds = (values: string[], year: number) => {
  const tally: Partial<Record<Target["kind"], number>> = {};
  for (const v of values) {
    const kind = read(v, { documentYear: year }).kind;
    tally[kind] = (tally[kind] ?? 0) + 1;
  }
  return tally;
};

describe("every value cell of the Qingdao and Tianjin documents", () => {
  it("QD: reads every value; none is left unparsed", () => {
    const values = qingdaoValues();
    // The note's table 3.3 counts 200 QD value cells: 175 quantities, 10 month deadlines (≤10月 … ≤12.05月|日),
    // 8 durations, 按月, 18-33毫克/公斤 and 5 words (提升×2, 同比提升, 有效保障, 无重大安全事故发生).
    expect(values).toHaveLength(200);
    expect(values.filter((v) => read(v).kind === "unparsed")).toEqual([]);
    expect(kinds(values, 2023)).toEqual({
      quantity: 175,
      range: 1,
      deadline: 10,
      duration: 8,
      frequency: 1,
      qualitative: 5,
    });
  });

  it("TJ: reads every value but the two the note says must stay unparsed", () => {
    const values = tianjinValues();
    // The note counts 153 TJ cells: 11 deadlines (2024年底前×7, 2024年12月底前×2, 2024年上半年, 2024年12月),
    // 3 durations, 1 frequency, 35 words (2 zero, 27 direction/achievement, 6 long sentences) and 2 unparsed.
    expect(values).toHaveLength(153);
    expect(values.filter((v) => read(v, { documentYear: 2024 }).kind === "unparsed")).toEqual([
      "政府采购率100%，审批的质量和效率有效提高",
      "1增资企业数量",
    ]);
    expect(kinds(values, 2024)).toEqual({
      quantity: 101,
      deadline: 11,
      duration: 3,
      frequency: 1,
      qualitative: 35,
      unparsed: 2,
    });
  });

  it("finds each distinct value the note lists for QD and TJ in the extracted cells", () => {
    const found = new Set([...qingdaoValues(), ...tianjinValues()]);
    for (const v of [
      "≦10百分比",
      "≤170万",
      "≥80万",
      "≥5万吨",
      "≥4.5万元/辆",
      "≤12.05月|日",
      "18-33毫克/公斤",
      "6GHz",
      "18Ghz",
      "按月",
      "24小时",
      "1季度",
      "同比提升",
      "无重大安全事故发生",
      "<20次",
      "2024年上半年",
      "2024年12月",
      "每季度不少于1家",
      "≤2元/千瓦时",
      "≤30元/千瓦",
      "1200万元",
      "无投诉",
      "1增资企业数量",
    ]) {
      expect(found.has(v), v).toBe(true);
    }
  });
});
