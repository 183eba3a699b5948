/**
 * What every download says about itself: the dataset's name, its licence and
 * the status of the published sources. One place, so the workbook's about
 * sheet, the SQLite about table, the datapackage and the pages agree.
 */
import { SCHEMA_VERSION } from "../../model/schema.ts";
import { DATASET_VERSION } from "./version.ts";

export const DATASET_NAME = "jixiao-mubiao";

export const DATASET_TITLE = { zh: "绩效目标开放数据", en: "Budget performance targets, as open data" };

export const DATASET_DESCRIPTION = {
  zh: "中国地方政府部门公开的预算绩效目标表（项目支出、部门整体支出、申报表模板），读入统一数据模型；每个指标值保留原文，并附程序解读与原文行号。",
  en: "Budget performance-target tables published by Chinese government departments, read into one data model; every target value keeps its published text next to its parsed reading and its source line.",
};

/** Our licence for the data we derived (ids, readings, tables): attribution is all we ask. */
export const LICENCE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** The published documents are not ours to license. */
export const SOURCES_NOTICE = {
  zh: "原文为政府部门主动公开的政府信息，逐字节原样转载，权利归发布机关，不适用本数据集的许可。",
  en: "The source documents are government information published by the authorities named; they are reproduced byte for byte, remain theirs, and are not covered by this dataset's licence.",
};

/** The facts the workbook's about sheet and the SQLite about table list, in that order. */
export const ABOUT: readonly { key: string; label: string; value: string }[] = [
  { key: "title", label: "数据集 dataset", value: `${DATASET_TITLE.zh} · ${DATASET_TITLE.en}` },
  { key: "dataset_version", label: "数据集版本 dataset version", value: DATASET_VERSION },
  { key: "schema_version", label: "数据格式版本 schema version", value: SCHEMA_VERSION },
  { key: "licence", label: "许可 licence", value: `${LICENCE.title} (${LICENCE.name}) ${LICENCE.path}` },
  { key: "sources", label: "原文 sources", value: `${SOURCES_NOTICE.zh} ${SOURCES_NOTICE.en}` },
];
