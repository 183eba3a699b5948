/** describeTarget: every kind of reading in plain words, as the site shows it. */
import { describe, expect, it } from "vitest";
import { parseSplitTarget, parseTarget, type TargetContext } from "../../src/normalize/target/index.ts";
import { describeTarget } from "../../src/shared/target-words.ts";

const BASE: TargetContext = { documentYear: 2024, level1: null, level2: null, name: null, tableUnit: "万元" };
const say = (raw: string, ctx: Partial<TargetContext> = {}) => describeTarget(parseTarget(raw, { ...BASE, ...ctx }));

describe("describeTarget", () => {
  it("quantities: a comparison word, the number as printed, the unit", () => {
    expect(say("≥90%")).toBe("不低于 90%");
    expect(say("≥90百分号")).toBe("不低于 90%");
    expect(say("= 100%")).toBe("等于 100%");
    expect(say("≤170万元")).toBe("不高于 170 万元");
    expect(say("<5%")).toBe("低于 5%");
    expect(say(">95%")).toBe("高于 95%");
  });

  it("counted things use 不少于/不超过", () => {
    expect(say("≥130次")).toBe("不少于 130 次");
    expect(say("≤5家")).toBe("不超过 5 家");
    expect(say("<20次")).toBe("少于 20 次");
    expect(say("至少2次")).toBe("不少于 2 次");
    expect(say("≥4000吨")).toBe("不少于 4000 吨");
  });

  it("a bare number has no comparison word", () => {
    expect(say("17间")).toBe("17 间");
    expect(say("3000")).toBe("3000");
    expect(say("0次")).toBe("0 次");
  });

  it("keeps the scale visible, and never turns a bare 万 into 万元", () => {
    expect(say("8.5万家次")).toBe("8.5 万家次");
    expect(say("≥5万吨")).toBe("不少于 5 万吨");
    expect(say("≥80万")).toBe("不低于 80 万");
    expect(say("≤170万", { level1: "成本指标" })).toBe("不高于 170 万元");
  });

  it("compound units and units from the name", () => {
    expect(say("≤10万元|家")).toBe("不高于 10 万元/家");
    expect(say("6Ghz")).toBe("6 GHz");
    expect(say("≥10", { name: "工艺美术展览展示活动（次）" })).toBe("不少于 10 次");
  });

  it("ranges", () => {
    expect(say("18-33毫克/公斤")).toBe("18 至 33 毫克/公斤");
    expect(say("3-10")).toBe("3 至 10");
  });

  it("deadlines: 'by' as the last day, 'during' as the period", () => {
    expect(say("2024年底前")).toBe("2024 年 12 月 31 日前");
    expect(say("2024年12月底前")).toBe("2024 年 12 月 31 日前");
    expect(say("≤11月份")).toBe("2024 年 11 月 30 日前");
    expect(say("≤12.05月|日")).toBe("2024 年 12 月 5 日前");
    expect(say("2024年上半年")).toBe("2024 年上半年内");
    expect(say("2024年下半年")).toBe("2024 年下半年内");
    expect(say("2024年12月")).toBe("2024 年 12 月内");
    expect(say("= 2023 年")).toBe("2023 年内");
  });

  it("durations", () => {
    expect(say("≤7天")).toBe("不超过 7 天");
    expect(say("≥8个月")).toBe("不少于 8 个月");
    expect(say("24小时")).toBe("24 小时");
    expect(say("1季度")).toBe("1 个季度");
    expect(say("12个月（2020年11月至2021年10月）")).toBe("12 个月（2020 年 11 月至 2021 年 10 月）");
  });

  it("frequencies", () => {
    expect(say("按月")).toBe("每月");
    expect(say("每季度不少于1家")).toBe("每季度不少于 1 家");
    expect(say("每年2次")).toBe("每年 2 次");
  });

  it("qualitative values by direction", () => {
    expect(say("提升")).toBe("方向：提升");
    expect(say("显著提升")).toBe("方向：提升（显著）");
    expect(say("同比提升")).toBe("方向：提升（同比）");
    expect(say("降低")).toBe("方向：降低");
    expect(say("持续保障")).toBe("方向：保持");
    expect(say("是")).toBe("达成：是");
    expect(say("有力推动")).toBe("达成：是（显著）");
    expect(say("无重大安全事故发生")).toBe("零发生/无");
    expect(say("良好")).toBe("等级：良好");
    expect(say("有限的频率能够满足更多的需求")).toBe("定性：有限的频率能够满足更多的需求");
  });

  it("unparsed and empty values", () => {
    expect(say("1增资企业数量")).toBe("未解读（见原文）");
    expect(say("/")).toBe("未解读（见原文）");
    expect(say("")).toBe("未填写");
  });

  it("split cells read the same way", () => {
    expect(describeTarget(parseSplitTarget({ value: "20", unit: "次", valueType: "≥" }, BASE))).toBe("不少于 20 次");
    expect(describeTarget(parseSplitTarget({ value: "4-6", unit: "次", valueType: "≥" }, BASE))).toBe("4 至 6 次");
  });
});

describe("printed decimals", () => {
  it("keeps the decimals the source printed", () => {
    const ctx: TargetContext = { documentYear: 2023, level1: null, level2: null, name: null, tableUnit: null };
    expect(describeTarget(parseTarget("≥99.50%", ctx))).toBe("不低于 99.50%");
    expect(describeTarget(parseTarget("≤2076.70万元", ctx))).toBe("不高于 2076.70 万元");
  });
});
