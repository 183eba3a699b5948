/**
 * The Chinese names of the model's values (kinds, reader families, line uses,
 * basis categories, sections, units' dimensions, directions, durations,
 * frequency periods, intensities, comparison signs): one vocabulary for the
 * site, the comparison, the target descriptions and the downloads' field
 * documentation. Flag words are in src/model/flags.ts, rule words in
 * src/model/rules.ts: they document the model beside it.
 */
import type { BudgetTable, DocumentData, LineUse, ProjectKind, Target } from "../model/schema.ts";

type DocumentKind = DocumentData["document"]["kind"];
type ReaderFamily = DocumentData["document"]["reader"];
type TargetKind = keyof DocumentData["report"]["targets"];

export const DOCUMENT_KIND: Record<DocumentKind, string> = {
  "project-targets": "项目支出绩效目标表",
  "department-disclosure": "部门预算公开（含绩效目标表）",
  "application-templates": "绩效目标申报表模板",
};

export const READER_FAMILY: Record<ReaderFamily, string> = {
  "word-cells": "Word 表格导出文本（一格一行）",
  "pdf-pages": "PDF 逐页导出文本（制表符分列）",
  "pdf-template": "PDF 模板导出文本",
};

export const PROJECT_KIND: Record<ProjectKind, string> = {
  project: "项目支出绩效目标",
  unit: "部门（单位）整体支出绩效目标",
  template: "申报表模板",
};

/** A record kind in a caption or a picker, where the page already says 绩效目标. */
export const PROJECT_KIND_SHORT: Record<ProjectKind, string> = {
  project: "项目",
  unit: "部门（单位）整体",
  template: "申报表模板",
};

export const TARGET_KIND: Record<TargetKind, string> = {
  quantity: "数量",
  range: "区间",
  deadline: "时限",
  duration: "时长",
  frequency: "频次",
  qualitative: "定性",
  empty: "空白",
  unparsed: "未解析",
};

export const LINE_USE: Record<LineUse, string> = {
  record: "表内记录",
  structure: "表格结构（表头、栏目名等）",
  blank: "空行",
  skipped: "未读入（附原因）",
};

export const BASIS_CATEGORY: Record<"plan" | "industry" | "history" | "other", string> = {
  plan: "计划标准",
  industry: "行业标准",
  history: "历史标准",
  other: "其他标准",
};

export const SECTION: Record<"common" | "specific", string> = {
  common: "共性指标",
  specific: "个性指标",
};

type Dimension = NonNullable<Target["unit"]>["dimension"];
type Qualitative = NonNullable<Target["qualitative"]>;
type Direction = NonNullable<Qualitative["direction"]>;
type Comparison = NonNullable<Target["op"]>;

/** An indicator whose level the 2021 framework does not place. */
export const UNCLASSIFIED = "未归入框架";
/** An indicator with a level 1 and no level 2. */
export const NO_LEVEL2 = "（未标二级指标）";

export const DIMENSION_WORDS: Record<Dimension | "unitless", string> = {
  percent: "百分比",
  money: "金额",
  count: "计数",
  time: "时间",
  mass: "重量",
  concentration: "浓度",
  "frequency-hz": "频率",
  rate: "比率",
  unknown: "其他单位",
  unitless: "无单位数值",
};

export const DIRECTION_WORDS: Record<Direction, string> = {
  increase: "提升",
  decrease: "降低",
  achieve: "达成",
  maintain: "保持",
  zero: "零发生",
  grade: "等级",
};

export const INTENSITY_WORDS: Record<NonNullable<Qualitative["intensity"]>, string> = {
  strong: "显著",
  weak: "有所",
  yoy: "同比",
};

/** A duration's unit in words: 30 天, 3 个月 (also the compare view's clock units). */
export const DURATION_WORDS: Record<NonNullable<Target["duration"]>["unit"], string> = {
  hour: "小时",
  day: "天",
  week: "周",
  month: "个月",
  quarter: "个季度",
  year: "年",
};

/** A frequency's period: 每月, 每季度, 每年 with 每 before it. */
export const PER_WORDS: Record<NonNullable<Target["frequency"]>["per"], string> = {
  month: "月",
  quarter: "季度",
  year: "年",
};

/** Where a target's comparison was read. */
export const OP_SOURCE: Record<NonNullable<Target["opSource"]>, string> = {
  symbol: "符号",
  word: "文字（至少、以上）",
  valueType: "指标值类型栏",
  indicatorName: "指标名称栏",
};

/** Where a target's unit was read. */
export const UNIT_SOURCE: Record<NonNullable<Target["unit"]>["source"], string> = {
  value: "指标值",
  unitCell: "度量单位栏",
  indicatorName: "指标名称",
  tableHeader: "表头",
};

/** Where a deadline's year came from. */
export const YEAR_SOURCE: Record<NonNullable<Target["deadline"]>["yearSource"], string> = {
  value: "指标值中写明",
  documentYear: "未写年份，取文件预算年度",
};

/** Guangdong's two value columns. */
export const PERIOD_WORDS: Record<NonNullable<Target["period"]>, string> = {
  annual: "当年度",
  projectCycle: "项目周期",
};

/** The side of a two-sided budget table. */
export const SIDE_WORDS: Record<NonNullable<BudgetTable["side"]>, string> = {
  income: "收入",
  spending: "支出",
};

/** A comparison as the sign a reader knows. */
export const OP_SIGN: Record<Comparison, string> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/** "common 共性指标；specific 个性指标": a value list for the field documentation. */
export const valueList = (words: Readonly<Record<string, string>>, separator = "；"): string =>
  Object.entries(words)
    .map(([value, name]) => `${value} ${name}`)
    .join(separator);
