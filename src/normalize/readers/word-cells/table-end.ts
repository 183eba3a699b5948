/**
 * At the end of a word-cells table: it must have had its indicator header and
 * rows under it. What a table lacks stops the run, located.
 */
import type { VFile } from "vfile";
import { fail } from "../../errors.ts";

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
