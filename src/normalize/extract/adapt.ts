/**
 * Grid → the line structure each layout-family reader consumes, with the place
 * of every line in the original file (lines[i] stands at places[i]).
 *
 * word-cells: the Word text export — a table cell per line starting with TAB,
 * its further paragraphs on lines without TAB, a blank line after each row; a
 * paragraph on its own line, then a blank line. A cell covered by a vertical
 * merge is written as an empty cell (as Word's export does); a horizontal merge
 * is one cell. A row whose only cell spans the whole table is a caption and is
 * written as a paragraph (the title row publishers put on top of a table).
 *
 * pdf-pages / pdf-template: a line per row, cells separated by TAB (the shape of
 * PDF → text exports); a paragraph per line.
 *
 * A text export's grid (extract/text.ts) is written back line for line by its
 * places instead (textExportLines), for either family: its text is already in
 * the family's shape, and the readers must get exactly the lines of the file.
 */
import type { ManifestEntry } from "../../model/schema.ts";

type ReaderFamily = ManifestEntry["reader"];
import { BLANK_LINE, type Grid, type GridCell, type GridTable, type Place } from "../../model/grid.ts";

export type Lines = { lines: string[]; places: Place[] };

const single = (text: string) => text.replace(/[\t\r]+/gu, " ");

/** Cells of a row by grid column: the cell starting there, one covering it from above, or none. */
function rowSlots(
  table: GridTable,
  r: number,
): { cell: GridCell | undefined; covered: boolean; col: number; span: number }[] {
  const out: { cell: GridCell | undefined; covered: boolean; col: number; span: number }[] = [];
  const starting = new Map(table.rows[r]!.cells.map((c) => [c.col, c]));
  const coverFrom = new Map<number, GridCell>();
  for (let rr = 0; rr < r; rr++) {
    for (const c of table.rows[rr]!.cells) if (c.row + c.rowSpan > r) coverFrom.set(c.col, c);
  }
  for (let col = 0; col < table.cols;) {
    const cell = starting.get(col);
    if (cell) {
      out.push({ cell, covered: false, col, span: cell.colSpan });
      col += cell.colSpan;
      continue;
    }
    const cover = coverFrom.get(col);
    if (cover) {
      out.push({ cell: cover, covered: true, col, span: cover.colSpan });
      col += cover.colSpan;
      continue;
    }
    out.push({ cell: undefined, covered: false, col, span: 1 });
    col += 1;
  }
  return out;
}

const isCaption = (table: GridTable, r: number) => {
  const cells = table.rows[r]!.cells;
  return table.cols > 1 && cells.length === 1 && cells[0]!.colSpan >= table.cols && cells[0]!.text.trim() !== "";
};

export function toWordCells(grid: Grid): Lines {
  if (grid.format === "text") return textExportLines(grid);
  const lines: string[] = [];
  const places: Place[] = [];
  const push = (line: string, place: Place) => {
    lines.push(line);
    places.push(place);
  };
  for (const block of grid.blocks) {
    if (block.type === "paragraph") {
      if (block.text.trim() === "") continue;
      for (const p of block.text.split("\n")) if (p.trim() !== "") push(single(p), block.place);
      push("", block.place);
      continue;
    }
    block.rows.forEach((row, r) => {
      if (row.cells.length === 0 && r > 0 && rowSlots(block, r).every((s) => !s.cell)) return;
      if (isCaption(block, r)) {
        push(single(row.cells[0]!.text.replace(/\n/gu, "")), row.cells[0]!.place);
        push("", row.place);
        return;
      }
      for (const slot of rowSlots(block, r)) {
        if (!slot.cell || slot.covered) {
          push("\t", slot.cell?.place ?? row.place);
          continue;
        }
        const [first = "", ...rest] = slot.cell.text.split("\n").map((p) => p.replace(/\r/gu, ""));
        push(`\t${first}`, slot.cell.place);
        for (const p of rest) if (p.trim() !== "") push(p.replace(/^\s+/u, ""), slot.cell.place);
      }
      push("", row.place);
    });
  }
  return { lines, places };
}

