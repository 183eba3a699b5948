/**
 * The workbook read back (read-excel-file) has an about sheet with the
 * versions and the column dictionary, and one sheet per table with the same
 * rows as the CSV files, cells typed (numbers as numbers, text as text).
 */
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/model/schema.ts";
import { datasetOf } from "../../src/lib/downloads/dataset.ts";
import { rowsOf, tableRows, TABLES } from "../../src/lib/downloads/tables.ts";
import { DATASET_VERSION } from "../../src/lib/downloads/version.ts";
import { ABOUT_SHEET, workbookOf } from "../../src/lib/downloads/xlsx.ts";
import { byPath, realData, realDownloads, withSynthetic } from "../helpers/downloads.ts";

type Sheets = Awaited<ReturnType<typeof readXlsxFile>>;

const read = async (bytes: Uint8Array): Promise<Sheets> => readXlsxFile(Buffer.from(bytes), { trim: false });

function sameRows(sheets: Sheets, dataset: ReturnType<typeof datasetOf>) {
  for (const table of TABLES) {
    const sheet = sheets.find((s) => s.sheet === table.name);
    expect(sheet, table.name).toBeDefined();
    const [header, ...rows] = sheet!.data;
    expect(header, table.name).toEqual(table.columns.map((c) => c.name));
    // A sheet ends at its last filled cell; pad rows back to the table's width.
    const padded = rows.map((row) => table.columns.map((_, i) => row[i] ?? null));
    // A spreadsheet has no empty text: an empty published cell ("") is an empty cell, as in the CSV.
    const expected = rowsOf(table, dataset).map((row) => row.map((cell) => (cell === "" ? null : cell)));
    expect(padded, table.name).toEqual(expected);
  }
}

describe("targets.xlsx", async () => {
  const sheets = await read(byPath(await realDownloads(), "targets.xlsx").bytes);

  it("has the about sheet first, then one sheet per table", () => {
    expect(sheets.map((s) => s.sheet)).toEqual([ABOUT_SHEET, ...TABLES.map((t) => t.name)]);
  });

  it("names the dataset and format versions on the about sheet, and explains every column", () => {
    const about = sheets[0]!.data;
    const value = (label: string) => about.find((row) => String(row[0]).includes(label))?.[1];
    expect(value("dataset version")).toBe(DATASET_VERSION);
    expect(value("schema version")).toBe(SCHEMA_VERSION);
    const explained = about
      .filter((row) => TABLES.some((t) => t.name === row[0]))
      .map((row) => `${String(row[0])}.${String(row[1])}`);
    expect(explained).toEqual(TABLES.flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`)));
  });

  it("has the same rows as the tables, typed", () => {
    sameRows(sheets, datasetOf(realData()));
  });
});

describe("workbook of every optional field (synthetic document)", () => {
  it("keeps text that looks like a number or a formula as text", async () => {
    const dataset = withSynthetic();
    const sheets = await read(await workbookOf(tableRows(dataset)));
    sameRows(sheets, dataset);
    const projects = sheets.find((s) => s.sheet === "projects")!.data;
    const header = projects[0]!;
    const row = projects.find((r) => r[0] === "synthetic-2099-00000001")!;
    expect(row[header.indexOf("code")]).toBe("0502");
    expect(row[header.indexOf("purpose")]).toBe("=SUM(A1)");
    expect(row[header.indexOf("budget_total")]).toBe(10);
  });
});
