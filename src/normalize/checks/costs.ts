/**
 * A cost line (a money amount under 成本指标) above the budget it spends from:
 * a cap above the project's budget, costs that together exceed it, or a
 * 基本支出/项目支出 cap above that part of a unit's budget.
 */
import type { Budget, Indicator } from "../../model/schema.ts";
import { EXPENSE_WORDS } from "../budget-parts.ts";
import { compactLabel } from "../levels.ts";
import { costOf } from "./amounts.ts";
import { fmt, same, sum, type Check, type Finding } from "./types.ts";

/** The budget a cost line is measured against: its part where the name says which, else the total. */
function limitOf(indicator: Indicator, budget: Budget): { value: number; label: string } | null {
  const part = EXPENSE_WORDS[compactLabel(indicator.name ?? "")];
  if (part && budget[part] !== undefined)
    return { value: budget[part] ?? 0, label: `the ${part === "basic" ? "基本支出" : "项目支出"} budget` };
  return budget.total === null ? null : { value: budget.total, label: "the budget" };
}

export const checkCosts: Check = ({ projects }) =>
  projects.flatMap((p): Finding[] => {
    const budget = p.budget;
    if (!budget) return [];
    const lines = p.indicators.flatMap((i) => {
      const cost = costOf(i);
      return cost === null ? [] : [{ indicator: i, cost }];
    });
    const findings: Finding[] = lines.flatMap(({ indicator, cost }) => {
      const limit = limitOf(indicator, budget);
      if (!limit || cost <= limit.value || same(cost, limit.value)) return [];
      return [
        {
          code: "costAboveBudget" as const,
          project: p.id,
          indicator: indicator.id,
          line: indicator.source.line,
          detail: `${indicator.name ?? "cost"} ${indicator.target?.raw} (${fmt(cost)}) > ${limit.label} ${fmt(limit.value)}`,
        },
      ];
    });
    const total = sum(lines.map((l) => l.cost));
    if (lines.length > 1 && budget.total !== null && total > budget.total && !same(total, budget.total)) {
      findings.push({
        code: "costAboveBudget",
        project: p.id,
        line: p.source.lines[0],
        detail: `cost lines add up to ${fmt(total)} > the budget ${fmt(budget.total)}`,
      });
    }
    return findings;
  });
