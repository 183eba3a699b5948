/**
 * /data/targets.sqlite: the tables in one SQLite file, for queries beyond a
 * spreadsheet (DuckDB's sqlite extension, Datasette, any SQLite client).
 * Same tables and columns as the CSV files, with keys, foreign keys and
 * indexes, plus `about` (versions, licence) and `columns` (what each column
 * means). Built with sql.js (SQLite compiled to wasm), so no native build.
 */
import initSqlJs, { type Database } from "sql.js";
import { ABOUT } from "./about.ts";
import { COLUMN_DICTIONARY_HEADER, columnDictionary, table, TABLES, type Cell, type Column, type Table, type TableRows } from "./tables.ts";

const SQL_TYPES: Record<Column["type"], string> = {
  string: "TEXT",
  date: "TEXT",
  object: "TEXT",
  array: "TEXT",
  integer: "INTEGER",
  number: "REAL",
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function createTable(t: Table): string {
  const columns = t.columns.map((c) => `${quote(c.name)} ${SQL_TYPES[c.type]}${c.name === t.key ? " PRIMARY KEY" : ""}`);
  const parent = t.parent && table(t.parent.table);
  if (t.parent && parent?.key) columns.push(`FOREIGN KEY (${quote(t.parent.column)}) REFERENCES ${quote(parent.name)} (${quote(parent.key)})`);
  return `CREATE TABLE ${quote(t.name)} (\n  ${columns.join(",\n  ")}\n)`;
}

function insert(db: Database, name: string, columns: readonly string[], rows: readonly Cell[][]): void {
  const statement = db.prepare(`INSERT INTO ${quote(name)} (${columns.map(quote).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
  try {
    for (const row of rows) statement.run(row);
  } finally {
    statement.free();
  }
}

let engine: ReturnType<typeof initSqlJs> | undefined;

export async function sqliteOf(rows: TableRows): Promise<Uint8Array> {
  const SQL = await (engine ??= initSqlJs());
  const db = new SQL.Database();
  try {
    db.run("BEGIN");
    db.run(`CREATE TABLE "about" ("key" TEXT PRIMARY KEY, "label" TEXT, "value" TEXT)`);
    insert(db, "about", ["key", "label", "value"], ABOUT.map(({ key, label, value }) => [key, label, value]));
    db.run(`CREATE TABLE "columns" (${COLUMN_DICTIONARY_HEADER.map((c) => `${quote(c)} TEXT`).join(", ")}, PRIMARY KEY ("table", "column"))`);
    insert(db, "columns", COLUMN_DICTIONARY_HEADER, columnDictionary());
    for (const t of TABLES) {
      db.run(createTable(t));
      if (t.parent) db.run(`CREATE INDEX ${quote(`${t.name}_${t.parent.column}`)} ON ${quote(t.name)} (${quote(t.parent.column)})`);
      insert(db, t.name, t.columns.map((c) => c.name), rows.get(t)!);
    }
    db.run("COMMIT");
    return db.export();
  } finally {
    db.close();
  }
}
