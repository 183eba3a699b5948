/**
 * Consistency checks every normalized document goes through. Pure: the
 * document (with its budget tables) and its records in, the same records with
 * flags added and the report's findings out. A check flags; it never changes a published value.
 *
 *   runChecks({ document, projects }) → { projects, reportFlags }
 *
 * Record and indicator findings add their flag to the record or indicator;
 * every finding (document-level ones too) becomes a ReportFlag whose detail
 * gives the figures.
 */
import type { Project, ReportFlag } from "../../model/schema.ts";
import { checkBudgets, checkBudgetsRead } from "./budget.ts";
import { checkCosts } from "./costs.ts";
import { checkDepartment, checkSplits, checkStatements, checkUnitSums } from "./sums.ts";
import type { Check, CheckInput, Finding } from "./types.ts";
import { checkUnits } from "./units.ts";
import { checkWeights } from "./weights.ts";

export type { CheckInput, Finding } from "./types.ts";
export { unitGaps, type UnitGap } from "./sums.ts";

export type CheckResult = { projects: Project[]; reportFlags: ReportFlag[] };

const CHECKS: readonly Check[] = [
  checkUnitSums,
  checkDepartment,
  checkStatements,
  checkSplits,
  checkWeights,
  checkCosts,
  checkUnits,
  checkBudgets,
  checkBudgetsRead,
];

function addFlags(projects: readonly Project[], findings: readonly Finding[]): Project[] {
  return projects.map((p) => {
    const mine = findings.filter((f) => f.project === p.id);
    if (mine.length === 0) return p;
    const onRecord = mine.filter((f) => !f.indicator).map((f) => f.code);
    return {
      ...p,
      flags: [...new Set([...p.flags, ...onRecord])],
      indicators: p.indicators.map((i) => {
        const codes = mine.filter((f) => f.indicator === i.id).map((f) => f.code);
        return codes.length === 0 ? i : { ...i, flags: [...new Set([...i.flags, ...codes])] };
      }),
    };
  });
}

export function runChecks(input: CheckInput): CheckResult {
  const full = { ...input, budgetTables: input.document.budgetTables ?? [] };
  const findings = CHECKS.flatMap((check) => check(full));
  const reportFlags = findings.map((f): ReportFlag => ({
    code: f.code,
    recordId: f.indicator ?? f.project ?? input.document.id,
    ...(f.line !== undefined ? { line: f.line } : {}),
    detail: f.detail,
  }));
  return { projects: addFlags(input.projects, findings), reportFlags };
}
