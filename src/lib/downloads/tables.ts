/**
 * The flat tables (documents, projects, indicators, budget figures): one
 * definition of their columns and rows, shared by the CSV files, the workbook
 * and the SQLite file, so the three can never disagree.
 *
 * A column names a path into the model ("indicator.target.unit.raw"); its type,
 * its description and its unit are looked up from the schema and the field
 * documentation, so a column can only name a field that exists.
 */
import {
  FINDING_CODES,
  FINDING_WORDS,
  MEASURABILITY_CLASSES,
  MEASURABILITY_WORDS,
  measurabilityCounts,
  measurabilityOf,
  missingWords,
  recordFindings,
  type MeasurabilityFinding,
} from "../../model/measurability.ts";
import { budget, type BudgetTable, type Document, type Indicator, type Project } from "../../model/schema.ts";
import { CAVEATS, type Caveat } from "./about.ts";
import { itemCitation, itemUrl } from "./citation.ts";
import type { Dataset } from "./dataset.ts";
import { fieldDoc } from "./field-docs.ts";
import { EACH, entityFields, fieldAt, type FieldLocation, type ValueType } from "./schema-fields.ts";

/** What a row is read from; `at` is the list item a row stands for (a budget figure's column). */
export type RowContext = {
  document: Document;
  project?: Project;
  indicator?: Indicator;
  budgetTable?: BudgetTable;
  budgetTableRow?: BudgetTable["rows"][number];
  at?: number;
  /** 1-based positions of a budget figure: its table in the document, its row in the table. */
  tableNumber?: number;
  rowNumber?: number;
};

/** A cell as written: text, a number, or nothing. */
export type Cell = string | number | null;

/**
 * scalar: the value itself; codes: a list of codes joined by ";" (codes never
 * contain one); json: a list or an object as JSON text (lossless for free text).
 */
export type Encoding = "scalar" | "codes" | "json";

export type Column = {
  name: string;
  path: string;
  encoding: Encoding;
  /** Table Schema type of the written cell. */
  type: ValueType | "date";
  description: { zh: string; en: string };
  unit?: string;
  /** The values a scalar may take, where the model enumerates them. */
  values?: readonly (string | number)[];
  /**
   * A column computed from the row by a pure function beside the model (the
   * measurability class and findings, src/model/measurability.ts) rather than
   * read from a field; `path` is then "derived.<name>".
   */
  derive?: (context: RowContext) => Cell;
  /** What a naive analysis of this column gets wrong (about.ts CAVEATS). */
  caveats?: readonly Caveat[];
  /** A column computed from the row's position or rewritten for the package, not read verbatim from the model. */
  compute?: (context: RowContext, value: unknown) => Cell;
};

export type TableName = "documents" | "projects" | "indicators" | "budget_figures" | "record_topics";

export type Table = {
  name: TableName;
  title: { zh: string; en: string };
  columns: readonly Column[];
  /** The columns that identify a row. */
  key: readonly string[];
  /** A column that points to the key of another table. */
  parent?: { column: string; table: TableName };
  contexts: (dataset: Dataset) => RowContext[];
};

type ColumnSpec = {
  name: string;
  path: string;
  codes?: true;
  /** Replaces the model's value; `path` still names the field the column documents. */
  compute?: Column["compute"];
  /** Replaces the description read from the field documentation. */
  description?: { zh: string; en: string };
  type?: Column["type"];
};

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/\./g, "_");

/** A pair's members are a first and a last line; a record's members are named by their key. */
function elementLabel({ field, element }: FieldLocation): { zh: string; en: string } {
  if (element === undefined) return { zh: "", en: "" };
  if (field.structure === "tuple" && field.size === 2)
    return element === "0" ? { zh: "（起）", en: " (first)" } : { zh: "（止）", en: " (last)" };
  if (element === EACH) return { zh: "（本行所在栏）", en: " (the column of this row)" };
  return { zh: `（${element}）`, en: ` (${element})` };
}

function columnDescription(location: FieldLocation): { zh: string; en: string } {
  const via = location.via.map((f) => fieldDoc(f)?.short ?? fieldDoc(f) ?? { zh: f.key, en: f.key });
  const docs = [...via, fieldDoc(location.field) ?? { zh: location.field.key, en: location.field.key }];
  const element = elementLabel(location);
  return {
    zh: docs.map((doc) => doc.zh).join("——") + element.zh,
    en: docs.map((doc) => doc.en).join(" — ") + element.en,
  };
}

