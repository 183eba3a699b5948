/**
 * What every field of the data model means, in Chinese and English, and where
 * its value comes from. One entry per field of src/lib/downloads/schema-fields.ts
 * (a test fails when the model gains a field this list does not document, or
 * keeps an entry for a field the model dropped). The fields page, the JSON
 * Schema, the datapackage and the workbook's about sheet all read these words.
 */
import {
  INTENSITY_WORDS,
  OP_SOURCE,
  PER_WORDS,
  PERIOD_WORDS,
  SECTION,
  SIDE_WORDS,
  TARGET_KIND,
  UNIT_SOURCE,
  valueList,
  YEAR_SOURCE,
} from "../../shared/model-words.ts";
import type { Caveat } from "./about.ts";
import type { EntityName, SchemaField } from "./schema-fields.ts";

/** How a value came to be. */
export type Origin = "published" | "parsed" | "derived" | "manifest" | "pipeline";

export const ORIGINS: Record<Origin, { zh: string; en: string }> = {
  published: { zh: "原文照录", en: "As published (trimmed, line breaks inside a cell removed)" },
  parsed: { zh: "由原文解析（原文保留在相邻字段）", en: "Parsed from the published text, which is kept next to it" },
  derived: { zh: "推定或计算", en: "Derived from other fields or the context" },
  manifest: { zh: "来源清单著录", en: "From the source manifest (content/sources/manifest.json)" },
  pipeline: { zh: "处理过程记录", en: "Recorded by the reader (ids, line numbers, flags)" },
};

export type FieldDoc = {
  zh: string;
  en: string;
  origin: Origin;
  /** The unit of a number, where one unit holds for every value. */
  unit?: string;
  /** An ISO date held as a string. */
  format?: "date";
  /** A short name, used where the field prefixes the fields of the entity it holds. */
  short?: { zh: string; en: string };
  /** What a naive analysis of this field gets wrong (about.ts CAVEATS). */
  caveats?: readonly Caveat[];
};

/** The entities of the model, as the fields page introduces them, and where each sits in targets.json. */
export const ENTITY_DOCS: Record<EntityName, { zh: string; en: string; where: string }> = {
  document: { zh: "文件", en: "Document", where: "documents[]" },
  budgetTable: { zh: "部门预算表", en: "Budget table", where: "documents[].budgetTables[]" },
  budgetTableRow: { zh: "预算表的一行", en: "Budget-table row", where: "documents[].budgetTables[].rows[]" },
  project: { zh: "记录（项目、部门整体、模板）", en: "Record (project, whole unit, template)", where: "projects[]" },
  indicator: { zh: "绩效指标", en: "Performance indicator", where: "projects[].indicators[]" },
  target: { zh: "指标值", en: "Target value", where: "projects[].indicators[].target, .periodTarget" },
};

const d = (origin: Origin, zh: string, en: string, extra: Partial<FieldDoc> = {}): FieldDoc => ({
  zh,
  en,
  origin,
  ...extra,
});
const wan = { unit: "万元", caveats: ["wan", "additivity", "years"] } as const;
const tableMoney = { caveats: ["sides", "years"] } as const;

/** A place in a published office file (src/model/grid.ts), documented once for every field that holds one. */
function placeDocs(prefix: string): Record<string, FieldDoc> {
  return {
    [prefix]: d(
      "pipeline",
      "在原件中的位置（Word：表、行、格；Excel：工作表与单元格；PDF：页与坐标）；文本导出无此项",
      "Where it stands in the published office file (Word: table, row, cell; Excel: sheet and cell; PDF: page and position); absent for text exports",
    ),
    [`${prefix}.line`]: d("pipeline", "行号（文本）", "Line (text)"),
    [`${prefix}.table`]: d("pipeline", "第几张表（Word，从 1 起）", "Table number (Word, from 1)"),
    [`${prefix}.row`]: d("pipeline", "表中第几行（Word，从 1 起）", "Row in the table (Word, from 1)"),
    [`${prefix}.cell`]: d("pipeline", "行中第几格（Word，从 1 起）", "Cell in the row (Word, from 1)"),
    [`${prefix}.paragraph`]: d("pipeline", "第几段（Word，表外文字）", "Paragraph number (Word, text outside tables)"),
    [`${prefix}.sheet`]: d("pipeline", "工作表名（Excel）", "Sheet name (Excel)"),
    [`${prefix}.a1`]: d("pipeline", "单元格（Excel，A1 记法）", "Cell (Excel, A1 notation)"),
    [`${prefix}.page`]: d("pipeline", "页码（PDF，从 1 起）", "Page (PDF, from 1)"),
    [`${prefix}.x`]: d("pipeline", "左边距页左的距离（PDF，磅）", "Left edge from the page's left (PDF, points)"),
    [`${prefix}.y`]: d("pipeline", "上边距页顶的距离（PDF，磅）", "Top edge from the page's top (PDF, points)"),
  };
}