/** `rules`: each table closed with a rule line (`--\t--…`), as the pdf-pages family's text exports close every page's table. */
export function toTabRows(grid: Grid, rules = false): Lines {
  if (grid.format === "text") return textExportLines(grid);
  const lines: string[] = [];
  const places: Place[] = [];
  for (const block of grid.blocks) {
    if (block.type === "paragraph") {
      for (const p of block.text.split("\n")) {
        lines.push(p);
        places.push(block.place);
      }
      continue;
    }
    block.rows.forEach((row, r) => {
      const slots = rowSlots(block, r);
      const line = withoutTrailingTabs(
        slots.map((s) => (s.cell && !s.covered ? single(s.cell.text.replace(/\n/gu, "")) : "")).join("\t"),
      );
      // A row of several cells stays a TAB row when only its first is filled (pdf-pages tells rows by their TAB).
      lines.push(rules && slots.length > 1 && !line.includes("\t") && line !== "" ? `${line}\t` : line);
      places.push(row.cells[0]?.place ?? row.place);
    });
    if (rules && block.rows.length > 0) {
      lines.push(Array.from({ length: Math.max(1, block.cols) }, () => "--").join("\t"));
      places.push(block.place);
    }
  }
  return { lines, places };
}

/**
 * A text export's grid → its lines, each at its place: a paragraph's lines from
 * its place's line on; a cell alone on its line (Word's cell-per-line export)
 * as TAB + its first paragraph, its further paragraphs on the lines after;
 * the cells of a row that share a line (a PDF → text export) joined by TAB; a
 * BLANK_LINE note's white space on its line. The rule is lossless for every
 * grid extractText builds (tests/unit/text-grid.test.ts); a line placed twice
 * or left unplaced is an extractor bug and throws.
 */
export function textExportLines(grid: Grid): Lines {
  const lines: string[] = [];
  const put = (line: number | undefined, text: string) => {
    if (line === undefined || line < 1 || lines[line - 1] !== undefined)
      throw new Error(`text grid: line ${line ?? "?"} has no place or two texts`);
    lines[line - 1] = text;
  };
  const putParagraphs = (line: number | undefined, text: string, lead: string) => {
    if (line === undefined) return put(line, text);
    text.split("\n").forEach((p, k) => put(line + k, k === 0 ? lead + p : p));
  };
  for (const block of grid.blocks) {
    if (block.type === "paragraph") {
      putParagraphs(block.place.line, block.text, "");
      continue;
    }
    for (const row of block.rows) {
      const onLine = new Map<number | undefined, string[]>();
      for (const cell of row.cells) {
        const shared = onLine.get(cell.place.line);
        if (shared) shared.push(cell.text);
        else onLine.set(cell.place.line, [cell.text]);
      }
      for (const [line, texts] of onLine) {
        if (texts.length === 1) putParagraphs(line, texts[0]!, "\t");
        else put(line, texts.join("\t"));
      }
    }
  }
  for (const note of grid.notes) if (note.reason === BLANK_LINE) put(note.place.line, note.text);
  const places: Place[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === undefined) throw new Error(`text grid: line ${i + 1} has no place`);
    places.push({ line: i + 1 });
  }
  return { lines, places };
}

export const ADAPTERS: Record<ReaderFamily, (grid: Grid) => Lines> = {
  "word-cells": toWordCells,
  "pdf-pages": (grid) => toTabRows(grid, true),
  "pdf-template": toTabRows,
};

/** A row's line without the tabs of its empty last cells (a loop: /\t+$/ rescans every run of tabs). */
function withoutTrailingTabs(line: string): string {
  let end = line.length;
  while (line[end - 1] === "\t") end--;
  return line.slice(0, end);
}