function column({ name, path, codes, compute, description, type: fixedType }: ColumnSpec): Column {
  const location = fieldAt(path);
  const { field, element } = location;
  const doc = fieldDoc(field);
  const scalar = element !== undefined ? field.items! : field;
  const isList = element === undefined && (field.structure === "list" || field.structure === "tuple");
  const encoding: Encoding =
    codes || (isList && field.items?.values)
      ? "codes"
      : scalar.type === "object" || scalar.type === "array"
        ? "json"
        : "scalar";
  const type = encoding === "codes" ? "string" : (doc?.format ?? scalar.type);
  const unit = element === undefined ? doc?.unit : undefined;
  const values = encoding === "scalar" ? scalar.values : undefined;
  const caveats = [...new Set([...location.via, field].flatMap((f) => fieldDoc(f)?.caveats ?? []))];
  return {
    name,
    path,
    encoding,
    type: fixedType ?? type,
    description: description ?? columnDescription(location),
    ...(unit && { unit }),
    ...(values && !compute && { values }),
    ...(caveats.length > 0 && { caveats }),
    ...(compute && { compute }),
  };
}

function columns(specs: readonly ColumnSpec[]): Column[] {
  const names = new Set<string>();
  return specs.map((spec) => {
    if (names.has(spec.name)) throw new Error(`tables: column ${spec.name} twice`);
    names.add(spec.name);
    return column(spec);
  });
}

const spec = (name: string, path: string): ColumnSpec => ({ name, path });

/** A computed column (see Column.derive), documented here since no model field describes it. */
function derived(
  name: string,
  type: "string" | "integer",
  description: { zh: string; en: string },
  derive: (context: RowContext) => Cell,
  values?: readonly string[],
): Column {
  return {
    name,
    path: `derived.${name}`,
    encoding: type === "string" && !values ? "codes" : "scalar",
    type,
    description,
    derive,
    ...(values && { values }),
  };
}

/** Findings of a record, computed once per record for all its indicator rows. */
const findingsCache = new WeakMap<Project, MeasurabilityFinding[]>();
function findingsOfRecord(project: Project): MeasurabilityFinding[] {
  let found = findingsCache.get(project);
  if (!found) findingsCache.set(project, (found = recordFindings(project)));
  return found;
}
const findingCodes = (findings: readonly MeasurabilityFinding[]): Cell =>
  findings.length === 0 ? null : [...new Set(findings.map((f) => f.code))].join(";");
const FINDINGS_EN = FINDING_CODES.map((c) => `${c} (${FINDING_WORDS[c].en})`).join(", ");
const FINDINGS_ZH = FINDING_CODES.map((c) => `${c}（${FINDING_WORDS[c].zh}）`).join("、");
const CLASSES_EN = MEASURABILITY_CLASSES.map((c) => `${c} (${MEASURABILITY_WORDS[c].en})`).join(", ");
const CLASSES_ZH = MEASURABILITY_CLASSES.map((c) => `${c}（${MEASURABILITY_WORDS[c].zh}）`).join("、");

const INDICATOR_MEASURABILITY: Column[] = [
  derived(
    "measurability",
    "string",
    {
      zh: `目标可衡量性（由解读结果按固定规则得出，见 /data/measurability/）：${CLASSES_ZH}；模板无目标值，为空`,
      en: `Measurability of the target, from its parsed reading by fixed rules (/data/measurability/): ${CLASSES_EN}; empty for template rows`,
    },
    (c) => measurabilityOf(c.indicator?.target),
    MEASURABILITY_CLASSES,
  ),
  derived(
    "measurability_missing",
    "string",
    {
      zh: "量化但不完整的目标缺什么：缺单位、缺运算符、缺单位和运算符；其他为空",
      en: "What a partial target lacks: 缺单位 (unit), 缺运算符 (operator), or both; empty otherwise",
    },
    (c) => missingWords(c.indicator?.target),
    ["缺单位", "缺运算符", "缺单位和运算符"],
  ),
  derived(
    "findings",
    "string",
    {
      zh: `本指标涉及的值得核对之处（代码以“;”分隔）：${FINDINGS_ZH}`,
      en: `Findings about this indicator (codes joined by “;”): ${FINDINGS_EN}`,
    },
    (c) => findingCodes(findingsOfRecord(c.project!).filter((f) => f.indicatorId === c.indicator!.id)),
  ),
];

