/**
 * Department figures the document states about itself: the total, 基本支出 and
 * 项目支出 (in its budget tables, its narrative, its target tables), and each
 * unit's project total. Found by the words of the tables, so any disclosure
 * with the standard table set is read the same way.
 */
import type { BudgetTable, Project } from "../../model/schema.ts";
import { EXPENSE_WORDS } from "../budget-parts.ts";
import { compactLabel } from "../levels.ts";
import { sum } from "./types.ts";

export type Key = "total" | "basic" | "project";

export type Figure = { key: Key; value: number; source: string; line?: number };

const word = (text: string) => compactLabel(text).replace(/^(?:[一二三四五六七八九十]+、|\d+[、.．])/u, "");

const TOTAL_ROWS = new Set(["本年支出合计", "支出总计"]);
const TOTAL_COLUMNS = new Set(["总计", "合计"]);

/** The project tables' own totals: their subtotal rows (by unit code) and 合计. */
const isTargetTotals = (t: BudgetTable): boolean => t.kind === "table" && /绩效目标表/u.test(t.title);

function fromTable(t: BudgetTable): Figure[] {
  const out: Figure[] = [];
  const source = t.title;
  const columns = t.columns.map(word);
  const basic = columns.indexOf("基本支出");
  const project = columns.indexOf("项目支出");
  const total = columns.findIndex((c) => TOTAL_COLUMNS.has(c));
  for (const row of t.rows) {
    const name = word(row.name);
    const at = (i: number) => (i >= 0 ? row.values[i] : null);
    const push = (key: Key, value: number | null | undefined) => {
      if (value !== null && value !== undefined) out.push({ key, value, source, line: row.line });
    };
    if (name === "合计" && basic >= 0 && project >= 0) {
      push("basic", at(basic));
      push("project", at(project));
      push("total", at(total));
    } else if (name === "合计" && isTargetTotals(t)) {
      push("project", row.values[0]);
    } else if (t.columns.length === 1 && !isTargetTotals(t)) {
      if (EXPENSE_WORDS[name]) push(EXPENSE_WORDS[name], row.values[0]);
      if (TOTAL_ROWS.has(name)) push("total", row.values[0]);
    }
  }
  return out;
}

/** A narrative statement whose parts are 基本支出 and 项目支出 states the department total. */
function fromStatement(t: BudgetTable): Figure[] {
  const [whole, ...parts] = t.rows;
  const keys = parts.map((p) => EXPENSE_WORDS[word(p.name)]);
  if (!whole || !keys.includes("basic") || !keys.includes("project") || keys.length !== 2) return [];
  const figures = [whole, ...parts].map((row, i) => ({
    key: i === 0 ? ("total" as const) : keys[i - 1]!,
    value: row.values[0],
    line: row.line,
  }));
  return figures.flatMap((f) =>
    f.value == null ? [] : [{ key: f.key, value: f.value, source: `the narrative “${t.title}”`, line: f.line }],
  );
}

export function statedFigures(tables: readonly BudgetTable[]): Figure[] {
  return tables.flatMap((t) => (t.kind === "statement" ? fromStatement(t) : fromTable(t)));
}

export type UnitAmount = { code: string; name: string; value: number; source: string; line?: number };

/** Each unit's stated project total: its subtotal row in the project table, else 项目支出 of its 部门整体 record. */
export function unitAmounts(tables: readonly BudgetTable[], projects: readonly Project[]): UnitAmount[] {
  const out = new Map<string, UnitAmount>();
  for (const t of tables.filter(isTargetTotals)) {
    for (const row of t.rows) {
      const value = row.values[0];
      if (row.code && value != null)
        out.set(row.code, {
          code: row.code,
          name: row.name,
          value,
          source: `the subtotal row of ${t.title}`,
          line: row.line,
        });
    }
  }
  for (const p of projects) {
    const code = p.unit?.code;
    const value = p.budget?.project;
    if (p.kind !== "unit" || !code || out.has(code) || value == null) continue;
    out.set(code, { code, name: p.name, value, source: `项目支出 of the 部门整体 record`, line: p.source.lines[0] });
  }
  return [...out.values()];
}

/** The budgets of a unit's project records. */
export const projectsOf = (projects: readonly Project[], code: string): Project[] =>
  projects.filter((p) => p.kind === "project" && p.unit?.code === code);

export const budgetSum = (projects: readonly Project[]): number => sum(projects.map((p) => p.budget?.total));
