/**
 * The target-value grammar: published value text → a Target reading.
 * (Being written; until then every value stays unparsed, which is always safe.)
 */
import type { Level1, Level2, Target } from "../../model/schema.ts";

export type TargetContext = {
  /** The document's budget year, for month-only deadlines (≤11月份). */
  documentYear: number;
  level1: Level1 | null;
  level2: Level2 | null;
  /** The indicator name (三级指标), for a unit printed only in the name. */
  name: string | null;
  /** The table's declared unit (单位：万元), for a bare 万 under a cost indicator. */
  tableUnit: string | null;
  period?: "annual" | "projectCycle";
};

export type SplitCells = { value: string; unit?: string; valueType?: string };

export function parseTarget(raw: string, _ctx: TargetContext): Target {
  const text = raw.trim();
  return { raw: text, kind: text === "" ? "empty" : "unparsed", flags: [] };
}

export function parseSplitTarget(cells: SplitCells, ctx: TargetContext): Target {
  return { ...parseTarget(cells.value, ctx), cells };
}
