import type { Level1, Level2, Target } from "../../model/schema.ts";

export type TargetContext = {
  /** The document's budget year, for month-only deadlines (≤11月份). */
  documentYear: number;
  level1: Level1 | null;
  level2: Level2 | null;
  /** The indicator name (三级指标), for a unit or a comparison printed only in the name. */
  name: string | null;
  /** The table's declared unit (单位：万元), for a bare 万 under a cost indicator. */
  tableUnit: string | null;
  period?: "annual" | "projectCycle";
};

/** Changsha's split publication: value, 度量单位 and 指标值类型 in separate cells. */
export type SplitCells = { value: string; unit?: string; valueType?: string };

/** What the grammar read, before the published text (raw, cells, period) is attached. */
export type Reading = Omit<Target, "raw" | "cells" | "period">;

export type Comparison = NonNullable<Target["op"]>;
export type OpSource = NonNullable<Target["opSource"]>;

export const unparsed = (flags: Reading["flags"] = []): Reading => ({ kind: "unparsed", flags });

/** The reading with `flags` added (each once). */
export function flagged(reading: Reading, ...flags: Reading["flags"]): Reading {
  return { ...reading, flags: [...new Set([...reading.flags, ...flags])] };
}
