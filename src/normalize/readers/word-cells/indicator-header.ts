/**
 * The indicator header of a word-cells table: its labels name the field each
 * column holds, and a table must have one, with rows under it. What a table
 * lacks stops the run, located.
 */
import type { VFile } from "vfile";
import { fail, quote } from "../../errors.ts";
import { mark, type Ledger } from "../../ledger.ts";
import { compactLabel } from "../../levels.ts";
import type { Row } from "./tokens.ts";

/**
 * A header row → the field of each column (null for a column the family does not read),
 * the row marked as structure; a header without the `required` columns stops the run.
 */
export function readIndicatorHeader<Field extends string>(
  file: VFile,
  ledger: Ledger,
  row: Row,
  cells: readonly string[],
  header: { columns: Readonly<Record<string, Field>>; required: readonly NoInfer<Field>[]; expected: string },
): (Field | null)[] {
  const columns = cells.map((c) => header.columns[compactLabel(c)] ?? null);
  if (!header.required.every((field) => columns.includes(field))) {
    fail(file, row.first, header.expected, quote(cells.join(" | ")), "word-cells:bad-indicator-header");
  }
  mark(ledger, row.first, row.last, "structure", "indicator header");
  return columns;
}

type TableEnd = {
  /** The table's first and last line. */
  first: number;
  last: number;
  /** The header the family expects, as the message names it ("一级指标 | … | 指标值"). */
  header: string;
  sawHeader: boolean;
  rows: number;
};

export function requireIndicators(file: VFile, { first, last, header, sawHeader, rows }: TableEnd): void {
  if (!sawHeader) {
    fail(
      file,
      first,
      `an indicator header row (${header}) in this table`,
      `the table ending at line ${last} without one`,
      "word-cells:no-indicator-header",
    );
  }
  if (rows === 0) {
    fail(
      file,
      last,
      "indicator rows after the indicator header",
      "the end of the table",
      "word-cells:no-indicator-rows",
    );
  }
}
