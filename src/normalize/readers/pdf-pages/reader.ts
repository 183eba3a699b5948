/**
 * Reader for the `pdf-pages` family: a department's budget disclosure printed
 * as PDF and turned into text, its tables split over pages (see pdf-pages/).
 *
 *   narrative (部门预算说明)        → budget statements, names of projects
 *   budget tables (收支总表 …)      → budgetTables
 *   项目支出绩效目标表              → one record per project (kind "project")
 *   部门整体支出绩效目标表          → one record per budget unit (kind "unit")
 *
 * Rows are read by meaning (pdf-pages/rows.ts) and stitched over pages into
 * records (pdf-pages/records.ts); a unit's missing project is rebuilt where
 * the document proves it (pdf-pages/reconstruct.ts); every line is accounted
 * for (pdf-pages/accounting.ts).
 */
import type { VFile } from "vfile";
import type { BudgetTable, ManifestEntry } from "../../../model/schema.ts";
import { fail, quote } from "../../errors.ts";
import { figure } from "../../figure.ts";
import { createLedger } from "../../ledger.ts";
import { compactLabel } from "../../levels.ts";
import type { Reader } from "../../types.ts";
import { account } from "./accounting.ts";
import { readBudgetTables } from "./budget-tables.ts";
import { recordOf, type RecordContext } from "./build.ts";
import { isHeaderRow, readLayout, tableKind, type Layout, type TableKind } from "./header.ts";
import { readNarrative } from "./narrative.ts";
import { readPages, type Page } from "./pages.ts";
import { reconstruct } from "./reconstruct.ts";
import { isRuleLine } from "./text.ts";
import { assemble, type Assembly, type Draft, type TableRow } from "./records.ts";

const isTargetPage = (page: Page) => /绩效目标表$/u.test(compactLabel(page.title));

type Tables = { rows: TableRow[]; layouts: Layout[]; headers: number[] };

/** Each target page's header → the table's layout; the body rows of all pages in document order. */
function targetTables(file: VFile, pages: readonly Page[]): Tables {
  const tables: Tables = { rows: [], layouts: [], headers: [] };
  const byKind = new Map<TableKind, Layout>();
  for (const page of pages) {
    const headerEnd = page.rows.findIndex((r) => !isHeaderRow(r.cells));
    const header = page.rows.slice(0, headerEnd < 0 ? page.rows.length : headerEnd);
    const layout = readLayout(
      tableKind(page.title),
      header.map((r) => r.cells),
    );
    if (!layout) {
      const first = page.rows[0];
      const found = first
        ? quote(
            first.cells
              .map((c) => c.text)
              .filter(Boolean)
              .join(" | "),
          )
        : "no rows";
      fail(
        file,
        first?.line ?? page.titleLine,
        "an indicator header (一级指标 | 二级指标 | 三级指标 | 指标值 …) under the table title",
        found,
        "pdf-pages:no-indicator-header",
      );
    }
    // Every page repeats its table's header: the first page's layout reads them all.
    const known = byKind.get(layout.kind) ?? layout;
    byKind.set(layout.kind, known);
    tables.headers.push(...header.map((r) => r.line));
    tables.rows.push(...page.rows.slice(header.length).map((row) => ({ row, layout: known })));
  }
  tables.layouts = [...byKind.values()];
  return tables;
}

/** The project table's subtotal rows and 合计, kept as the table's own figures for the checks. */
function totalsTable(assembly: Assembly, pages: readonly Page[]): BudgetTable[] {
  const projectPages = pages.filter((p) => tableKind(p.title) === "project");
  const first = projectPages[0];
  if (!first || assembly.totals.length === 0) return [];
  return [
    {
      kind: "table",
      title: first.title,
      side: null,
      unit: first.unit,
      columns: ["资金总额"],
      rows: assembly.totals.map((t) => ({
        code: t.code,
        name: t.name,
        values: [figure(t.total)],
        raw: [t.total],
        line: t.line,
      })),
      source: { lines: [first.titleLine, projectPages.at(-1)!.lines[1]] },
    },
  ];
}

