/**
 * The CSV files, parsed back with csv-parse, equal the JSON on every field of
 * every row: each cell is compared with the value found at its column's path
 * in the records themselves (not with the flattening that wrote the file).
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvOf } from "../../src/lib/downloads/csv.ts";
import { rowsOf, table, TABLES, type Column, type RowContext, type TableName } from "../../src/lib/downloads/tables.ts";
import { datasetOf, type Dataset } from "../../src/lib/downloads/dataset.ts";
import { EACH } from "../../src/lib/downloads/schema-fields.ts";
import { byPath, realData, realDownloads, text, withSynthetic } from "../helpers/downloads.ts";

/** The value at a path of the row's records, read independently of src/lib/downloads/tables.ts. */
function at(context: RowContext, path: string): unknown {
  return path.split(".").reduce<unknown>((value, key) => {
    if (value === null || value === undefined) return undefined;
    return (value as Record<string, unknown>)[key === EACH ? String(context.at) : key];
  }, context);
}

/** What a CSV cell must hold for a JSON value. */
function expected(column: Column, value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && column.encoding === "codes") return value.join(";");
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  throw new Error(`no CSV form for a ${typeof value}`);
}

function parsed(csv: string): string[][] {
  return parse(csv, { bom: true, relax_column_count: false });
}

function roundTrip(dataset: Dataset, csvFor: (name: TableName) => string) {
  for (const t of TABLES) {
    const contexts = t.contexts(dataset);
    const [header, ...rows] = parsed(csvFor(t.name));
    expect(header, t.name).toEqual(t.columns.map((c) => c.name));
    expect(rows, t.name).toHaveLength(contexts.length);
    rows.forEach((row, r) => {
      t.columns.forEach((column, c) => {
        // A computed column (an id from positions, a source path as it resolves in the package) is checked on its own below.
        if (column.compute) return;
        // A derived column (measurability) is checked by its own unit tests; here the file must hold what it computes.
        const value = column.derive ? column.derive(contexts[r]!) : at(contexts[r]!, column.path);
        expect(row[c], `${t.name} row ${r + 1} ${column.name}`).toBe(expected(column, value));
      });
    });
  }
}

describe("CSV downloads of the real data", async () => {
  const downloads = await realDownloads();

  it("equal the JSON on every field of every row", () => {
    roundTrip(datasetOf(realData()), (name) => text(byPath(downloads, `${name}.csv`)));
  });

  it("start with no byte-order mark and end lines with CRLF; no version column or note line", () => {
    for (const t of TABLES) {
      const d = byPath(downloads, `${t.name}.csv`);
      expect([...d.bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      const body = text(d);
      expect(body.startsWith(`${t.columns[0]!.name},`)).toBe(true);
      expect(body.endsWith("\r\n")).toBe(true);
      expect(body).not.toMatch(/(^|\n)#/);
      expect(t.columns.filter((c) => /version/i.test(c.name))).toEqual([]);
    }
  });

  it("spreadsheet flavour: same table with a BOM, formula-looking text behind an apostrophe, everything else as in the package CSV", () => {
    for (const t of TABLES) {
      const machine = parsed(text(byPath(downloads, `${t.name}.csv`)));
      const sheet = byPath(downloads, `excel/${t.name}.csv`);
      expect([...sheet.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parsed(text(sheet));
      expect(rows).toHaveLength(machine.length);
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          const original = machine[r]![c]!;
          expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
        }),
      );
    }
  });

  it("give source paths that resolve next to datapackage.json, and unique budget-figure ids", () => {
    const paths = new Set(downloads.map((d) => d.path));
    for (const name of ["documents", "projects", "indicators"]) {
      const [header, ...rows] = parsed(text(byPath(downloads, `${name}.csv`)));
      const col = header!.indexOf("source_file");
      for (const row of rows) expect(paths.has(row[col]!), row[col]).toBe(true);
    }
    const [header, ...rows] = parsed(text(byPath(downloads, "budget_figures.csv")));
    const ids = rows.map((row) => row[header!.indexOf("id")]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+-t\d{2}-r\d{3}-c\d{2}$/);
  });

  it("give every indicator a source line and an id under its record's", () => {
    const [header, ...rows] = parsed(text(byPath(downloads, "indicators.csv")));
    const col = (name: string) => header!.indexOf(name);
    for (const row of rows) {
      expect(Number(row[col("source_line")])).toBeGreaterThan(0);
      expect(row[col("id")]).toMatch(new RegExp(`^${row[col("project_id")]}-i\\d{2,}$`));
    }
  });
});

describe("CSV of every optional field (synthetic document)", () => {
  it("keeps commas, quotes, line breaks, semicolons, formulas and leading zeros as they are", () => {
    const dataset = withSynthetic();
    roundTrip(dataset, (name) => csvOf(table(name), rowsOf(table(name), dataset)));
    const [header, ...rows] = parsed(csvOf(table("projects"), rowsOf(table("projects"), dataset)));
    const synthetic = rows.find((r) => r[0] === "synthetic-2099-00000001")!;
    const cell = (name: string) => synthetic[header!.indexOf(name)];
    expect(cell("name")).toBe("模板，含逗号与\n换行");
    expect(cell("code")).toBe("0502");
    expect(cell("purpose")).toBe("=SUM(A1)");
    expect(JSON.parse(cell("goals")!)).toEqual(["目标一；含分号", "目标二"]);
    expect(cell("topics")).toBe("radio;vehicles");
    expect(cell("budget_special_account")).toBe("0");
  });

  it("writes a budget table one figure per row", () => {
    const dataset = withSynthetic();
    const [header, ...rows] = parsed(csvOf(table("budget_figures"), rowsOf(table("budget_figures"), dataset)));
    const cells = rows
      .map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])))
      .filter((c) => c.document_id === "synthetic-2099");
    expect(cells.map((c) => [c.row_name, c.column, c.value, c.raw])).toEqual([
      ['一般公共服务, "支出"', "预算数", "12.5", "12.50"],
      ['一般公共服务, "支出"', "上年数", "", ""],
      ["合计", "预算数", "12.5", "12.50"],
      ["合计", "上年数", "10", "10"],
    ]);
  });
});