const PROJECT_MEASURABILITY: Column[] = [
  derived(
    "targets_total",
    "integer",
    { zh: "有目标值的指标数（模板为 0）", en: "Indicators with a target value (0 for templates)" },
    (c) => (c.project!.kind === "template" ? 0 : measurabilityCounts(c.project!.indicators).total),
  ),
  ...MEASURABILITY_CLASSES.map((k) =>
    derived(
      `targets_${k}`,
      "integer",
      {
        zh: `可衡量性为 ${k}（${MEASURABILITY_WORDS[k].zh}）的目标值数`,
        en: `Target values of measurability ${k} (${MEASURABILITY_WORDS[k].en})`,
      },
      (c) => (c.project!.kind === "template" ? 0 : measurabilityCounts(c.project!.indicators)[k]),
    ),
  ),
  derived(
    "findings",
    "string",
    {
      zh: `本记录的值得核对之处（代码以“;”分隔；指标层面的也计入）：${FINDINGS_ZH}`,
      en: `Findings about this record, its indicators' included (codes joined by “;”): ${FINDINGS_EN}`,
    },
    (c) => findingCodes(findingsOfRecord(c.project!)),
  ),
];

/**
 * A source path as it resolves inside the data package: sources/<file>, next
 * to datapackage.json (the model records content/sources/<file>, its place in the project).
 */
export const packageSourcePath = (file: string): string => `sources/${file.slice(file.lastIndexOf("/") + 1)}`;

const sourceFile = (path: string): ColumnSpec => ({
  name: "source_file",
  path,
  compute: (_, value) => (typeof value === "string" ? packageSourcePath(value) : null),
  description: {
    zh: "原文文件，相对于 datapackage.json 的路径（sources/<文件名>），可在数据包中直接打开",
    en: "The source file, as a path relative to datapackage.json (sources/<file>), so it resolves inside the package",
  },
});

/** Region and year of the document, repeated on every row so a table can be read on its own. */
const PLACE: ColumnSpec[] = [
  spec("province", "document.region.province"),
  spec("city", "document.region.city"),
  spec("admin_code", "document.region.adminCode"),
  spec("region_slug", "document.region.slug"),
  spec("year", "document.year"),
];

/** Every budget line and its published text, in the model's order. */
const BUDGET: ColumnSpec[] = Object.keys(budget.shape)
  .filter((key) => key !== "raw")
  .flatMap((key) => [
    spec(`budget_${snake(key)}`, `project.budget.${key}`),
    spec(`budget_${snake(key)}_raw`, `project.budget.raw.${key}`),
  ]);

/** Every leaf of a target value, so a new parsed field becomes a column without anyone listing it. */
const targetColumns = (field: "target" | "periodTarget"): ColumnSpec[] =>
  entityFields("target")
    .filter((f) => f.structure !== "object")
    .map((f) => spec(`${snake(field)}_${snake(f.path)}`, `indicator.${field}.${f.path}`));

const DOCUMENTS = columns([
  spec("id", "document.id"),
  spec("title", "document.title"),
  spec("publisher", "document.publisher"),
  ...PLACE,
  spec("kind", "document.kind"),
  spec("reader", "document.reader"),
  spec("origin", "document.origin"),
  spec("format", "document.format"),
  spec("retrieved", "document.retrieved"),
  sourceFile("document.source.file"),
  spec("source_sha256", "document.source.sha256"),
  spec("source_lines", "document.source.lines"),
  spec("source_extracted", "document.source.extracted"),
]);

/** A record's or an indicator's stable URL and one-line citation (SITE_URL decides whether the URL is absolute). */
const citeColumns = (of: "project" | "indicator"): ColumnSpec[] => [
  {
    name: "url",
    path: `${of}.id`,
    type: "string",
    compute: ({ project, indicator }) => itemUrl(project!, of === "indicator" ? indicator : undefined),
    description: {
      zh: "本条的固定网址（同一主版本内不变）",
      en: "Stable URL of this item (unchanged within a major version)",
    },
  },
  {
    name: "citation",
    path: `${of}.id`,
    type: "string",
    compute: ({ document, project, indicator }) =>
      itemCitation(document, project!, of === "indicator" ? indicator : undefined),
    description: {
      zh: "一行引用：发布机关、文件、记录（指标）、数据集版本与网址",
      en: "One-line citation: publisher, document, record (indicator), dataset version and URL",
    },
  },
];

const PROJECTS = columns([
  spec("id", "project.id"),
  spec("document_id", "project.documentId"),
  spec("kind", "project.kind"),
  spec("number", "project.number"),
  spec("name", "project.name"),
  spec("code", "project.code"),
  spec("unit_code", "project.unit.code"),
  spec("unit_name", "project.unit.name"),
  spec("scope_city", "project.scope.city"),
  ...PLACE,
  ...BUDGET,
  spec("purpose", "project.purpose"),
  spec("goals", "project.goals"),
  spec("spending_plan", "project.spendingPlan"),
  spec("extra", "project.extra"),
  spec("template_attachment", "project.template.attachment"),
  spec("template_category", "project.template.category"),
  spec("template_notes", "project.template.notes"),
  spec("empty_categories", "project.emptyCategories"),
  { name: "topics", path: "project.topics", codes: true },
  spec("flags", "project.flags"),
  sourceFile("project.source.file"),
  spec("source_line_start", "project.source.lines.0"),
  spec("source_line_end", "project.source.lines.1"),
  spec("source_place", "project.source.place"),
  ...citeColumns("project"),
]).concat(PROJECT_MEASURABILITY);

