/**
 * Every line of the document into the ledger, once: records (heads, indicator
 * rows, empty categories), structure (page furniture, headers, subtotals,
 * budget tables, narrative figures), skipped (the rest of the narrative, rows
 * no record can own, with the reason) or blank. Rows read only after a repair
 * (shifted, merged, wrapped, displaced, markup) are listed as repaired.
 */
import { mark, type Ledger } from "../../ledger.ts";
import type { Page } from "./pages.ts";
import type { Draft, Orphan, Total } from "./records.ts";
import { hasMarkup } from "./text.ts";

export type Accounts = {
  pages: readonly Page[];
  isTarget: (page: Page) => boolean;
  /** Target-table header rows. */
  headers: readonly number[];
  heads: readonly number[];
  drafts: readonly Draft[];
  totals: readonly Total[];
  orphans: readonly Orphan[];
  /** Narrative lines whose figures the checks read, and the others. */
  narrative: { read: readonly number[]; text: readonly number[] };
};

export function account(ledger: Ledger, a: Accounts): void {
  const each = (lines: readonly number[], use: Parameters<typeof mark>[3], reason?: string) => {
    for (const n of lines) mark(ledger, n, n, use, reason);
  };
  each(a.narrative.text, "skipped", "narrative text outside target tables");
  each(a.narrative.read, "structure", "narrative figures read for the consistency checks");
  for (const page of a.pages) {
    each(page.furniture, "structure", "page heading, unit line, note or page rule");
    const rows = page.rows.map((r) => r.line);
    if (a.isTarget(page)) {
      // Rows holding nothing to read; the marks below override the others.
      each(rows, "structure", "empty table row");
      for (const n of rows) if (hasMarkup(ledger.lines[n - 1]!)) ledger.repaired.add(n);
    } else {
      each(rows, "structure", "budget summary table (budgetTables)");
    }
  }
  each(a.headers, "structure", "table header (repeated on every page)");
  each(
    a.totals.map((t) => t.line),
    "structure",
    "unit subtotal or grand total (budgetTables, for the checks)",
  );
  each(a.heads, "record");
  for (const d of a.drafts) {
    for (const { row, body, displaced } of d.rows) {
      mark(ledger, row.line, row.line, "record");
      if (body.repaired || displaced) ledger.repaired.add(row.line);
    }
  }
  // Last: a head row whose indicator cells could not be placed shows in the report with the reason.
  for (const o of a.orphans) mark(ledger, o.row.line, o.row.line, "skipped", o.reason);
  ledger.lines.forEach((line, i) => {
    if (line.trim() === "") mark(ledger, i + 1, i + 1, "blank");
  });
}
