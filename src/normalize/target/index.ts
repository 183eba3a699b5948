/**
 * The target-value grammar: a published value (指标值) → a Target reading.
 *
 * A wrong number is the worst outcome, so the grammar reads only what it can
 * read with certainty: numbers exactly as printed, an operator only where one
 * is printed, and everything else unparsed (the raw text is always kept).
 * The shapes and their decisions are documented by tests/unit/target-grammar.test.ts.
 */
import type { Target } from "../../model/schema.ts";
import { withNameEvidence, withUnitCell, withValueType } from "./evidence.ts";
import { readValue } from "./reading.ts";
import { flagged, type Reading, type SplitCells, type TargetContext } from "./types.ts";

export type { SplitCells, TargetContext } from "./types.ts";

/** One value cell, with the indicator name's sign or unit where the value prints none. */
export function parseTarget(raw: string, ctx: TargetContext): Target {
  const text = raw.trim();
  return finish(text, withNameEvidence(readValue(text, ctx), ctx), ctx);
}

/** Changsha's split cells: the value, completed by its 度量单位 and 指标值类型 cells (kept verbatim in `cells`). */
export function parseSplitTarget(cells: SplitCells, ctx: TargetContext): Target {
  const text = cells.value.trim();
  const withUnit = withUnitCell(readValue(text, ctx), text, cells.unit, ctx);
  const reading = withNameEvidence(withValueType(withUnit, cells.valueType), ctx);
  const verbatim = {
    value: cells.value,
    ...(cells.unit !== undefined && { unit: cells.unit }),
    ...(cells.valueType !== undefined && { valueType: cells.valueType }),
  };
  return finish(text, reading, ctx, verbatim);
}

function finish(raw: string, reading: Reading, ctx: TargetContext, cells?: SplitCells): Target {
  const overHundred = reading.unit?.dimension === "percent" && (reading.value ?? reading.max ?? 0) > 100;
  const checked = overHundred ? flagged(reading, "percentOver100") : reading;
  return { raw, ...(cells && { cells }), ...checked, ...(ctx.period && { period: ctx.period }) };
}
