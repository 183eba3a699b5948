/**
 * The target-value grammar: a published value (指标值) → a Target reading.
 *
 * A wrong number is the worst outcome, so the grammar reads only what it can
 * read with certainty: numbers exactly as printed, an operator only where one
 * is printed, and everything else unparsed (the raw text is always kept).
 * The shapes and their decisions are documented by tests/unit/target-grammar.test.ts.
 */
import type { Target } from "../../model/schema.ts";
import { foldText } from "../text/fold.ts";
import { withNameEvidence, withUnitCell, withValueType } from "./evidence.ts";
import { readValue } from "./reading.ts";
import { flagged, type Reading, type SplitCells, type TargetContext } from "./types.ts";

export type { SplitCells, TargetContext } from "./types.ts";

/**
 * The grammar reads folded text (src/normalize/text/fold.ts: ９５％ → 95%, ⻓ → 长),
 * the name's evidence too; `raw` and `cells` keep what was printed. Where the
 * folding changed what the value reads as, the reading says so (textFolded).
 */
function folded(read: (fold: (text: string) => string) => Reading): Reading {
  const reading = read(foldText);
  const printed = read((text) => text);
  return JSON.stringify(reading) === JSON.stringify(printed) ? reading : flagged(reading, "textFolded");
}

const foldContext = (ctx: TargetContext, fold: (text: string) => string): TargetContext => ({
  ...ctx,
  name: ctx.name === null ? null : fold(ctx.name),
});

/** One value cell, with the indicator name's sign or unit where the value prints none. */
export function parseTarget(raw: string, ctx: TargetContext): Target {
  const text = raw.trim();
  const reading = folded((fold) => {
    const c = foldContext(ctx, fold);
    return withNameEvidence(readValue(fold(text), c), c);
  });
  return finish(text, reading, ctx);
}

/** Changsha's split cells: the value, completed by its 度量单位 and 指标值类型 cells (kept verbatim in `cells`). */
export function parseSplitTarget(cells: SplitCells, ctx: TargetContext): Target {
  const text = cells.value.trim();
  const reading = folded((fold) => {
    const c = foldContext(ctx, fold);
    const value = fold(text);
    const withUnit = withUnitCell(
      readValue(value, c),
      value,
      cells.unit === undefined ? undefined : fold(cells.unit),
      c,
    );
    return withNameEvidence(
      withValueType(withUnit, cells.valueType === undefined ? undefined : fold(cells.valueType)),
      c,
    );
  });
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
