/**
 * Chinese labels for the model's enumerations. Kept in one place so every page
 * names a kind, a basis or a budget line the same way.
 */
import type { Budget, DocumentData, LineUse, ProjectKind } from "../../model/schema.ts";

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

type BudgetKey = Exclude<keyof Budget, "raw">;

/** Budget lines in the order a 绩效目标表 prints them. */
export const BUDGET_LINES: readonly { key: BudgetKey; label: string }[] = [
  { key: "total", label: "预算数" },
  { key: "fiscal", label: "其中：财政资金" },
  { key: "other", label: "其他资金" },
  { key: "generalPublic", label: "一般公共预算" },
  { key: "governmentFund", label: "政府性基金预算" },
  { key: "specialAccount", label: "财政专户管理资金" },
  { key: "basic", label: "基本支出" },
  { key: "project", label: "项目支出" },
];
