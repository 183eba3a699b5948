/** A budget whose 预算数 differs from 财政资金 + 其他资金, where both are printed (an empty cell counts as 0). */
import { fmt, same, type Check, type Finding } from "./types.ts";

export const checkBudgets: Check = ({ projects }) =>
  projects.flatMap((p): Finding[] => {
    const b = p.budget;
    if (!b || b.total === null || !("fiscal" in b.raw) || !("other" in b.raw)) return [];
    const parts = (b.fiscal ?? 0) + (b.other ?? 0);
    if (same(parts, b.total)) return [];
    return [{ code: "budgetMismatch", project: p.id, line: p.source.lines[0], detail: `预算数 ${fmt(b.total)} ≠ 财政资金 ${fmt(b.fiscal ?? 0)} + 其他资金 ${fmt(b.other ?? 0)}` }];
  });
