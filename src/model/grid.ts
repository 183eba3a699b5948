/**
 * The one intermediate every extractor produces and every layout-family reader
 * consumes (through an adapter, see adapt.ts): documents → blocks (tables and
 * free paragraphs) → rows → cells. A cell keeps its text as printed, its
 * row/column in the table grid, its merges and where it stands in the
 * original file (its place).
 */
import { z } from "zod";

export const sourceFormat = z.enum(["text", "docx", "xlsx", "pdf"]);
export type SourceFormat = z.infer<typeof sourceFormat>;

/**
 * Where a piece of text stands in the published file. text: line; docx: table
 * (1-based, in document order) + row (1-based) + cell (1-based), or paragraph;
 * xlsx: sheet + A1 cell; pdf: page + box (x, y of the top-left corner, in PDF
 * points from the page's top-left).
 */
export const place = z
  .object({
    line: z.number().int().positive().optional(),
    table: z.number().int().positive().optional(),
    row: z.number().int().positive().optional(),
    cell: z.number().int().positive().optional(),
    paragraph: z.number().int().positive().optional(),
    sheet: z.string().optional(),
    a1: z.string().optional(),
    page: z.number().int().positive().optional(),
    x: z.number().optional(),
    y: z.number().optional(),
  })
  .strict();
export type Place = z.infer<typeof place>;

export const gridCell = z
  .object({
    /** Text as printed; paragraphs (or wrapped lines joined back) separated by "\n". */
    text: z.string(),
    /** 0-based position of the cell's top-left in the table grid. */
    row: z.number().int().nonnegative(),
    col: z.number().int().nonnegative(),
    rowSpan: z.number().int().positive(),
    colSpan: z.number().int().positive(),
    place,
  })
  .strict();
export type GridCell = z.infer<typeof gridCell>;

/** One row: the cells whose top-left is on this row, left to right. Cells covered by a merge from above are absent. */
export const gridRow = z.object({ cells: z.array(gridCell), place }).strict();
export type GridRow = z.infer<typeof gridRow>;

export const gridTable = z
  .object({
    type: z.literal("table"),
    /** Number of grid columns. */
    cols: z.number().int().nonnegative(),
    rows: z.array(gridRow),
    place,
  })
  .strict();
export type GridTable = z.infer<typeof gridTable>;

export const gridParagraph = z.object({ type: z.literal("paragraph"), text: z.string(), place }).strict();
export type GridParagraph = z.infer<typeof gridParagraph>;

export const gridBlock = z.discriminatedUnion("type", [gridTable, gridParagraph]);
export type GridBlock = z.infer<typeof gridBlock>;

export const grid = z
  .object({
    format: sourceFormat,
    blocks: z.array(gridBlock),
    /**
     * What the extractor saw and left out or changed: hidden rows/sheets, page furniture, folded characters;
     * in a text export, every blank line (reason BLANK_LINE, its white space as text).
     */
    notes: z.array(z.object({ place, text: z.string(), reason: z.string() }).strict()),
  })
  .strict();
export type Grid = z.infer<typeof grid>;

/**
 * The note a text export's blank (white-space-only) line leaves in its grid: the
 * line separates rows, tables and paragraphs but holds no text, so it is no block;
 * the note keeps its place and exact white space, so the adapters put it back
 * and every line keeps its number (extract/text.ts, extract/adapt.ts).
 */
export const BLANK_LINE = "blank line";

/** A place as the site shows it: "第 3 页（x 72，y 540）", "工作表 Sheet1 单元格 B4", "表 2 第 5 行第 3 格", "段落 4", "第 12 行". */
export function describePlace(p: Place): string {
  if (p.page !== undefined)
    return `第 ${p.page} 页${p.x !== undefined ? `（x ${Math.round(p.x)}，y ${Math.round(p.y ?? 0)}）` : ""}`;
  if (p.sheet !== undefined) return `工作表 ${p.sheet}${p.a1 ? ` 单元格 ${p.a1}` : ""}`;
  if (p.table !== undefined) return `表 ${p.table}${p.row ? ` 第 ${p.row} 行` : ""}${p.cell ? `第 ${p.cell} 格` : ""}`;
  if (p.paragraph !== undefined) return `段落 ${p.paragraph}`;
  return p.line !== undefined ? `第 ${p.line} 行` : "";
}

/** 0-based column → spreadsheet letters (0 → A, 27 → AB). */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