function recordContext(entry: ManifestEntry, pages: readonly Page[], assembly: Assembly): RecordContext {
  const unitNames = new Map<string, string>();
  for (const t of assembly.totals) if (t.code) unitNames.set(t.code, t.name);
  for (const d of assembly.drafts)
    if (d.kind === "unit" && d.unitCode && !unitNames.has(d.unitCode)) unitNames.set(d.unitCode, d.head.name);
  return { entry, tableUnit: pages[0]?.unit ?? null, unitNames };
}

const build = (drafts: readonly Draft[], ctx: RecordContext) =>
  [...drafts].sort((a, b) => a.first - b.first).map((d, i) => recordOf(d, i + 1, ctx));

/** A target table the contents list ("- 9、项目支出绩效目标表"). */
const LISTED_TARGET_TABLE = /^\s*-\s*\d+\s*[、.．]\s*(\S*绩效目标表)\s*$/u;

/**
 * A document cut off shows in two ways: its last target table does not close
 * with the rule line every table ends with (a file cut mid-table), or a target
 * table its contents list has no page at all (a file cut between tables).
 */
function checkComplete(file: VFile, lines: readonly string[], targetPages: readonly Page[]): void {
  const lastPage = targetPages.at(-1)!;
  const lastLine = lastPage.lines[1];
  if (!isRuleLine(lines[lastLine - 1]!)) {
    fail(
      file,
      lastLine,
      "the last target table to close with its rule line (--\t--…)",
      `the table ending after ${quote(lines[lastLine - 1]!)} (the file cut off?)`,
      "pdf-pages:table-unclosed",
    );
  }
  const titles = targetPages.map((p) => compactLabel(p.title));
  lines.forEach((line, i) => {
    const listed = LISTED_TARGET_TABLE.exec(line)?.[1];
    if (listed && !titles.some((t) => t.endsWith(compactLabel(listed)))) {
      fail(
        file,
        i + 1,
        `a page of ${listed}, which the contents list`,
        "no such page (the file cut off?)",
        "pdf-pages:listed-table-missing",
      );
    }
  });
}

export const readPdfPages: Reader = ({ file, lines, entry }) => {
  const { pages, narrative } = readPages(lines);
  const targetPages = pages.filter(isTargetPage);
  if (targetPages.length === 0) {
    fail(
      file,
      1,
      "a 绩效目标表 title followed by the table's rows",
      "no target table in the document",
      "pdf-pages:no-tables",
    );
  }
  const tables = targetTables(file, targetPages);
  const assembly = assemble(file, tables.rows, tables.layouts);
  // After the tables are read: a row's own error (cut off, no header) is the more precise message.
  checkComplete(file, lines, targetPages);
  const story = readNarrative(lines, narrative);
  const budgetTables = [
    ...readBudgetTables(pages.filter((p) => !isTargetPage(p))),
    ...story.statements,
    ...totalsTable(assembly, targetPages),
  ];

  const ctx = recordContext(entry, targetPages, assembly);
  const records = build(assembly.drafts, ctx);
  const rebuilt = reconstruct(records, budgetTables, assembly.orphans, story.mentions, {
    year: entry.year,
    tableUnit: ctx.tableUnit,
  });
  const drafts = [...assembly.drafts, ...rebuilt.drafts];

  const ledger = createLedger(lines);
  const read = new Set([...story.lines, ...rebuilt.mentionLines]);
  account(ledger, {
    pages,
    isTarget: isTargetPage,
    headers: tables.headers,
    heads: assembly.heads,
    drafts,
    totals: assembly.totals,
    orphans: rebuilt.orphans,
    narrative: { read: [...read], text: narrative.filter((n) => !read.has(n)) },
  });
  // A rebuilt record takes its place in line order, so the records after it are numbered again.
  const projects = rebuilt.drafts.length === 0 ? records : build(drafts, ctx);
  return { projects, ledger, tables: tables.layouts.length, budgetTables };
};
