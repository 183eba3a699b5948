/**
 * The SQLite file opened with sql.js: the same tables, columns and counts as
 * the CSV files, sample values equal to the JSON, keys that hold, and the
 * versions in its about table.
 */
import initSqlJs, { type Database } from "sql.js";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/model/schema.ts";
import { datasetOf } from "../../src/lib/downloads/dataset.ts";
import { sqliteOf } from "../../src/lib/downloads/sqlite.ts";
import { rowsOf, tableRows, TABLES } from "../../src/lib/downloads/tables.ts";
import { DATASET_VERSION } from "../../src/lib/downloads/version.ts";
import { hanTokens, VIEWS } from "../../src/lib/downloads/sqlite.ts";
import { byPath, realData, realDownloads, withSynthetic } from "../helpers/downloads.ts";

const SQL = await initSqlJs();
const open = (bytes: Uint8Array): Database => new SQL.Database(bytes);
const all = (db: Database, sql: string) => db.exec(sql)[0]?.values ?? [];
const one = (db: Database, sql: string) => all(db, sql)[0]?.[0];

describe("targets.sqlite", async () => {
  const db = open(byPath(await realDownloads(), "targets.sqlite").bytes);
  const dataset = datasetOf(realData());

  it("has the tables of the CSV files with the same columns, and about and columns", () => {
    const tables = all(
      db,
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'indicator_text%' ORDER BY name",
    ).map((r) => r[0]);
    expect(tables).toEqual(["about", "columns", ...TABLES.map((t) => t.name)].sort());
    for (const table of TABLES) {
      const columns = all(db, `PRAGMA table_info("${table.name}")`).map((r) => r[1]);
      expect(columns, table.name).toEqual(table.columns.map((c) => c.name));
    }
  });

  it("answers common questions with views, each of which runs", () => {
    const views = all(db, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").map((r) => r[0]);
    expect(views).toEqual(VIEWS.map((v) => v.name).sort());
    for (const view of VIEWS) expect(all(db, `SELECT * FROM "${view.name}"`).length, view.name).toBeGreaterThan(0);
    expect(one(db, "SELECT COUNT(*) FROM indicator_targets")).toBe(one(db, "SELECT COUNT(*) FROM indicators"));
  });

  it("finds indicators by a Chinese phrase through the FTS4 index (sql.js has no FTS5), as LIKE does", () => {
    const phrase = "满意度";
    const hits = all(
      db,
      `SELECT indicator_id FROM indicator_text WHERE indicator_text MATCH '"${hanTokens(phrase)}"' ORDER BY indicator_id`,
    ).map((r) => r[0]);
    const like = all(
      db,
      `SELECT id FROM indicators WHERE name LIKE '%${phrase}%' OR description LIKE '%${phrase}%' OR target_raw LIKE '%${phrase}%' OR scoring LIKE '%${phrase}%' ORDER BY id`,
    ).map((r) => r[0]);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits).toEqual(like);
  });

  it("has the same counts as the data", () => {
    expect(one(db, "SELECT COUNT(*) FROM documents")).toBe(dataset.length);
    expect(one(db, "SELECT COUNT(*) FROM projects")).toBe(dataset.reduce((n, d) => n + d.projects.length, 0));
    expect(one(db, "SELECT COUNT(*) FROM indicators")).toBe(dataset.reduce((n, d) => n + d.report.indicators, 0));
    for (const { document, projects } of dataset) {
      expect(one(db, `SELECT COUNT(*) FROM projects WHERE document_id = '${document.id}'`)).toBe(projects.length);
    }
  });

  it("has every row of every table equal to the flattened records", () => {
    for (const table of TABLES)
      expect(all(db, `SELECT * FROM "${table.name}" ORDER BY rowid`), table.name).toEqual(rowsOf(table, dataset));
  });

  it("holds sample values as the JSON has them", () => {
    const project = dataset[0]!.projects[0]!;
    const indicator = project.indicators[0]!;
    expect(all(db, `SELECT name, budget_total, source_line_start FROM projects WHERE id = '${project.id}'`)).toEqual([
      [project.name, project.budget?.total ?? null, project.source.lines[0]],
    ]);
    expect(
      all(db, `SELECT project_id, target_raw, target_kind, source_line FROM indicators WHERE id = '${indicator.id}'`),
    ).toEqual([[project.id, indicator.target?.raw ?? null, indicator.target?.kind ?? null, indicator.source.line]]);
  });

  it("keeps its keys: unique ids, every record under a document, every indicator under a record", () => {
    expect(all(db, "PRAGMA foreign_key_check")).toEqual([]);
    expect(all(db, "PRAGMA integrity_check")).toEqual([["ok"]]);
  });

  it("names the versions in its about table and explains every column", () => {
    expect(one(db, "SELECT value FROM about WHERE key = 'dataset_version'")).toBe(DATASET_VERSION);
    expect(one(db, "SELECT value FROM about WHERE key = 'schema_version'")).toBe(SCHEMA_VERSION);
    expect(one(db, "SELECT COUNT(*) FROM columns")).toBe(TABLES.reduce((n, t) => n + t.columns.length, 0));
  });
});

describe("SQLite of every optional field (synthetic document)", () => {
  it("has the synthetic rows, budget figures included", async () => {
    const dataset = withSynthetic();
    const db = open(await sqliteOf(tableRows(dataset)));
    for (const table of TABLES)
      expect(all(db, `SELECT * FROM "${table.name}" ORDER BY rowid`), table.name).toEqual(rowsOf(table, dataset));
    expect(
      all(db, "SELECT SUM(value) FROM budget_figures WHERE row_name = '合计' AND document_id = 'synthetic-2099'"),
    ).toEqual([[22.5]]);
  });

  it("refuses two records with the same id instead of keeping either silently", async () => {
    const [first] = withSynthetic();
    await expect(sqliteOf(tableRows([first!, first!]))).rejects.toThrow(/UNIQUE/);
  });
});
