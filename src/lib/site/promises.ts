/**
 * What records promise, in digest: per record (largest budget first) its
 * stated goal and, for each level 1, its first quantified target (a number
 * with unit and operator; failing that a number missing one of them). Region
 * and document pages open with it, before money and data quality.
 */
import { measurabilityOf } from "../../model/measurability.ts";
import type { Indicator, Level1, Project } from "../../model/schema.ts";
import { budgetFigure, byBudget, distinctNames } from "./summary.ts";

export const DIGEST_LEVELS: readonly Level1[] = ["产出指标", "效益指标", "满意度指标", "成本指标"];

export type PromiseRow = {
  record: Project;
  label: string;
  budget: { value: number; raw: string } | null;
  /** The stated goal (绩效目标), else the purpose; cut to `goalChars`. */
  goal: string | null;
  goalCut: boolean;
  /** One key target per level 1, in DIGEST_LEVELS order; null where the record has no number there. */
  targets: (Indicator | null)[];
  /** Quantified targets of the record in all. */
  quantified: number;
};

function keyTarget(record: Project, level: Level1): Indicator | null {
  const own = record.indicators.filter((i) => i.level1 === level);
  return (
    own.find((i) => measurabilityOf(i.target) === "quantified") ??
    own.find((i) => measurabilityOf(i.target) === "partial") ??
    null
  );
}

/** Rows for records with targets (no templates), largest budget first, at most `limit`. */
export function promiseRows(records: readonly Project[], limit: number, goalChars = 60): PromiseRow[] {
  const withTargets = byBudget(records.filter((r) => r.kind !== "template"));
  const labels = distinctNames(withTargets);
  return withTargets.slice(0, limit).map((record) => {
    const text = (record.goals.join(" ") || record.purpose || "").trim();
    const chars = [...text];
    return {
      record,
      label: labels.get(record.id)!,
      budget: budgetFigure(record),
      goal: text === "" ? null : chars.length > goalChars ? `${chars.slice(0, goalChars).join("")}…` : text,
      goalCut: chars.length > goalChars,
      targets: DIGEST_LEVELS.map((l) => keyTarget(record, l)),
      quantified: record.indicators.filter((i) => measurabilityOf(i.target) === "quantified").length,
    };
  });
}
