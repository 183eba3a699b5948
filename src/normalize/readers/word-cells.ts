/**
 * Reader for the `word-cells` family: Word documents exported to text with one
 * table cell per line (see word-cells/tokens.ts).
 */
import { createLedger } from "../ledger.ts";
import type { Reader } from "../types.ts";
import { findHeadings, readProjectTable } from "./word-cells/project-tables.ts";
import { readProvinceTables } from "./word-cells/province-tables.ts";
import { tokenize } from "./word-cells/tokens.ts";

export const readWordCells: Reader = ({ file, lines, entry }) => {
  const ledger = createLedger(lines);
  const tokens = tokenize(lines);
  const headings = findHeadings(tokens);
  if (headings.length === 0) return { ...readProvinceTables({ file, lines, entry, tokens }, ledger), ledger };
  const projects = headings.map((heading, i) => {
    const start = tokens.indexOf(heading.token) + 1;
    const next = headings[i + 1];
    const end = next ? tokens.indexOf(next.token) : tokens.length;
    return readProjectTable({ file, entry, ledger, heading, tokens: tokens.slice(start, end) });
  });
  return { projects, ledger, tables: headings.length };
};
