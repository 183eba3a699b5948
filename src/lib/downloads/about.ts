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
  zh: "原文文件是政府部门主动公开文件的纯文本导出（不是发布的原件）；文件的权利归发布机关，不适用本数据集的许可。",
  en: "The source files are plain-text exports of government documents published by the authorities named (not the published files themselves); the documents remain theirs and are not covered by this dataset's licence.",
};

/**
 * What a naive analysis gets wrong, said once and attached to the fields it
 * concerns (FieldDoc.caveats): the datapackage lists them with their fields,
 * and every field, column and JSON Schema description they concern repeats them.
 */
export const CAVEATS = {
  wan: {
    zh: "金额单位为万元（10,000 元），照原文，未换算。",
    en: "Money is in 万元 (10,000 yuan), as published, not rescaled.",
  },
  additivity: {
    zh: "不可跨记录类型相加：部门整体（kind = unit）记录的金额已包含该单位各项目（kind = project）的金额，二者相加会重复计算；只在同一文件、同一类型内相加。",
    en: "Do not add across record kinds: a unit record's (kind = unit) money includes its projects' (kind = project), so adding both counts it twice; sum within one document and one kind only.",
  },
  years: {
    zh: "各文件的预算年度不同（见 year），金额为当年名义值，跨年度相加或比较须自行说明。",
    en: "Documents are of different budget years (see year); amounts are nominal for their year, so say so when adding or comparing across years.",
  },
  sides: {
    zh: "收支两栏的表分为收入（side = income）与支出（side = spending）两张表；收入与支出的数字不可相加；表中的合计行与其组成行也不可相加。",
    en: "A two-sided table is split into its income (side = income) and spending (side = spending) sides, never to be added together; nor is a table's total row to be added to the rows it totals.",
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type Caveat = keyof typeof CAVEATS;

/** The facts the workbook's about sheet and the SQLite about table list, in that order. */
export const ABOUT: readonly { key: string; label: string; value: string }[] = [
  { key: "title", label: "数据集 dataset", value: `${DATASET_TITLE.zh} · ${DATASET_TITLE.en}` },
  { key: "dataset_version", label: "数据集版本 dataset version", value: DATASET_VERSION },
  { key: "schema_version", label: "数据格式版本 schema version", value: SCHEMA_VERSION },
  { key: "licence", label: "许可 licence", value: `${LICENCE.title} (${LICENCE.name}) ${LICENCE.path}` },
  { key: "sources", label: "原文 sources", value: `${SOURCES_NOTICE.zh} ${SOURCES_NOTICE.en}` },
];
