/**
 * Text export → the grid: the five plain-text exports we hold are one more
 * extractor into the intermediate every layout-family reader consumes.
 *
 * The bytes are checked first, each problem a located error (line:column, a
 * `source:*` rule id): not empty, not over LIMITS.fileBytes, UTF-8, LF or CR LF
 * line ends, no line over LIMITS.lineChars, no control character but TAB and
 * form feed. Then the lines become blocks, by the convention of the tool that
 * wrote the export, which is that of the reader family named in the manifest:
 *
 * - word-cells (Word's text export, read by word-cells/tokens.ts): a line
 *   starting with TAB opens a table cell (its text is what follows the TAB);
 *   a non-blank line without TAB right after a cell is a further paragraph of
 *   that cell (cell text "first\nsecond", kept as written, untrimmed); a blank
 *   line closes the row; any other line is a paragraph between tables, and
 *   ends the table (rows after it start a new one).
 * - pdf-pages, pdf-template (PDF → text exports): a line holding a TAB is a
 *   table row, its TAB-separated pieces the cells; consecutive rows form a
 *   table until a paragraph; any other non-blank line is a paragraph.
 *
 * Cells are 1×1 (a text export prints no merges); a table's cols is its widest
 * row. Every cell, row, table and paragraph has place `{ line }`: the 1-based
 * line its text starts on. A blank (white-space-only) line is no block: it is
 * kept as a BLANK_LINE note with its exact white space. Nothing else is
 * changed or dropped, so the family's adapter writes back exactly the lines of
 * the file (adapt.ts, textExportLines) and every record keeps its line numbers.
 */
import { VFile } from "vfile";
import {
  BLANK_LINE,
  type Grid,
  type GridBlock,
  type GridCell,
  type GridRow,
  type GridTable,
} from "../../model/grid.ts";
import type { ManifestEntry } from "../../model/schema.ts";
import { splitSourceLines } from "../../shared/lines.ts";
import { fail } from "../errors.ts";
import { decodeUtf8, LIMITS } from "../source.ts";

type ReaderFamily = ManifestEntry["reader"];

/** Where a line's first C0 control or DEL stands (TAB and form feed allowed: no text exporter writes the others), or -1 (a scan, not a regex of control ranges). */
function firstControl(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c <= 0x08 || c === 0x0b || (c >= 0x0e && c <= 0x1f) || c === 0x7f) return i;
  }
  return -1;
}

/** The export's lines, or a located fatal message in `file` (thrown). The manifest hash is checked before, for every format (pipeline.ts). */
export function checkedTextLines(file: VFile, bytes: Uint8Array): string[] {
  if (bytes.length === 0) fail(file, 1, "a document with target tables", "an empty file", "source:empty");
  if (bytes.length > LIMITS.fileBytes)
    fail(
      file,
      1,
      `a source of at most ${LIMITS.fileBytes.toLocaleString("en-US")} bytes`,
      `${bytes.length.toLocaleString("en-US")} bytes`,
      "source:too-large",
    );
  const text = decodeUtf8(file, bytes);
  if (text.trim() === "") fail(file, 1, "a document with target tables", "only white space", "source:empty");
  const lines = splitSourceLines(text);
  lines.forEach((line, i) => {
    if (line.length > LIMITS.lineChars) {
      fail(
        file,
        i + 1,
        `a line of at most ${LIMITS.lineChars.toLocaleString("en-US")} characters`,
        `${line.length.toLocaleString("en-US")} characters`,
        "source:line-too-long",
        LIMITS.lineChars + 1,
      );
    }
    const control = firstControl(line);
    if (control >= 0) {
      const code = line.charCodeAt(control).toString(16).toUpperCase().padStart(4, "0");
      fail(file, i + 1, "text (no control characters but TAB)", `U+${code}`, "source:control-character", control + 1);
    }
  });
  return lines;
}

/** The same test as word-cells/tokens.ts: a line of white space only (spaces, ideographic spaces, a form feed…). */
const isBlank = (line: string) => line.trim() === "";

const cellAt = (text: string, row: number, col: number, line: number): GridCell => ({
  text,
  row,
  col,
  rowSpan: 1,
  colSpan: 1,
  place: { line },
});

/** Word's cell-per-line export → tables of rows of cells, and paragraphs. */
export function cellPerLineGrid(lines: readonly string[]): Grid {
  const blocks: GridBlock[] = [];
  const notes: Grid["notes"] = [];
  let table: GridTable | null = null;
  let row: GridRow | null = null;
  let cell: GridCell | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const place = { line: i + 1 };
    if (line.startsWith("\t")) {
      if (!table) {
        table = { type: "table", cols: 0, rows: [], place };
        blocks.push(table);
      }
      if (!row) {
        row = { cells: [], place };
        table.rows.push(row);
      }
      cell = cellAt(line.slice(1), table.rows.length - 1, row.cells.length, i + 1);
      row.cells.push(cell);
      table.cols = Math.max(table.cols, row.cells.length);
    } else if (isBlank(line)) {
      notes.push({ place, text: line, reason: BLANK_LINE });
      row = null;
      cell = null;
    } else if (cell) {
      cell.text += `\n${line}`;
    } else {
      blocks.push({ type: "paragraph", text: line, place });
      table = null;
    }
  }
  return { format: "text", blocks, notes };
}

/** A PDF → text export → tables of TAB-separated rows, and a paragraph per other line. */
export function tabRowsGrid(lines: readonly string[]): Grid {
  const blocks: GridBlock[] = [];
  const notes: Grid["notes"] = [];
  let table: GridTable | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const place = { line: i + 1 };
    if (line.includes("\t")) {
      if (!table) {
        table = { type: "table", cols: 0, rows: [], place };
        blocks.push(table);
      }
      const r = table.rows.length;
      const cells = line.split("\t").map((text, col) => cellAt(text, r, col, i + 1));
      table.rows.push({ cells, place });
      table.cols = Math.max(table.cols, cells.length);
    } else if (isBlank(line)) {
      notes.push({ place, text: line, reason: BLANK_LINE });
    } else {
      blocks.push({ type: "paragraph", text: line, place });
      table = null;
    }
  }
  return { format: "text", blocks, notes };
}

/** The checked lines of a text export, as the grid of its family's convention. */
export function textGrid(lines: readonly string[], reader: ReaderFamily): Grid {
  return reader === "word-cells" ? cellPerLineGrid(lines) : tabRowsGrid(lines);
}

/**
 * The text extractor: bytes → checked lines → grid. Its messages (located at
 * line:column) go to `file`, the document's vfile in the pipeline.
 */
export function extractText(
  bytes: Uint8Array,
  what: string,
  reader: ReaderFamily,
  file: VFile = new VFile({ path: what }),
): Grid {
  return textGrid(checkedTextLines(file, bytes), reader);
}
