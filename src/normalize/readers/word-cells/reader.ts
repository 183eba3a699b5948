/**
 * Reader for the `word-cells` family: Word documents exported to text with one
 * table cell per line (see word-cells/tokens.ts).
 */
import { fail, quote } from "../../errors.ts";
import { createLedger } from "../../ledger.ts";
import type { Reader } from "../../types.ts";
import { findHeadings, headingNumber, readProjectTable } from "./project-tables.ts";
import { readProvinceTables } from "./province-tables.ts";
import { tokenize } from "./tokens.ts";

export const readWordCells: Reader = ({ file, lines, entry }) => {
  const ledger = createLedger(lines);
  const tokens = tokenize(lines);
  const headings = findHeadings(tokens);
  if (headings.length === 0) return { ...readProvinceTables({ file, lines, entry, tokens }, ledger), ledger };
  // The tables are numbered 1, 2, 3 …: a number skipped is a table not read (its heading not followed
  // by its unit row, as after a stray line), which would otherwise vanish into the skipped lines.
  headings.forEach((heading, i) => {
    const expected = i === 0 ? 1 : headings[i - 1]!.number + 1;
    if (heading.number === expected) return;
    const lost = lines.slice(0, heading.token.first - 1).findLastIndex((line) => headingNumber(line) === expected);
    const found = lost >= 0 ? `${quote(lines[lost]!)} not followed by its 单位 row` : `table ${heading.number} first`;
    fail(
      file,
      lost >= 0 ? lost + 1 : heading.token.first,
      `table ${expected} (a numbered heading, then its 单位 row)`,
      found,
      "word-cells:table-gap",
    );
  });
  const projects = headings.map((heading, i) => {
    const start = tokens.indexOf(heading.token) + 1;
    const next = headings[i + 1];
    const end = next ? tokens.indexOf(next.token) : tokens.length;
    return readProjectTable({ file, entry, ledger, heading, tokens: tokens.slice(start, end) });
  });
  return { projects, ledger, tables: headings.length };
};
