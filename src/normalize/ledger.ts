/**
 * The line ledger proves "nothing lost": every line of a source is accounted
 * for exactly once, as part of a record, as table structure (headers, page
 * furniture), as blank, or as skipped with a reason.
 */
import type { LineUse } from "../model/schema.ts";

export type LedgerEntry = { use: LineUse; reason?: string };

export type Ledger = {
  readonly lines: readonly string[];
  readonly entries: (LedgerEntry | undefined)[];
  /** Lines whose cells were moved, joined or re-split to be read. */
  readonly repaired: Set<number>;
};

export function createLedger(lines: readonly string[]): Ledger {
  return { lines, entries: new Array<LedgerEntry | undefined>(lines.length).fill(undefined), repaired: new Set() };
}

/** Mark 1-based lines first..last; a later mark overrides an earlier one. */
export function mark(ledger: Ledger, first: number, last: number, use: LineUse, reason?: string): void {
  for (let n = first; n <= last; n++) ledger.entries[n - 1] = reason === undefined ? { use } : { use, reason };
}

/** Lines nobody marked: blank ones become "blank", the rest "skipped" with the given reason. */
export function closeLedger(ledger: Ledger, reason: string): void {
  ledger.entries.forEach((entry, i) => {
    if (entry) return;
    ledger.entries[i] = ledger.lines[i]!.trim() === "" ? { use: "blank" } : { use: "skipped", reason };
  });
}
