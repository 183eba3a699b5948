/**
 * /data/targets.sqlite: the tables in one SQLite file, for queries beyond a
 * spreadsheet (DuckDB's sqlite extension, Datasette, any SQLite client).
 * Same tables and columns as the CSV files, with keys, foreign keys and
 * indexes, plus `about` (versions, licence), `columns` (what each column
 * means), views for common questions (VIEWS) and a full-text index on the
 * indicators' text. Built with sql.js (SQLite compiled to wasm), so no native build.
 *
 * Full text: sql.js's build has FTS3/FTS4 but not FTS5 ("no such module:
 * fts5"), so the index is FTS4. Its tokenizers take a run of Han characters
 * for one word, so every Han character is written as its own token (the same
 * choice as the site search); a Chinese query is a phrase of characters:
 *   SELECT indicator_id FROM indicator_text WHERE indicator_text MATCH '"满 意 度"';
 * (hanTokens gives that spelling).
 */
import initSqlJs, { type Database } from "sql.js";
import { ABOUT } from "./about.ts";
import {
  COLUMN_DICTIONARY_HEADER,
  columnDictionary,
  table,
  TABLES,
  type Cell,
  type Column,
  type Table,
  type TableRows,
} from "./tables.ts";

const SQL_TYPES: Record<Column["type"], string> = {
  string: "TEXT",
  date: "TEXT",
  object: "TEXT",
  array: "TEXT",
  integer: "INTEGER",
  number: "REAL",
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const list = (names: readonly string[]) => names.map(quote).join(", ");

function createTable(t: Table): string {
  const columns = t.columns.map((c) => `${quote(c.name)} ${SQL_TYPES[c.type]}`);
  columns.push(`PRIMARY KEY (${list(t.key)})`);
  const parent = t.parent && table(t.parent.table);
  if (t.parent && parent)
    columns.push(`FOREIGN KEY (${quote(t.parent.column)}) REFERENCES ${quote(parent.name)} (${list(parent.key)})`);
  return `CREATE TABLE ${quote(t.name)} (\n  ${columns.join(",\n  ")}\n)`;
}

function insert(db: Database, name: string, columns: readonly string[], rows: readonly Cell[][]): void {
  const statement = db.prepare(
    `INSERT INTO ${quote(name)} (${columns.map(quote).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
  );
  try {
    for (const row of rows) statement.run(row);
  } finally {
    statement.free();
  }
}

/** Han characters spaced apart, so FTS4 indexes each as a word: "满意度 95%" → "满 意 度 95%". */
export const hanTokens = (text: string): string =>
  text
    .replace(/(\p{Script=Han})/gu, " $1 ")
    .replace(/\s+/g, " ")
    .trim();

/** Views for the questions asked most; each says in a comment what it answers. */
export const VIEWS: readonly { name: string; zh: string; en: string; sql: string }[] = [
  {
    name: "indicator_targets",
    zh: "每个指标与其记录、地区、年度、指标值原文与解读，一行一个指标",
    en: "Every indicator with its record, region, year, published target and its reading",
    sql: `SELECT i.id AS indicator_id, i.project_id, p.name AS project_name, p.kind AS project_kind, i.document_id,
  i.province, i.city, i.year, i.level1, i.level2, i.name, i.concept,
  i.target_raw, i.target_kind, i.target_op, i.target_value, i.target_min, i.target_max, i.target_unit_normalized
FROM indicators i JOIN projects p ON p.id = i.project_id`,
  },
  {
    name: "budget_by_document_and_kind",
    zh: "每份文件按记录类型分别合计的预算数（万元）。project 与 unit 不可相加：部门整体（unit）记录的金额已包含其项目；不同文件年度不同",
    en: "Budget totals (万元) per document and record kind. Never add project and unit: a unit record's money includes its projects'; documents are of different years",
    sql: `SELECT document_id, year, kind, COUNT(*) AS records, COUNT(budget_total) AS with_budget, SUM(budget_total) AS budget_total_wan
FROM projects GROUP BY document_id, year, kind`,
  },
  {
    name: "topic_records",
    zh: "每个主题在各地区、年度的记录数（一条记录可属多个主题）",
    en: "Records per topic, region and year (a record may have several topics)",
    sql: `SELECT t.topic, p.province, p.city, p.year, COUNT(*) AS records, SUM(t.rank = 1) AS primary_records
FROM record_topics t JOIN projects p ON p.id = t.project_id GROUP BY t.topic, p.province, p.city, p.year`,
  },
  {
    name: "concept_targets",
    zh: "跨地区可比的指标概念：每个概念的指标、地区、年度与指标值",
    en: "Indicators with a cross-region concept: concept, region, year and target",
    sql: `SELECT concept, province, city, year, project_id, id AS indicator_id, name, target_raw, target_kind, target_value, target_unit_normalized
FROM indicators WHERE concept IS NOT NULL`,
  },
  {
    name: "unparsed_targets",
    zh: "程序未能解读的指标值（以原文为准）",
    en: "Target values the grammar could not read (quote the published text)",
    sql: `SELECT id AS indicator_id, project_id, document_id, name, target_raw FROM indicators WHERE target_kind = 'unparsed' OR period_target_kind = 'unparsed'`,
  },
];

/** The indicator's text for the full-text index: name, description, published target, scoring. */
const FTS_COLUMNS = ["name", "description", "target_raw", "scoring"] as const;

function fullText(db: Database, rows: TableRows): void {
  const t = table("indicators");
  const at = (name: string) => t.columns.findIndex((c) => c.name === name);
  const id = at("id");
  const text = FTS_COLUMNS.map(at);
  db.run(
    `CREATE VIRTUAL TABLE "indicator_text" USING fts4("indicator_id", ${list(FTS_COLUMNS)}, notindexed="indicator_id")`,
  );
  insert(
    db,
    "indicator_text",
    ["indicator_id", ...FTS_COLUMNS],
    rows.get(t)!.map((row) => [row[id]!, ...text.map((i) => (typeof row[i] === "string" ? hanTokens(row[i]) : null))]),
  );
}

let engine: ReturnType<typeof initSqlJs> | undefined;

export async function sqliteOf(rows: TableRows): Promise<Uint8Array> {
  const SQL = await (engine ??= initSqlJs());
  const db = new SQL.Database();
  try {
    db.run("BEGIN");
    db.run(`CREATE TABLE "about" ("key" TEXT PRIMARY KEY, "label" TEXT, "value" TEXT)`);
    insert(
      db,
      "about",
      ["key", "label", "value"],
      ABOUT.map(({ key, label, value }) => [key, label, value]),
    );
    db.run(
      `CREATE TABLE "columns" (${COLUMN_DICTIONARY_HEADER.map((c) => `${quote(c)} TEXT`).join(", ")}, PRIMARY KEY ("table", "column"))`,
    );
    insert(db, "columns", COLUMN_DICTIONARY_HEADER, columnDictionary());
    for (const t of TABLES) {
      db.run(createTable(t));
      if (t.parent)
        db.run(`CREATE INDEX ${quote(`${t.name}_${t.parent.column}`)} ON ${quote(t.name)} (${quote(t.parent.column)})`);
      insert(
        db,
        t.name,
        t.columns.map((c) => c.name),
        rows.get(t)!,
      );
    }
    for (const view of VIEWS) db.run(`CREATE VIEW ${quote(view.name)} AS\n-- ${view.zh}\n-- ${view.en}\n${view.sql}`);
    fullText(db, rows);
    db.run("COMMIT");
    return db.export();
  } finally {
    db.close();
  }
}
