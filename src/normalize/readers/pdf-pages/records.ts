/**
 * The body rows of every target-table page, in document order → records.
 *
 * A record opens with a head row (unit code, name, amount, goal) and runs over
 * pages: a page repeats the head of the record it continues, and a head with
 * an empty unit-code cell opens a new project of the unit in force. Rows
 * printed apart from their table (after a page's rule line, or in the other
 * table's column order) are "displaced": they join a record only when exactly
 * one record could own them (the same record on both sides, or the only one of
 * their table next to them); otherwise they are left for the report, never
 * glued to a neighbour.
 */
import type { VFile } from "vfile";
import type { FlagCode } from "../../../model/schema.ts";
import { fail, quote, warn } from "../../errors.ts";
import { figure } from "../../figure.ts";
import { compactLabel } from "../../levels.ts";
import type { Layout, TableKind } from "./header.ts";
import type { SourceRow } from "./pages.ts";
import { readBody, readRow, type Body, type Head } from "./rows.ts";

export type PlacedRow = { row: SourceRow; body: Body; displaced: boolean };

export type Draft = {
  kind: TableKind;
  unitCode: string | null;
  head: Head;
  /** Line of the first head row. */
  first: number;
  rows: PlacedRow[];
  flags: FlagCode[];
};

/** A subtotal (unit code and name) or the grand total (合计, no code) of a project table. */
export type Total = { line: number; code: string | null; name: string; total: string };

export type Orphan = { row: SourceRow; body: Body; layout: Layout; reason: string };

export type Assembly = { drafts: Draft[]; totals: Total[]; orphans: Orphan[]; heads: number[] };

export type TableRow = { row: SourceRow; layout: Layout };

/** A row fits another table's layout this much better: it was printed in that table's column order. */
const OTHER_FORM_MARGIN = 5;

/** Beyond this point only a head row says which record follows (a subtotal opens an unknown one). */
const BOUNDARY = "boundary" as const;
type Neighbour = Draft | typeof BOUNDARY | null;

const describe = (d: Neighbour) =>
  d === BOUNDARY ? "a unit subtotal" : d ? `“${d.head.name}”` : "the end of the tables";

const straysReason = (body: Body) => `cells that fit no column of the table: ${body.strays.map(quote).join(", ")}`;

export function assemble(file: VFile, rows: readonly TableRow[], layouts: readonly Layout[]): Assembly {
  const drafts = new Map<string, Draft>();
  const totals: Total[] = [];
  const orphans: Orphan[] = [];
  const heads: number[] = [];
  let current: Draft | null = null;
  let unitCode: string | null = null;
  let run: { row: SourceRow; body: Body; layout: Layout }[] = [];
  let before: Draft | null = null;
  const last = new Map<TableKind, { row: SourceRow; draft: Draft; body: Body }>();

  /** The rows printed apart, between the record `before` them and the one `after`: attached only to a single possible owner. */
  const placeRun = (after: Neighbour) => {
    for (const item of run) {
      const candidates = new Set(
        [before, after].filter((d) => d === BOUNDARY || (d !== null && d.kind === item.layout.kind)),
      );
      const [owner] = candidates;
      if (item.body.strays.length > 0) {
        orphans.push({ ...item, reason: straysReason(item.body) });
      } else if (candidates.size === 1 && owner && owner !== BOUNDARY) {
        owner.rows.push({ row: item.row, body: item.body, displaced: true });
      } else {
        orphans.push({
          ...item,
          reason: `row printed apart from its table, between ${describe(before)} and ${describe(after)}; no single record can own it, so it is not attached`,
        });
      }
    }
    run = [];
  };

  for (const { row, layout } of rows) {
    const reading = readRow(file, row, layout);
    if (reading.type === "body" && !reading.head) {
      const other = layouts.find((l) => l !== layout);
      const alternative = other && reading.body.cells ? readBody(row.cells, other) : null;
      const displacedForm = alternative !== null && alternative.fit - reading.body.fit >= OTHER_FORM_MARGIN;
      if (row.fragment || displacedForm) {
        if (run.length === 0) before = current;
        run.push(displacedForm ? { row, body: alternative, layout: other! } : { row, body: reading.body, layout });
        continue;
      }
    }
    if (reading.type === "total" || reading.type === "subtotal") {
      totals.push({
        line: row.line,
        code: reading.type === "subtotal" ? reading.code : null,
        name: reading.type === "subtotal" ? reading.name : "合计",
        total: reading.total,
      });
      if (reading.type === "subtotal") unitCode = reading.code;
      if (run.length > 0) placeRun(BOUNDARY);
      continue;
    }
    if (reading.head) {
      const head = reading.head;
      const code = layout.kind === "unit" ? head.code : (head.code ?? unitCode);
      const key = [layout.kind, code, compactLabel(head.name), figure(head.total)].join("|");
      const known = drafts.get(key);
      if (known && (known.head.goal ?? "") !== (head.goal ?? "")) {
        warn(
          file,
          row.line,
          `the 绩效目标 repeated for “${head.name}” differs from line ${known.first}; the first is kept`,
          "pdf-pages:goal-differs",
        );
      }
      current = known ?? { kind: layout.kind, unitCode: code, head, first: row.line, rows: [], flags: [] };
      drafts.set(key, current);
      heads.push(row.line);
      unitCode = code;
    } else if (!current) {
      fail(
        file,
        row.line,
        "a first row with a unit code, a name and an amount before the indicator rows",
        quote(row.cells.map((c) => c.text).join(" ")),
        "pdf-pages:row-before-record",
      );
    }
    if (reading.body.strays.length > 0) {
      orphans.push({ row, body: reading.body, layout, reason: straysReason(reading.body) });
    } else if (reading.body.levels.length > 0 || reading.body.cells) {
      current.rows.push({ row, body: reading.body, displaced: false });
    }
    if (run.length > 0) placeRun(current);
    last.set(layout.kind, { row, draft: current, body: reading.body });
  }
  if (run.length > 0) placeRun(null);
  for (const end of last.values()) checkEnd(file, end);
  return { drafts: [...drafts.values()], totals, orphans, heads };
}

/** The last row of a table must be whole: a table cut off mid-row is bad input, not data. */
function checkEnd(file: VFile, { row, draft, body }: { row: SourceRow; draft: Draft; body: Body }): void {
  const cells = body.cells;
  if (cells?.name && Object.entries(cells).every(([role, text]) => role === "name" || text === "")) {
    fail(
      file,
      row.line,
      `the rest of the row after ${quote(cells.name)} (指标值 …)`,
      "the end of the table",
      "pdf-pages:row-cut-off",
    );
  }
  if (draft.rows.length === 0) {
    fail(
      file,
      row.line,
      `indicator rows for ${quote(draft.head.name)}`,
      "the end of the table",
      "pdf-pages:record-cut-off",
    );
  }
}
