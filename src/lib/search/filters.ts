/**
 * The search filters: their names (also the URL parameters, ?地区=天津市) in the
 * order the search page lists them, and the values of 类型.
 */
import type { ProjectKind } from "../../model/schema.ts";

export const FILTERS = ["地区", "年度", "类型", "一级指标", "二级指标", "主题"] as const;
export type FilterKey = (typeof FILTERS)[number];

/** Selected values per filter: any value of a filter (OR), every filter (AND). */
export type Selection = Partial<Record<FilterKey, readonly string[]>>;

/** The values a page carries, per filter (none where the filter does not apply, several for 主题). */
export type PageFilters = Partial<Record<FilterKey, readonly string[]>>;

export const KIND_VALUE: Record<ProjectKind, string> = { project: "项目", unit: "单位整体", template: "模板" };
/** 类型 of a document page: a publication, not a table in it. */
export const DOCUMENT_VALUE = "文件";

export function isFilterKey(name: string): name is FilterKey {
  return (FILTERS as readonly string[]).includes(name);
}
