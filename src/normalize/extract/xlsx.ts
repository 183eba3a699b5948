/**
 * .xlsx → grid, with exceljs. Every visible sheet; a sheet's rows split into
 * tables at blank rows (one project per sheet, or many tables stacked on one
 * sheet with blank and title rows between); merged ranges become spans; numbers
 * keep the text as printed by their number format ("170.00"). Hidden sheets are
 * left out and hidden rows kept, both reported in the grid's notes.
 */
import ExcelJS from "exceljs";
import { columnLetters, type Grid, type GridBlock, type GridCell, type GridRow } from "../../model/grid.ts";
import { Refusal } from "./refusal.ts";
import { zipEntryNames } from "./zip.ts";

/** A number as its format prints it: "0.00" → two decimals, "0%" → percent, else as JavaScript writes it. */
export function printedNumber(value: number, numFmt: string | undefined): string {
  const fmt = (numFmt ?? "").split(";")[0]!;
  const decimals = /0\.(0+)/u.exec(fmt)?.[1]?.length ?? 0;
  const grouped = /#,##0/u.test(fmt);
  if (fmt.includes("%")) return `${(value * 100).toFixed(decimals)}%`;
  if (fmt === "" || fmt === "General" || !/0/u.test(fmt)) return String(value);
  const fixed = value.toFixed(decimals);
  if (!grouped) return fixed;
  const [int, frac] = fixed.split(".");
  return `${thousands(int!)}${frac ? `.${frac}` : ""}`;
}

/** Digits grouped by three from the right ("1234567" → "1,234,567"). */
function thousands(digits: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? "," : "") + digits[i]!;
  return out;
}

/** A formula's cached result or another value exceljs hands back, as printed. */
function plain(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return printedNumber(v, cell.numFmt);
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if ("result" in o) return typeof o.result === "number" ? printedNumber(o.result, cell.numFmt) : plain(o.result);
    if (typeof o.text === "string") return o.text;
    if (o.error) return o.error;
  }
  return plain(v);
}

const decodeA1 = (a1: string) => {
  const m = /^([A-Z]+)(\d+)$/u.exec(a1)!;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
};

export async function extractXlsx(bytes: Uint8Array, what = "the .xlsx file"): Promise<Grid> {
  zipEntryNames(bytes, what);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    throw new Refusal(
      `${what} could not be read as a workbook (${error instanceof Error ? error.message : String(error)})`,
      "open it in Excel or LibreOffice and save it again as .xlsx",
    );
  }
  const blocks: GridBlock[] = [];
  const notes: Grid["notes"] = [];
  let tables = 0;
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== "visible") {
      notes.push({ place: { sheet: sheet.name }, text: sheet.name, reason: `hidden sheet (${sheet.state}), not read` });
      continue;
    }
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    const covered = new Set<string>();
    const merges = (sheet.model as unknown as { merges?: string[] }).merges ?? [];
    for (const range of merges) {
      const [a, b = a] = range.split(":") as [string, string?];
      const s = decodeA1(a);
      const e = decodeA1(b);
      spans.set(`${s.row},${s.col}`, { rowSpan: e.row - s.row + 1, colSpan: e.col - s.col + 1 });
      for (let r = s.row; r <= e.row; r++)
        for (let c = s.col; c <= e.col; c++) if (r !== s.row || c !== s.col) covered.add(`${r},${c}`);
    }
    const width = sheet.columnCount;
    let current: { rows: GridRow[]; first: number } | null = null;
    const close = () => {
      if (current) {
        const base = current.first;
        // Row numbers inside a table are relative to its first row; spans past the table's end are cut.
        const rows = current.rows.map((row) => ({
          ...row,
          cells: row.cells.map((c) => ({ ...c, row: c.row - base })),
        }));
        rows.forEach((row, r) => row.cells.forEach((c) => (c.rowSpan = Math.min(c.rowSpan, rows.length - r))));
        blocks.push({ type: "table", cols: width, rows, place: { sheet: sheet.name, a1: `A${base + 1}` } });
        tables++;
      }
      current = null;
    };
    for (let r = 0; r < sheet.rowCount; r++) {
      const row = sheet.getRow(r + 1);
      const cells: GridCell[] = [];
      let hasContent = false;
      for (let c = 0; c < width; c++) {
        const key = `${r},${c}`;
        if (covered.has(key)) {
          hasContent ||= [...spans.entries()].some(([k, s]) => {
            const [sr, sc] = k.split(",").map(Number) as [number, number];
            return sr < r && sr + s.rowSpan > r && sc <= c && sc + s.colSpan > c;
          });
          continue;
        }
        const text = cellText(row.getCell(c + 1));
        const span = spans.get(key) ?? { rowSpan: 1, colSpan: 1 };
        if (text.trim() !== "") hasContent = true;
        cells.push({
          text: text.replace(/\r\n?/gu, "\n"),
          row: r,
          col: c,
          ...span,
          place: { sheet: sheet.name, a1: `${columnLetters(c)}${r + 1}` },
        });
      }
      if (!hasContent) {
        close();
        continue;
      }
      if (row.hidden)
        notes.push({
          place: { sheet: sheet.name, a1: `A${r + 1}` },
          text: cells.map((c) => c.text).join(" | "),
          reason: "hidden row, read as published",
        });
      current ??= { rows: [], first: r };
      current.rows.push({ cells, place: { sheet: sheet.name, a1: `A${r + 1}` } });
    }
    close();
  }
  if (tables === 0)
    throw new Refusal(`${what} has no filled cells on any visible sheet`, "check that this is the published workbook");
  return { format: "xlsx", blocks, notes };
}
