/**
 * Do the published parts add up? Projects to their unit's subtotal, units to
 * the department, the department's total to 基本支出 + 项目支出 wherever the
 * document states them, a narrative statement's parts to its whole, and a
 * 部门整体 record's budget split to its total.
 */
import type { BudgetTable, Project } from "../../model/schema.ts";
import { EXPENSE, INCOME } from "../budget-parts.ts";
import { budgetSum, projectsOf, statedFigures, unitAmounts, type Figure, type Key } from "./figures.ts";
import { fmt, same, sum, type Check, type Finding } from "./types.ts";

export type UnitGap = {
  code: string;
  name: string;
  stated: number;
  projects: number;
  gap: number;
  source: string;
  line?: number;
};

/** Per unit: the stated project total and what its project records add up to (reconstructed ones left out). */
export function unitGaps(projects: readonly Project[], tables: readonly BudgetTable[]): UnitGap[] {
  const published = projects.filter((p) => !p.flags.includes("reconstructed"));
  return unitAmounts(tables, projects).map((u) => {
    const total = budgetSum(projectsOf(published, u.code));
    return {
      code: u.code,
      name: u.name,
      stated: u.value,
      projects: total,
      gap: u.value - total,
      source: u.source,
      ...(u.line ? { line: u.line } : {}),
    };
  });
}

const unitRecord = (projects: readonly Project[], code: string) =>
  projects.find((p) => p.kind === "unit" && p.unit?.code === code);

export const checkUnitSums: Check = ({ projects, budgetTables }) =>
  unitGaps(projects, budgetTables).flatMap((u): Finding[] => {
    if (same(u.gap, 0)) return [];
    const rebuilt = projectsOf(projects, u.code).filter((p) => p.flags.includes("reconstructed"));
    const closes = rebuilt.length > 0 && same(budgetSum(rebuilt), u.gap);
    const where = `unit ${u.code} ${u.name}: its project tables add up to ${fmt(u.projects)}, ${u.source} states ${fmt(u.stated)}`;
    if (closes) {
      return rebuilt.map((p) => ({
        code: "reconstructed",
        project: p.id,
        line: p.source.lines[0],
        detail: `${where}; “${p.name}” (${fmt(p.budget?.total ?? 0)}) closes the gap`,
      }));
    }
    const record = unitRecord(projects, u.code);
    return [
      {
        code: "sumMismatch",
        ...(record ? { project: record.id } : {}),
        ...(u.line ? { line: u.line } : {}),
        detail: `${where}; ${fmt(u.gap)} not accounted for`,
      },
    ];
  });

const KEY_WORDS: Record<Key, string> = { total: "the department total", basic: "基本支出", project: "项目支出" };

/** Figures derived from the records: what the target tables add up to. */
function derivedFigures(projects: readonly Project[], tables: readonly BudgetTable[]): Figure[] {
  const out: Figure[] = [];
  const records = projects.filter((p) => p.kind === "project");
  if (records.length > 0)
    out.push({ key: "project", value: budgetSum(records), source: "the sum of the project records" });
  const units = unitAmounts(tables, projects);
  if (units.length > 0)
    out.push({ key: "project", value: sum(units.map((u) => u.value)), source: "the sum of the units' project totals" });
  const unitRecords = projects.filter((p) => p.kind === "unit");
  if (unitRecords.length > 0) {
    for (const key of ["total", "basic", "project"] as const) {
      const missing = unitRecords.filter((p) => p.budget?.[key] == null).map((p) => p.unit?.code ?? p.name);
      const note = missing.length > 0 ? ` (${missing.join(", ")} print none)` : "";
      out.push({
        key,
        value: sum(unitRecords.map((p) => p.budget?.[key])),
        source: `the sum of the 部门整体 records${note}`,
      });
    }
  }
  return out;
}

const where = (f: Figure) => `${f.source}${f.line ? ` (line ${f.line})` : ""}`;