const INDICATORS = columns([
  spec("id", "indicator.id"),
  spec("project_id", "project.id"),
  spec("project_name", "project.name"),
  spec("project_kind", "project.kind"),
  spec("project_number", "project.number"),
  spec("project_code", "project.code"),
  spec("unit_code", "project.unit.code"),
  spec("unit_name", "project.unit.name"),
  spec("scope_city", "project.scope.city"),
  spec("document_id", "document.id"),
  ...PLACE,
  spec("level1", "indicator.level1"),
  spec("level2", "indicator.level2"),
  spec("level1_raw", "indicator.level1Raw"),
  spec("level2_raw", "indicator.level2Raw"),
  spec("name", "indicator.name"),
  spec("description", "indicator.description"),
  spec("basis_raw", "indicator.basis.raw"),
  spec("basis_category", "indicator.basis.category"),
  spec("basis_documents", "indicator.basis.documents"),
  spec("scoring", "indicator.scoring"),
  spec("weight_raw", "indicator.weight.raw"),
  spec("weight_value", "indicator.weight.value"),
  // "group" is an SQL keyword; a researcher should not have to quote a column.
  spec("group_label", "indicator.group"),
  spec("section", "indicator.section"),
  spec("name_unit", "indicator.nameUnit"),
  spec("options", "indicator.options"),
  spec("concept", "indicator.concept"),
  spec("flags", "indicator.flags"),
  ...targetColumns("target"),
  ...targetColumns("periodTarget"),
  sourceFile("project.source.file"),
  spec("source_line", "indicator.source.line"),
  spec("source_period_line", "indicator.source.periodLine"),
  spec("source_line_start", "indicator.source.lines.0"),
  spec("source_line_end", "indicator.source.lines.1"),
  spec("source_place", "indicator.source.place"),
  ...citeColumns("indicator"),
]).concat(INDICATOR_MEASURABILITY);

/** One row per figure of a budget table (long form), so tables of any width fit one file. */
const pad = (n: number, width: number) => String(n).padStart(width, "0");

const BUDGET_FIGURES = columns([
  {
    name: "id",
    path: "budgetTableRow.values",
    type: "string",
    compute: ({ document, tableNumber, rowNumber, at }) =>
      `${document.id}-t${pad(tableNumber!, 2)}-r${pad(rowNumber!, 3)}-c${pad(at! + 1, 2)}`,
    description: {
      zh: "预算表数字的编号：文件编号-t表序号-r行序号-c栏序号（均从 1 起，按原文顺序）；原文不变则编号不变",
      en: "Id of the figure: document id, then the table's (t), the row's (r) and the column's (c) position, 1-based, in the order of the source; stable while the source does not change",
    },
  },
  spec("document_id", "document.id"),
  ...PLACE,
  spec("table_kind", "budgetTable.kind"),
  spec("table_title", "budgetTable.title"),
  spec("table_side", "budgetTable.side"),
  spec("table_unit", "budgetTable.unit"),
  spec("table_line_start", "budgetTable.source.lines.0"),
  spec("table_line_end", "budgetTable.source.lines.1"),
  spec("row_code", "budgetTableRow.code"),
  spec("row_name", "budgetTableRow.name"),
  spec("row_line", "budgetTableRow.line"),
  spec("column", `budgetTable.columns.${EACH}`),
  spec("value", `budgetTableRow.values.${EACH}`),
  spec("raw", `budgetTableRow.raw.${EACH}`),
]);

/** One row per topic of a record, so a topic is a join, not a substring search in a ';'-joined cell. */
const RECORD_TOPICS = columns([
  spec("project_id", "project.id"),
  { name: "topic", path: `project.topics.${EACH}` },
  {
    name: "rank",
    path: "project.topics",
    type: "integer",
    compute: ({ at }) => at! + 1,
    description: { zh: "主题的次序：1 为主要主题", en: "Order of the topic: 1 is the record's primary topic" },
  },
]);

const projectsOf = (dataset: Dataset) =>
  dataset.flatMap(({ document, projects }) => projects.map((project) => ({ document, project })));

