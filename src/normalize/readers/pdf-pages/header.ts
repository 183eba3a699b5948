/**
 * The header of a target table, repeated on every page: which columns the
 * table has and, for the indicator part, in which order. Column positions are
 * not kept: the extraction shifts them from row to row, so rows are read in
 * header order, by meaning (see align.ts).
 */
import { compactLabel } from "../../levels.ts";
import type { Cell } from "./text.ts";

export type TableKind = "project" | "unit";

/** Cells of an indicator row, in the order the header gives them. */
export type IndicatorRole = "name" | "value" | "description" | "basis" | "scoring" | "unit" | "valueType" | "weight";

const INDICATOR_WORDS: Record<string, IndicatorRole> = {
  三级指标: "name",
  指标值: "value",
  指标值内容: "description",
  指标解释: "description",
  绩效指标描述: "description",
  指标值确定依据: "basis",
  评扣分标准: "scoring",
  评分标准: "scoring",
  度量单位: "unit",
  计量单位: "unit",
  指标值类型: "valueType",
  备注: "weight",
};

const LEVEL_WORDS = new Set(["一级指标", "二级指标"]);

/** Words of the record part (unit, project, budget split, goal) and group headings over several columns. */
const OTHER_WORDS = new Set([
  "单位编码",
  "单位项目名称",
  "单位名称",
  "项目名称",
  "资金总额",
  "绩效目标",
  "整体绩效目标",
  "绩效指标",
  "年度预算申请",
  "按收入性质分",
  "按支出性质分",
  "部门整体支出年度绩效目标",
  "一般公共预算",
  "政府性基金拨款",
  "财政专户管理资金",
  "其他资金",
  "基本支出",
  "项目支出",
]);

const word = (text: string) => compactLabel(text).replace(/[（）()]/gu, "");

const known = (text: string) => {
  const w = word(text);
  return w in INDICATOR_WORDS || LEVEL_WORDS.has(w) || OTHER_WORDS.has(w);
};

/**
 * A header row: most of its cells are header words. Data rows hold none; a
 * header may hold a word this reader does not know (its column is then not read).
 */
export function isHeaderRow(cells: readonly Cell[]): boolean {
  const filled = cells.filter((c) => c.text !== "");
  return filled.length > 0 && filled.filter((c) => known(c.text)).length * 2 >= filled.length;
}

export type Layout = {
  kind: TableKind;
  /** Indicator cells after the level labels, in header order. */
  roles: IndicatorRole[];
};

/** 部门整体支出绩效目标表 holds one record per budget unit; any other target table one per project. */
export const tableKind = (title: string): TableKind =>
  /整体支出绩效目标表/u.test(compactLabel(title)) ? "unit" : "project";

/** The layout, or null when the header names no indicator columns (一级指标 … 三级指标 … 指标值). */
export function readLayout(kind: TableKind, header: readonly (readonly Cell[])[]): Layout | null {
  const row = header.find((cells) => cells.some((c) => word(c.text) === "一级指标"));
  if (!row) return null;
  const roles = row.flatMap((c) => {
    const role = INDICATOR_WORDS[word(c.text)];
    return role ? [role] : [];
  });
  if (!roles.includes("name") || !roles.includes("value")) return null;
  return { kind, roles: [...new Set(roles)] };
}