export const FIELD_DOCS: Readonly<Record<string, FieldDoc>> = {
  /* ---------- document ---------- */
  "document.id": d(
    "manifest",
    "文件编号：地区-年度，小写字母与连字符",
    "Document id: region-year, lower-case words joined by '-'",
  ),
  "document.title": d("manifest", "文件标题，照原文", "Document title as published"),
  "document.publisher": d("manifest", "发布机关", "Publishing authority"),
  "document.region": d("manifest", "发布机关所在地区", "Region of the publisher"),
  "document.region.province": d("manifest", "省级行政区", "Province-level division"),
  "document.region.city": d(
    "manifest",
    "地级市；省级发布机关为 null",
    "Prefecture-level city; null for a province-level publisher",
  ),
  "document.region.slug": d(
    "manifest",
    "地区在网址中的名称（如 qingdao）；缺省时用行政区划代码",
    "The region's name in URLs (e.g. qingdao); the administrative code where absent",
  ),
  "document.region.adminCode": d(
    "manifest",
    "行政区划代码（GB/T 2260，6 位）",
    "Administrative division code (GB/T 2260, six digits)",
  ),
  "document.year": d("manifest", "预算年度", "Budget year"),
  "document.kind": d(
    "manifest",
    "文件类型：project-targets 项目支出绩效目标表；department-disclosure 部门预算公开；application-templates 申报表模板",
    "Document kind: project targets, a department's budget disclosure, or blank application templates",
  ),
  "document.reader": d(
    "manifest",
    "读取所用的版式类别（Word 表格、PDF 分页、PDF 模板）",
    "Layout family the document was read with",
  ),
  "document.origin": d(
    "manifest",
    "原件的下载地址（URL）；未记录为 null",
    "Where the published file was downloaded from (a URL); null where unknown",
  ),
  "document.format": d(
    "manifest",
    "原件格式：text（文本导出）、docx、xlsx、pdf，由内容判定",
    "Format of the published file: text (an export), docx, xlsx or pdf, found from its content",
  ),
  "document.retrieved": d(
    "manifest",
    "原件取得日期（YYYY-MM-DD）；未记录为 null",
    "Date the file was retrieved (YYYY-MM-DD); null where unknown",
    { format: "date" },
  ),
  "document.source": d("manifest", "原文文件", "The source file"),
  "document.source.file": d(
    "manifest",
    "原文文件的路径；表格（CSV、Excel、SQLite）中写作相对于 datapackage.json 的 sources/<文件名>，JSON 中为项目内路径 content/sources/<文件名>",
    "Path of the source file: in the tables (CSV, Excel, SQLite) sources/<file>, relative to datapackage.json; in the JSON the path in the project, content/sources/<file>",
  ),
  "document.source.sha256": d(
    "manifest",
    "原文文件的 SHA-256 校验值；与清单不符的原文会被拒绝",
    "SHA-256 of the source file; a source that does not match is refused",
  ),
  "document.source.extracted": d(
    "pipeline",
    "办公文件（docx、xlsx、pdf）读出的逐格文本，每行附其在原件中的位置（页与坐标、工作表与单元格、表格与行列）；文本导出无此项",
    "For an office file (docx, xlsx, pdf), the cell-per-line text read from it, each line with its place in the file (page and position, sheet and cell, table, row and cell); absent for text exports",
  ),
  "document.source.extracted[].text": d(
    "pipeline",
    "一行文字：原件中的一格（或表外的一段）",
    "One line: a cell of the file (or a paragraph outside its tables)",
  ),
  ...placeDocs("document.source.extracted[].place"),
  "document.source.lines": d("pipeline", "原文总行数", "Number of lines in the source file"),
  "document.budgetTables": d(
    "published",
    "文件中绩效目标表以外的预算表（部门预算公开）",
    "Budget tables the document publishes besides its target tables",
  ),

  /* ---------- budget tables (部门预算表) ---------- */
  "budgetTable.kind": d(
    "pipeline",
    "table：印出的表格；statement：正文中“共 N 万元，其中……”的一句（第一行为总数，其余为其组成）",
    "table: a printed table; statement: a narrative sentence giving a total (first row) and its parts",
  ),
  "budgetTable.title": d(
    "published",
    "表名（收支两栏的表另注“（收入）”“（支出）”）",
    "Table title as published (a two-sided table's sides get （收入） or （支出） appended)",
  ),
  "budgetTable.side": d(
    "derived",
    `收支两栏并列的表（如收支总表）中本表所在的一栏：${valueList(SIDE_WORDS, "、")}；单栏的表与正文语句为 null。收入栏与支出栏的数字不可相加`,
    "Side of a two-sided table (收入 | 支出 side by side, e.g. the 收支总表): income or spending; null for a one-sided table or a statement. Never add a figure of one side to one of the other",
  ),
  "budgetTable.unit": d(
    "published",
    "表头所注单位（如“单位：万元”）；未注为 null",
    "Unit stated in the header (单位：万元); null where none",
  ),
  "budgetTable.columns": d("published", "栏目名，照原文", "Column headings as published"),
  "budgetTable.rows": d("published", "表中各行", "Rows of the table"),
  "budgetTable.source": d("pipeline", "表在原文中的位置", "Where the table stands in the source"),
  "budgetTable.source.lines": d("pipeline", "起止行号", "First and last line"),
  "budgetTableRow.code": d(
    "published",
    "科目编码（类 款 项）或单位编码；无则为 null",
    "Classification code (类 款 项) or unit code; null where none",
  ),
  "budgetTableRow.name": d("published", "行名称", "Row label as published"),
  "budgetTableRow.values": d(
    "parsed",
    "每栏一个数，按原文读出，单位见表的 unit（通常为万元）；空白或非数字为 null",
    "One figure per column, read from the published cell, in the table's unit (usually 万元); null for a blank or non-numeric cell",
    tableMoney,
  ),
  "budgetTableRow.raw": d("published", "每栏原文", "Each cell as published"),
  "budgetTableRow.line": d("pipeline", "该行在原文中的行号", "Line of the row in the source"),

  /* ---------- project (record) ---------- */
  "project.id": d(
    "derived",
    "记录编号：文件编号加上由类型、单位编码、项目编码、名称、范围计算的 8 位哈希；与表格位置无关",
    "Record id: the document id and an 8-hex hash of kind, unit code, project code, name and scope; independent of the table's position",
  ),
  "project.documentId": d("pipeline", "所属文件编号", "Id of the document the record comes from"),
  "project.kind": d(
    "derived",
    "记录类型：project 项目；unit 部门（单位）整体，其金额包含该单位的项目；template 申报表模板",
    "Record kind: a project, a budget unit's whole spending (its money includes its projects'), or an application template",
    { caveats: ["additivity"] },
  ),
  "project.number": d(
    "published",
    "表在文件中的序号（有印出序号时取印出的序号）",
    "Position of the table in its document, 1-based; the printed number where there is one",
  ),
  "project.name": d("published", "项目名称（模板为表名）", "Project name (a template's title)"),
  "project.code": d("published", "项目编码；未印出为 null", "Project code; null where none is printed"),
  "project.unit": d("published", "预算单位；未印出为 null", "Budget unit; null where none is printed"),
  "project.unit.code": d("published", "预算单位编码", "Budget unit code"),
  "project.unit.name": d("published", "预算单位名称", "Budget unit name"),
  "project.scope": d(
    "published",
    "目标所适用的范围（按地市分列的目标）；否则为 null",
    "Scope of the targets where they are given city by city; null otherwise",
  ),
  "project.scope.city": d("published", "目标所适用的地市", "City the targets apply to"),
  "project.budget": d("published", "预算资金；表中未列为 null", "Budget; null where the table prints none"),
  "project.budget.total": d("parsed", "预算数（年度资金总额）", "Budget total", wan),
  "project.budget.fiscal": d("parsed", "其中：财政资金", "Of which fiscal funds", wan),
  "project.budget.other": d("parsed", "其他资金", "Other funds", wan),
  "project.budget.generalPublic": d("parsed", "一般公共预算", "General public budget", wan),
  "project.budget.governmentFund": d("parsed", "政府性基金预算", "Government fund budget", wan),
  "project.budget.specialAccount": d("parsed", "财政专户管理资金", "Funds in special fiscal accounts", wan),
  "project.budget.basic": d("parsed", "基本支出", "Basic expenditure", wan),
  "project.budget.project": d("parsed", "项目支出", "Project expenditure", wan),
  "project.budget.raw": d(
    "published",
    "各项金额的原文，键名同上",
    "Each budget figure as published, keyed like the numbers",
  ),
  "project.purpose": d("published", "资金用途 / 项目概况", "Purpose of the funds"),
  "project.goals": d("published", "年度绩效目标，一条一项", "Annual performance goals, one per item"),
  "project.spendingPlan": d("published", "资金支出计划（分期累计数）", "Spending plan: running totals by period"),
  "project.spendingPlan[].by": d(
    "published",
    "期间标题（如“3月底”）；表头空白为空字符串",
    "Period heading as published (3月底); empty where the heading is blank",
  ),
  "project.spendingPlan[].value": d(
    "parsed",
    "截至该期累计支出；空白为 null",
    "Running total by that period; null for a blank cell",
    wan,
  ),
  "project.spendingPlan[].raw": d("published", "该格原文", "The cell as published"),
  "project.extra": d(
    "published",
    "表中其他有标签的栏目（政策任务、支出内容、政策依据等）",
    "Other labelled cells of the table (政策任务, 支出内容, 政策依据 …)",
  ),
  "project.extra[].label": d("published", "栏目名", "Label"),
  "project.extra[].value": d("published", "内容", "Content"),
  "project.template": d(
    "published",
    "申报表模板的附件信息；非模板无此字段",
    "Template details; absent for other records",
  ),
  "project.template.attachment": d("published", "附件编号（如“附件1-4”）", "Attachment number (附件1-4)"),
  "project.template.category": d("published", "项目类别", "Project category"),
  "project.template.notes": d("published", "填表说明", "Notes to applicants"),
  "project.emptyCategories": d(
    "published",
    "表中印出但未填指标的指标类别",
    "Indicator categories printed in the table with no indicator filled in",
  ),
  "project.emptyCategories[].level1": d("derived", "一级指标（2021 年框架）", "Level-1 indicator (2021 framework)"),
  "project.emptyCategories[].level2": d("derived", "二级指标（2021 年框架）", "Level-2 indicator (2021 framework)"),
  "project.emptyCategories[].raw": d("published", "类别原文", "The category label as published"),
  "project.emptyCategories[].line": d("pipeline", "所在行号", "Line in the source"),
  "project.topics": d(
    "derived",
    "主题（按 content/rules/topics.json 的关键词规则），第一个为主要主题",
    "Topics from the keyword rules in content/rules/topics.json; the first is primary",
  ),
  "project.flags": d(
    "pipeline",
    "记录级质量标记（含义见质量报告）",
    "Record-level quality flags (see the quality report)",
  ),
  "project.source": d("pipeline", "记录在原文中的位置", "Where the record stands in the source"),
  "project.source.file": d("pipeline", "原文文件路径", "Path of the source file"),
  "project.source.lines": d("pipeline", "起止行号", "First and last line"),
  ...placeDocs("project.source.place"),
  "project.indicators": d("published", "绩效指标，按原文行序", "Performance indicators, in the published row order"),

  /* ---------- indicator ---------- */
  "indicator.id": d(
    "derived",
    "指标编号：记录编号加 -i 与两位行序号；原表行序不变则编号不变",
    "Indicator id: the record id, -i and the two-digit row position; stable while the table keeps its row order",
  ),
  "indicator.level1": d(
    "derived",
    "一级指标，归入 2021 年框架（成本/产出/效益/满意度）；无法归入为 null",
    "Level-1 indicator in the 2021 framework; null where it cannot be placed",
  ),
  "indicator.level2": d(
    "derived",
    "二级指标，归入 2021 年框架；无法归入为 null",
    "Level-2 indicator in the 2021 framework; null where it cannot be placed",
  ),
  "indicator.level1Raw": d(
    "published",
    "一级指标原文（合并单元格已向下填充）",
    "Level-1 label as published, merged cells carried down",
  ),
  "indicator.level2Raw": d(
    "published",
    "二级指标原文（合并单元格已向下填充）",
    "Level-2 label as published, merged cells carried down",
  ),
  "indicator.name": d(
    "published",
    "三级指标名称；原文未填为 null",
    "Level-3 indicator name; null where the publication left it empty",
  ),
  "indicator.description": d(
    "published",
    "绩效指标描述 / 指标值内容 / 指标解释",
    "Indicator description (绩效指标描述, 指标值内容, 指标解释)",
  ),
  "indicator.basis": d(
    "published",
    "指标值确定依据；无此栏为 null",
    "Basis of the target value; null where the table has no such column",
  ),
  "indicator.basis.raw": d("published", "依据原文", "The basis as published"),
  "indicator.basis.category": d(
    "parsed",
    "依据类别，仅由开头的“计划/行业/历史/其他标准”确定，不从自由文字推测",
    "Basis category, only from a leading 计划/行业/历史/其他标准; never guessed from free text",
  ),
  "indicator.basis.documents": d(
    "parsed",
    "依据中引用的文件（〔…〕号文号与《…》标题）",
    "Documents cited in the basis (〔…〕号 numbers and 《…》 titles)",
  ),
  "indicator.scoring": d("published", "评（扣）分标准", "Scoring rule (评（扣）分标准)"),
  "indicator.weight": d(
    "published",
    "权重（分值）；无此栏为 null",
    "Weight (points); null where the table has no such column",
  ),
  "indicator.weight.raw": d("published", "权重原文", "The weight as published"),
  "indicator.weight.value": d("parsed", "权重数值；非数字为 null", "The weight as a number; null where it is not one"),
  "indicator.target": d(
    "parsed",
    "指标值（目标值），原文与解读",
    "The target value: the published text and its reading",
    {
      short: { zh: "指标值", en: "Target" },
    },
  ),
  "indicator.periodTarget": d(
    "parsed",
    "第二个指标值栏：整个项目周期的目标（广东“项目周期”一栏）",
    "A second value column for the whole project cycle (Guangdong's 项目周期)",
    {
      short: { zh: "项目周期指标值", en: "Project-cycle target" },
    },
  ),
  "indicator.group": d("published", "模板中的分组标签（如“安全服务□”）", "Template sub-group label"),
  "indicator.section": d(
    "published",
    `模板中的部分：${valueList(SECTION)}`,
    "Template section: common or specific indicators",
  ),
  "indicator.nameUnit": d(
    "published",
    "印在指标名称中的单位，如“（%）”",
    "Unit printed in the indicator name, e.g. （%）",
  ),
  "indicator.options": d("published", "模板给出的勾选项（□ A / □ B）", "Check-box alternatives offered by a template"),
  "indicator.concept": d(
    "derived",
    "跨地区指标概念（按 content/rules/concepts.json 的规则）；未匹配则无此字段",
    "Cross-region indicator concept from the rules in content/rules/concepts.json; absent where none matches",
  ),
  "indicator.flags": d("pipeline", "指标级质量标记", "Indicator-level quality flags"),
  "indicator.source": d("pipeline", "指标在原文中的位置", "Where the indicator stands in the source"),
  "indicator.source.line": d(
    "pipeline",
    "指标值所在行号（链接到原文即此行）",
    "Line of the value cell; source links land here",
  ),
  "indicator.source.lines": d("pipeline", "该指标行的起止行号", "First and last line of the indicator's row"),
  ...placeDocs("indicator.source.place"),
  "indicator.source.periodLine": d("pipeline", "项目周期指标值所在行号", "Line of the project-cycle value cell"),

  /* ---------- target value ---------- */
  "target.raw": d(
    "published",
    "指标值原文（去掉首尾空白，其余不改）",
    "The published value cell, trimmed, otherwise unaltered",
  ),
  "target.cells": d(
    "published",
    "指标值、度量单位、指标值类型分栏印出时（长沙），各栏原文",
    "Split publications (value, 度量单位, 指标值类型 in separate cells), each verbatim",
  ),
  "target.cells.value": d("published", "指标值一栏原文", "The value cell"),
  "target.cells.unit": d("published", "度量单位一栏原文", "The unit cell"),
  "target.cells.valueType": d("published", "指标值类型一栏原文（≥、=、定性……）", "The value-type cell (≥, =, 定性 …)"),
  "target.kind": d(
    "parsed",
    `解读类型：${valueList(TARGET_KIND)}`,
    "Reading: quantity, range, deadline, duration, frequency, qualitative, empty, or unparsed",
  ),
  "target.op": d(
    "parsed",
    "比较关系（>=、<=、=、>、<）；未印出则无此字段，不默认为“=”",
    "Comparison; absent where none is printed (never defaulted to =)",
  ),
  "target.opSource": d(
    "parsed",
    `比较关系的出处：${valueList(OP_SOURCE)}`,
    "Where the comparison was read: a sign, a word, the value-type cell, or the indicator-name cell",
  ),
  "target.value": d(
    "parsed",
    "数值，照印出的数字（90% 记 90，170万元 记 170），不换算",
    "The number as printed (90 for 90%, 170 for 170万元); never rescaled",
  ),
  "target.min": d("parsed", "区间下限", "Lower end of a range"),
  "target.max": d("parsed", "区间上限", "Upper end of a range"),
  "target.unit": d("parsed", "单位", "Unit"),
  "target.unit.raw": d("published", "单位原文（如“百分号”“万元|家”）", "The unit as printed (百分号, 万元|家)"),
  "target.unit.normalized": d("parsed", "统一写法（如“%”“万元/家”）", "The unit in one spelling (%, 万元/家)"),
  "target.unit.dimension": d(
    "parsed",
    "量纲：percent、money、count、time、mass、concentration、frequency-hz、rate、unknown",
    "Dimension of the unit",
  ),
  "target.unit.source": d(
    "parsed",
    `单位的出处：${valueList(UNIT_SOURCE)}`,
    "Where the unit was read: the value, a unit cell, the indicator name, or the table header",
  ),
  "target.scale": d(
    "parsed",
    "单位前的“万”（10000）或“亿”（100000000），与数值分开记录",
    "万 (1e4) or 亿 (1e8) written before a unit that is not itself 万元/亿元; kept apart from value",
  ),
  "target.deadline": d("parsed", "时限", "Deadline"),
  "target.deadline.relation": d(
    "parsed",
    "by：最迟于；during：在该期间内",
    "by: at the latest; during: within that period",
  ),
  "target.deadline.year": d("parsed", "年", "Year"),
  "target.deadline.month": d("parsed", "月", "Month"),
  "target.deadline.day": d("parsed", "日", "Day"),
  "target.deadline.half": d("parsed", "上半年 1，下半年 2", "Half year: 1 or 2"),
  "target.deadline.end": d("parsed", "时限允许的最后一天（ISO 日期）", "ISO date of the last day the target allows", {
    format: "date",
  }),
  "target.deadline.yearSource": d(
    "parsed",
    `年份出处：${valueList(YEAR_SOURCE)}`,
    "Where the year came from: the value, or the document's budget year",
  ),
  "target.duration": d("parsed", "时长", "Duration"),
  "target.duration.amount": d("parsed", "时长数值", "Amount"),
  "target.duration.unit": d("parsed", "时长单位：hour、day、week、month、quarter、year", "Unit of the duration"),
  "target.duration.from": d(
    "parsed",
    "随时长印出的起始年月（YYYY-MM）",
    "Start of an explicit period printed with the duration (YYYY-MM)",
  ),
  "target.duration.to": d(
    "parsed",
    "随时长印出的截止年月（YYYY-MM）",
    "End of an explicit period printed with the duration (YYYY-MM)",
  ),
  "target.frequency": d("parsed", "频次", "Frequency"),
  "target.frequency.per": d("parsed", `每：${valueList(PER_WORDS, "、")}`, "Per month, quarter or year"),
  "target.frequency.count": d("parsed", "每期次数", "Count per period"),
  "target.frequency.unit": d("parsed", "计数单位", "Unit counted"),
  "target.qualitative": d("parsed", "定性目标", "Qualitative target"),
  "target.qualitative.term": d("published", "定性用语原文", "The qualitative term as published"),
  "target.qualitative.direction": d(
    "parsed",
    "方向：increase 提升；decrease 降低；achieve 达成；maintain 保持；zero 无/零；grade 等级；null 为不作推测的自由文字",
    "Direction; null for free text whose direction we do not guess",
  ),
  "target.qualitative.intensity": d(
    "parsed",
    `程度：${valueList(INTENSITY_WORDS)}`,
    "Intensity: strong, weak, or year on year",
  ),
  "target.period": d(
    "published",
    `广东两栏指标值：${valueList(PERIOD_WORDS)}`,
    "Guangdong's two value columns: annual or project cycle",
  ),
  "target.flags": d("pipeline", "指标值的质量标记", "Quality flags on the value"),
};

export function fieldDoc(field: Pick<SchemaField, "key">): FieldDoc | undefined {
  return FIELD_DOCS[field.key];
}