/** "2,170.30 in 7 places (…); 1,821.25 in …": the figures grouped by value, the most stated first. */
function describe(figures: readonly Figure[]): string {
  const groups: Figure[][] = [];
  for (const f of figures) {
    const group = groups.find((g) => same(g[0]!.value, f.value));
    if (group) group.push(f);
    else groups.push([f]);
  }
  groups.sort((a, b) => b.length - a.length);
  return groups
    .map(
      (g) =>
        `${fmt(g[0]!.value)} in ${g.length > 1 ? `${g.length} places (${g.map(where).join("; ")})` : where(g[0]!)}`,
    )
    .join(", but ");
}

export const checkDepartment: Check = ({ projects, budgetTables }) => {
  const stated = statedFigures(budgetTables);
  if (stated.length === 0) return [];
  const figures = [...stated, ...derivedFigures(projects, budgetTables)];
  const findings: Finding[] = [];
  for (const key of ["total", "basic", "project"] as const) {
    const of = figures.filter((f) => f.key === key);
    const first = of[0];
    if (first && of.some((f) => !same(f.value, first.value))) {
      findings.push({
        code: "sumMismatch",
        ...(first.line ? { line: first.line } : {}),
        detail: `${KEY_WORDS[key]}: ${describe(of)}`,
      });
    }
  }
  // Wherever one place states all three, the total must be 基本支出 + 项目支出.
  for (const source of new Set(stated.map((f) => `${f.source}|${f.line ?? ""}`))) {
    const of = (key: Key) => stated.find((f) => f.key === key && `${f.source}|${f.line ?? ""}` === source);
    const [total, basic, project] = [of("total"), of("basic"), of("project")];
    if (total && basic && project && !same(total.value, basic.value + project.value)) {
      findings.push({
        code: "sumMismatch",
        ...(total.line ? { line: total.line } : {}),
        detail: `${total.source}: ${fmt(total.value)} ≠ 基本支出 ${fmt(basic.value)} + 项目支出 ${fmt(project.value)}`,
      });
    }
  }
  return findings;
};

export const checkStatements: Check = ({ budgetTables }) =>
  budgetTables.flatMap((t): Finding[] => {
    const [whole, ...parts] = t.rows;
    if (t.kind !== "statement" || !whole || whole.values[0] == null) return [];
    const total = sum(parts.map((p) => p.values[0]));
    if (same(total, whole.values[0])) return [];
    return [
      {
        code: "sumMismatch",
        line: whole.line,
        detail: `“${t.title}” ${fmt(whole.values[0])}: its parts (${parts.map((p) => p.name).join("、")}) add up to ${fmt(total)}`,
      },
    ];
  });

/** A 部门整体 record: total = income by source, total = 基本支出 + 项目支出. */
export const checkSplits: Check = ({ projects, budgetTables }) =>
  projects.flatMap((p): Finding[] => {
    const b = p.budget;
    if (p.kind !== "unit" || !b || b.total === null) return [];
    const findings: Finding[] = [];
    for (const [label, keys] of [
      ["income", INCOME],
      ["expense", EXPENSE],
    ] as const) {
      const printed = keys.filter((k) => b[k] != null);
      const parts = sum(printed.map((k) => b[k]));
      if (printed.length === 0 || same(parts, b.total)) continue;
      // A missing 项目支出 may still be stated elsewhere: the project table's subtotal row (records left out, so not this one).
      const stated = unitAmounts(budgetTables, []).find((u) => u.code === p.unit?.code);
      const explained =
        label === "expense" && b.project == null && stated && same(stated.value, b.total - parts)
          ? `; 项目支出 is not printed, and ${fmt(b.total)} − ${fmt(parts)} = ${fmt(stated.value)} is ${stated.source}${stated.line ? ` (line ${stated.line})` : ""}`
          : "";
      findings.push({
        code: "sumMismatch",
        project: p.id,
        line: p.source.lines[0],
        detail: `${label} split: ${printed.map((k) => `${k} ${fmt(b[k]!)}`).join(" + ")} = ${fmt(parts)}, total ${fmt(b.total)}${explained}`,
      });
    }
    return findings;
  });
