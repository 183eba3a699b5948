/** Money amounts of targets, in 万元: what the cost checks compare. */
import type { Indicator, Target } from "../../model/schema.ts";

const TO_WAN: Record<string, number> = { 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4 };

/** A money amount the grammar read (≤151.95万元, ≤2076.7万元), in 万元; null for anything else. */
function moneyOf(target: Target | undefined): number | null {
  if (target?.kind !== "quantity" || target.value === undefined || target.unit?.dimension !== "money") return null;
  const factor = TO_WAN[target.unit.normalized];
  return factor === undefined ? null : target.value * factor;
}

/** A cost line: a money amount under 成本指标. */
export const costOf = (indicator: Indicator): number | null =>
  indicator.level1 === "成本指标" ? moneyOf(indicator.target) : null;