export const TABLES: readonly Table[] = [
  {
    name: "documents",
    title: { zh: "文件", en: "Documents" },
    columns: DOCUMENTS,
    key: ["id"],
    contexts: (dataset) => dataset.map(({ document }) => ({ document })),
  },
  {
    name: "projects",
    title: { zh: "记录（项目、部门整体、模板）", en: "Records (projects, whole units, templates)" },
    columns: PROJECTS,
    key: ["id"],
    parent: { column: "document_id", table: "documents" },
    contexts: projectsOf,
  },
  {
    name: "indicators",
    title: { zh: "绩效指标", en: "Performance indicators" },
    columns: INDICATORS,
    key: ["id"],
    parent: { column: "project_id", table: "projects" },
    contexts: (dataset) =>
      projectsOf(dataset).flatMap((c) => c.project.indicators.map((indicator) => ({ ...c, indicator }))),
  },
  {
    name: "budget_figures",
    title: { zh: "预算表数字（每格一行）", en: "Budget-table figures (one row per cell)" },
    columns: BUDGET_FIGURES,
    key: ["id"],
    parent: { column: "document_id", table: "documents" },
    contexts: (dataset) =>
      dataset.flatMap(({ document }) =>
        (document.budgetTables ?? []).flatMap((budgetTable, t) =>
          budgetTable.rows.flatMap((budgetTableRow, r) =>
            budgetTableRow.values.map((_, at) => ({
              document,
              budgetTable,
              budgetTableRow,
              at,
              tableNumber: t + 1,
              rowNumber: r + 1,
            })),
          ),
        ),
      ),
  },
  {
    name: "record_topics",
    title: { zh: "记录的主题（每个主题一行）", en: "Topics of the records (one row per topic)" },
    columns: RECORD_TOPICS,
    key: ["project_id", "topic"],
    parent: { column: "project_id", table: "projects" },
    contexts: (dataset) => projectsOf(dataset).flatMap((c) => c.project.topics.map((_, at) => ({ ...c, at }))),
  },
];

export function table(name: TableName): Table {
  return TABLES.find((t) => t.name === name)!;
}

function valueAt(context: RowContext, path: string): unknown {
  let value: unknown = context;
  for (const key of path.split(".")) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[key === EACH ? String(context.at) : key];
  }
  return value;
}

/** The written cell: null for an absent or null value and for an empty list of codes. */
function cellOf(col: Column, context: RowContext): Cell {
  if (col.derive) return col.derive(context);
  const value = valueAt(context, col.path);
  if (col.compute) return col.compute(context, value);
  if (value === null || value === undefined) return null;
  switch (col.encoding) {
    case "codes":
      return (value as string[]).length === 0 ? null : (value as string[]).join(";");
    case "json":
      return JSON.stringify(value);
    case "scalar":
      return value as Cell;
  }
}

/** The rows of a table, each a list of cells in column order. */
export function rowsOf(t: Table, dataset: Dataset): Cell[][] {
  return rowsOfContexts(t, t.contexts(dataset));
}

/** Rows for chosen contexts: a page's own selection of records or indicators, with the table's columns (src/lib/views/views.ts). */
export function rowsOfContexts(t: Table, contexts: readonly RowContext[]): Cell[][] {
  return contexts.map((context) => t.columns.map((col) => cellOf(col, context)));
}

/** Every table's rows, built once for the CSV files, the workbook and the SQLite file rather than once by each. */
export type TableRows = ReadonlyMap<Table, Cell[][]>;

export function tableRows(dataset: Dataset): TableRows {
  return new Map(TABLES.map((t) => [t, rowsOf(t, dataset)]));
}

/** A column's description with its caveats spelled out, as the datapackage, the dictionary and the workbook give it. */
export function describedColumn(c: Column): { zh: string; en: string } {
  const caveats = c.caveats ?? [];
  return {
    zh: [c.description.zh, ...caveats.map((k) => `注意：${CAVEATS[k].zh}`)].join("\n"),
    en: [c.description.en, ...caveats.map((k) => `Caveat: ${CAVEATS[k].en}`)].join("\n"),
  };
}

/** Every column of every table explained: the workbook's about sheet and the SQLite `columns` table. */
export const COLUMN_DICTIONARY_HEADER = [
  "table",
  "column",
  "type",
  "unit",
  "description_zh",
  "description_en",
] as const;

export function columnDictionary(): Cell[][] {
  return TABLES.flatMap((t) =>
    t.columns.map((c) => {
      const text = describedColumn(c);
      return [t.name, c.name, c.type, c.unit ?? null, text.zh, text.en];
    }),
  );
}
