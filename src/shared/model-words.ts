/**
 * The Chinese names of the model's values (kinds, reader families, line uses,
 * basis categories, sections, units' dimensions, directions): one vocabulary for
 * the site, the comparison and the downloads' field documentation. Flag words
 * are in src/model/flags.ts, rule words in src/model/rules.ts.
 */
import type { DocumentData, LineUse, ProjectKind, Target } from "../model/schema.ts";

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
type Direction = NonNullable<NonNullable<Target["qualitative"]>["direction"]>;

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
