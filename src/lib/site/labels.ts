/**
 * Labels the pages use. The names of the model's values live in
 * src/shared/model-words.ts (re-exported here); budget lines are the site's own.
 */
import type { Budget } from "../../model/schema.ts";

export {
  BASIS_CATEGORY,
  DOCUMENT_KIND,
  LINE_USE,
  NO_LEVEL2,
  PROJECT_KIND,
  PROJECT_KIND_SHORT,
  READER_FAMILY,
  SECTION,
  TARGET_KIND,
  UNCLASSIFIED,
} from "../../shared/model-words.ts";

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
