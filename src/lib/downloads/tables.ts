/**
 * The flat tables (documents, projects, indicators, budget figures): one
 * definition of their columns and rows, shared by the CSV files, the workbook
 * and the SQLite file, so the three can never disagree.
 *
 * A column names a path into the model ("indicator.target.unit.raw"); its type,
 * its description and its unit are looked up from the schema and the field
 * documentation, so a column can only name a field that exists.
 */
import { budget, type BudgetTable, type Document, type Indicator, type Project } from "../../model/schema.ts";
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
};

export type TableName = "documents" | "projects" | "indicators" | "budget_figures";

export type Table = {
  name: TableName;
  title: { zh: string; en: string };
  columns: readonly Column[];
  /** The column that identifies a row, where one does. */
  key?: string;
  /** A column that points to the key of another table. */
  parent?: { column: string; table: TableName };
  contexts: (dataset: Dataset) => RowContext[];
};

type ColumnSpec = { name: string; path: string; codes?: true };

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/\./g, "_");

/** A pair's members are a first and a last line; a record's members are named by their key. */
function elementLabel({ field, element }: FieldLocation): { zh: string; en: string } {
  if (element === undefined) return { zh: "", en: "" };
  if (field.structure === "tuple" && field.size === 2) return element === "0" ? { zh: "（起）", en: " (first)" } : { zh: "（止）", en: " (last)" };
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

function column({ name, path, codes }: ColumnSpec): Column {
  const location = fieldAt(path);
  const { field, element } = location;
  const doc = fieldDoc(field);
  const scalar = element !== undefined ? field.items! : field;
  const isList = element === undefined && (field.structure === "list" || field.structure === "tuple");
  const encoding: Encoding = codes || (isList && field.items?.values) ? "codes" : scalar.type === "object" || scalar.type === "array" ? "json" : "scalar";
  const type = encoding === "codes" ? "string" : doc?.format ?? scalar.type;
  const unit = element === undefined ? doc?.unit : undefined;
  const values = encoding === "scalar" ? scalar.values : undefined;
  return { name, path, encoding, type, description: columnDescription(location), ...(unit && { unit }), ...(values && { values }) };
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
  .flatMap((key) => [spec(`budget_${snake(key)}`, `project.budget.${key}`), spec(`budget_${snake(key)}_raw`, `project.budget.raw.${key}`)]);

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
  spec("source_file", "document.source.file"),
  spec("source_sha256", "document.source.sha256"),
  spec("source_lines", "document.source.lines"),
]);

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
  spec("source_file", "project.source.file"),
  spec("source_line_start", "project.source.lines.0"),
  spec("source_line_end", "project.source.lines.1"),
  spec("source_place", "project.source.place"),
]);

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
  spec("source_file", "project.source.file"),
  spec("source_line", "indicator.source.line"),
  spec("source_period_line", "indicator.source.periodLine"),
  spec("source_line_start", "indicator.source.lines.0"),
  spec("source_line_end", "indicator.source.lines.1"),
  spec("source_place", "indicator.source.place"),
]);

/** One row per figure of a budget table (long form), so tables of any width fit one file. */
const BUDGET_FIGURES = columns([
  spec("document_id", "document.id"),
  ...PLACE,
  spec("table_kind", "budgetTable.kind"),
  spec("table_title", "budgetTable.title"),
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

const projectsOf = (dataset: Dataset) => dataset.flatMap(({ document, projects }) => projects.map((project) => ({ document, project })));

export const TABLES: readonly Table[] = [
  {
    name: "documents",
    title: { zh: "文件", en: "Documents" },
    columns: DOCUMENTS,
    key: "id",
    contexts: (dataset) => dataset.map(({ document }) => ({ document })),
  },
  {
    name: "projects",
    title: { zh: "记录（项目、部门整体、模板）", en: "Records (projects, whole units, templates)" },
    columns: PROJECTS,
    key: "id",
    parent: { column: "document_id", table: "documents" },
    contexts: projectsOf,
  },
  {
    name: "indicators",
    title: { zh: "绩效指标", en: "Performance indicators" },
    columns: INDICATORS,
    key: "id",
    parent: { column: "project_id", table: "projects" },
    contexts: (dataset) => projectsOf(dataset).flatMap((c) => c.project.indicators.map((indicator) => ({ ...c, indicator }))),
  },
  {
    name: "budget_figures",
    title: { zh: "预算表数字（每格一行）", en: "Budget-table figures (one row per cell)" },
    columns: BUDGET_FIGURES,
    parent: { column: "document_id", table: "documents" },
    contexts: (dataset) =>
      dataset.flatMap(({ document }) =>
        (document.budgetTables ?? []).flatMap((budgetTable) =>
          budgetTable.rows.flatMap((budgetTableRow) => budgetTableRow.values.map((_, at) => ({ document, budgetTable, budgetTableRow, at }))),
        ),
      ),
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
  const value = valueAt(context, col.path);
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
  return t.contexts(dataset).map((context) => t.columns.map((col) => cellOf(col, context)));
}

/** Every table's rows, built once for the CSV files, the workbook and the SQLite file rather than once by each. */
export type TableRows = ReadonlyMap<Table, Cell[][]>;

export function tableRows(dataset: Dataset): TableRows {
  return new Map(TABLES.map((t) => [t, rowsOf(t, dataset)]));
}

/** Every column of every table explained: the workbook's about sheet and the SQLite `columns` table. */
export const COLUMN_DICTIONARY_HEADER = ["table", "column", "type", "unit", "description_zh", "description_en"] as const;

export function columnDictionary(): Cell[][] {
  return TABLES.flatMap((t) => t.columns.map((c) => [t.name, c.name, c.type, c.unit ?? null, c.description.zh, c.description.en]));
}
