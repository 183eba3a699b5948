/**
 * PDF layouts publishers print (fixtures made by LibreOffice, see tests/fixtures/office/make-fixtures.sh):
 * rows that break across a page with the page footer ("— 3 —") printed between their halves, one table going
 * on over pages with no repeated header, page numbers dropped and accounted for in the grid's notes.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GridTable } from "../../src/model/grid.ts";
import { extractPdf } from "../../src/normalize/extract/pdf.ts";
import { splitRowsText } from "../helpers/split-rows-text.ts";

describe("split-rows.pdf: rows across page breaks, footers between their halves", () => {
  it("one table of 30 rows, every cell whole, each page break and footer noted", async () => {
    const grid = await extractPdf(readFileSync("tests/fixtures/office/split-rows.pdf"));
    const tables = grid.blocks.filter((b): b is GridTable => b.type === "table");
    // One table over five pages: the header printed once, on the first.
    expect(tables).toHaveLength(1);
    const rows = tables[0]!.rows.map((r) => r.cells.map((c) => c.text));
    expect(rows[0]).toEqual(["序号", "指标名称", "说明"]);
    expect(rows.slice(1)).toEqual(
      Array.from({ length: 30 }, (_, i) => [String(i + 1), `指标${i + 1}`, splitRowsText(i + 1)]),
    );
    expect(new Set(tables[0]!.rows.map((r) => r.place.page)).size).toBe(5);
    // Rows 7, 14, 21 and 28 run over a page: their second halves are joined, and said so.
    const joined = grid.notes.filter((n) => n.reason.startsWith("second half of a row"));
    expect(joined.map((n) => n.place.page)).toEqual([2, 3, 4, 5]);
    // The footers printed between the halves are page numbers: out of the text, each in the notes.
    const numbers = grid.notes.filter((n) => n.reason === "page number");
    expect(numbers.length).toBeGreaterThanOrEqual(3);
    for (const n of numbers) expect(n.text).toMatch(/^— \d —$/u);
    expect(JSON.stringify(grid.blocks)).not.toMatch(/—/u);
    expect(grid.blocks.filter((b) => b.type === "paragraph").map((b) => b.type === "paragraph" && b.text)).toEqual([
      "跨页拆分的行",
    ]);
  }, 60_000);
});

describe("qingdao-2023.pdf: tables continuing over pages with no repeated header", () => {
  it("21 project tables, each one grid table however many pages it runs over, its header row once", async () => {
    const grid = await extractPdf(readFileSync("tests/fixtures/office/qingdao-2023.pdf"));
    const tables = grid.blocks.filter((b): b is GridTable => b.type === "table");
    expect(tables).toHaveLength(21);
    const over = tables.filter((t) => new Set(t.rows.map((r) => r.place.page)).size > 1);
    expect(over.length).toBeGreaterThan(10);
    for (const t of tables) {
      const headers = t.rows.filter((r) => r.cells.some((c) => c.text === "一级指标"));
      expect(headers).toHaveLength(1);
    }
    // A merged 一级指标 label printed once, on the earlier page, goes on over the rows of the next.
    expect(grid.notes.some((n) => n.reason === "merged cell continued from the previous page")).toBe(true);
  }, 60_000);
});
