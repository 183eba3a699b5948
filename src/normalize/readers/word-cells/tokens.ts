/**
 * Cell-per-line Word exports → rows of cells and free text lines.
 *
 * The export writes each table cell on a line of its own that starts with a
 * TAB, a paragraph break inside a cell as a line without a TAB, and a blank
 * line between table rows. Anything after a cell's opening TAB belongs to that
 * cell (later TABs are stray paragraph formatting, not cell borders).
 */

export type Cell = {
  /** Cell text; paragraphs joined with "\n", not trimmed. */
  text: string;
  first: number;
  last: number;
};

export type Row = { type: "row"; cells: Cell[]; first: number; last: number };

/** Lines outside any row: headings, tables of contents, paragraphs after a blank line. */
export type Text = { type: "text"; text: string; first: number; last: number };

export type Token = Row | Text;

const isBlank = (line: string) => line.trim() === "";

export function tokenize(lines: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let open: Row | Text | null = null;

  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.startsWith("\t")) {
      const cell: Cell = { text: line.slice(1), first: n, last: n };
      if (open?.type === "row") {
        open.cells.push(cell);
        open.last = n;
      } else {
        open = { type: "row", cells: [cell], first: n, last: n };
        tokens.push(open);
      }
    } else if (isBlank(line)) {
      open = null;
    } else if (open?.type === "row") {
      const cell = open.cells[open.cells.length - 1]!;
      cell.text += `\n${line}`;
      cell.last = n;
      open.last = n;
    } else if (open?.type === "text") {
      open.text += `\n${line}`;
      open.last = n;
    } else {
      open = { type: "text", text: line, first: n, last: n };
      tokens.push(open);
    }
  });
  return tokens;
}

/** Text for reading: paragraphs trimmed, blank paragraphs dropped. */
export function tidy(text: string): string {
  return text
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .join("\n");
}

/** A cell broken over lines, as one run of text (Chinese needs no space at the join). */
export const joinLines = (text: string) => tidy(text).replace(/\n/gu, "");

export const cellText = (cell: Cell | undefined) => (cell ? tidy(cell.text) : "");

export const isEmptyRow = (row: Row) => row.cells.every((c) => cellText(c) === "");
