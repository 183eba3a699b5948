/**
 * The budget cells of a 部门整体 row → the budget split. The header promises
 * 资金总额, four income columns (一般公共预算, 政府性基金拨款, 财政专户管理资金,
 * 其他资金) and two expense columns (基本支出, 项目支出), but the extraction
 * drops empty cells, so only the figures are trusted: the total first, the
 * income figures in the four cells after it, the expense figures after those.
 * A lone expense figure is read as 基本支出, the first expense column; the
 * checks compare it with the total (a missing 项目支出 then shows as a gap).
 */
import type { Budget } from "../../../model/schema.ts";
import { EXPENSE, INCOME } from "../../budget-parts.ts";
import { figure } from "../../figure.ts";
import type { Cell } from "./text.ts";

export type BudgetReading = { budget: Budget; unread: string[] };

/** `split`: the cells between the total and the goal, in order (empty ones included). */
export function readUnitBudget(total: string, split: readonly Cell[]): BudgetReading {
  const budget: Budget = { total: figure(total), fiscal: null, other: null, raw: { total } };
  for (const key of [...INCOME, ...EXPENSE]) budget[key] = null;
  const expense: string[] = [];
  split.forEach((cell, i) => {
    if (figure(cell.text) === null) return;
    const income = INCOME[i];
    if (income) {
      budget[income] = figure(cell.text);
      budget.raw[income] = cell.text;
    } else expense.push(cell.text);
  });
  EXPENSE.forEach((key, i) => {
    const raw = expense[i];
    if (raw === undefined) return;
    budget[key] = figure(raw);
    budget.raw[key] = raw;
  });
  return { budget, unread: expense.slice(EXPENSE.length) };
}
