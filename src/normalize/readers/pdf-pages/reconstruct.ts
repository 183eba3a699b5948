/**
 * A unit whose stated project total exceeds its project tables has lost a
 * table (Changsha prints no head for one of 501009's projects). The record is
 * rebuilt from what the document still shows, and flagged `reconstructed`:
 *
 * - its amount is the gap;
 * - its rows are the displaced rows that prove it: a cost line equal to the gap;
 * - its name is the narrative's for that amount ("项目评审室建设 197 万元"), else
 *   the cost line's indicator name.
 *
 * Without a name or a proving row nothing is rebuilt: the checks report the gap.
 */
import type { BudgetTable, Indicator, Project } from "../../../model/schema.ts";
import { costOf } from "../../checks/amounts.ts";
import { unitGaps } from "../../checks/index.ts";
import { same } from "../../checks/types.ts";
import { figure } from "../../figure.ts";
import { buildIndicator } from "../../indicator.ts";
import { indicatorCells, ownLevels } from "./build.ts";
import type { Mention } from "./narrative.ts";
import type { Draft, Orphan } from "./records.ts";

export type Rebuilt = { drafts: Draft[]; orphans: Orphan[]; mentionLines: number[] };

/** The orphan read on its own, to see whether it is a cost line. */
const asIndicator = (o: Orphan, context: Context): Indicator =>
  buildIndicator("orphan", 0, indicatorCells(ownLevels(o.body), o.body.cells ?? {}, o.row.line, []), {
    documentYear: context.year,
    tableUnit: context.tableUnit,
  });

type Context = { year: number; tableUnit: string | null };

export function reconstruct(
  projects: readonly Project[],
  tables: readonly BudgetTable[],
  orphans: readonly Orphan[],
  mentions: readonly Mention[],
  context: Context,
): Rebuilt {
  let left = [...orphans];
  const drafts: Draft[] = [];
  const mentionLines: number[] = [];
  for (const gap of unitGaps(projects, tables)) {
    if (gap.gap <= 0 || same(gap.gap, 0)) continue;
    const proofs = left.filter(
      (o) => o.layout.kind === "project" && o.body.cells && same(costOf(asIndicator(o, context)) ?? NaN, gap.gap),
    );
    const named = mentions.filter((m) => same(m.amount, gap.gap));
    const names = new Set(named.map((m) => m.name));
    const name = names.size === 1 ? named[0]!.name : proofs[0]?.body.cells?.name;
    if (!name || (proofs.length === 0 && names.size !== 1)) continue;
    left = left.filter((o) => !proofs.includes(o));
    mentionLines.push(...named.map((m) => m.line));
    const first = proofs[0]?.row.line ?? named[0]!.line;
    const total = named[0]?.raw ?? proofs[0]!.body.cells!.value!;
    drafts.push({
      kind: "project",
      unitCode: gap.code,
      head: {
        code: gap.code,
        name,
        total,
        budget: { total: figure(total), fiscal: null, other: null, raw: { total } },
        goal: null,
      },
      first,
      rows: proofs.map((o) => ({ row: o.row, body: o.body, displaced: true })),
      flags: ["reconstructed"],
    });
  }
  return { drafts, orphans: left, mentionLines };
}
