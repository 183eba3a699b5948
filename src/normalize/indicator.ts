/**
 * One indicator row, as a reader found its cells → an Indicator of the model.
 * Readers place cells; this module reads them (levels, target, basis) the same
 * way for every layout family.
 */
import type { FlagCode, Indicator } from "../model/schema.ts";
import { parseBasis } from "./basis.ts";
import { indicatorId } from "./ids.ts";
import { canonicalLevels } from "./levels.ts";
import { parseSplitTarget, parseTarget, type SplitCells } from "./target/index.ts";

export type IndicatorCells = {
  level1Raw: string | null;
  level2Raw: string | null;
  name: string | null;
  description?: string | null;
  basis?: string | null;
  scoring?: string | null;
  weight?: string | null;
  /** A single value cell, or the split value/unit/type cells of PDF tables; undefined for templates. */
  value?: string | SplitCells;
  periodValue?: string;
  periodValueLine?: number;
  group?: string;
  section?: "common" | "specific";
  nameUnit?: string;
  options?: string[];
  flags?: FlagCode[];
  lines: [number, number];
  /** The line that holds the published value (the row's first line if not given). */
  valueLine?: number;
};

export type TableContext = { documentYear: number; tableUnit: string | null };

const orNull = (s: string | null | undefined) => (s == null || s.trim() === "" ? null : s.trim());

function parseWeight(raw: string | null | undefined): Indicator["weight"] {
  const text = orNull(raw);
  if (text === null) return null;
  const m = /^(\d+(?:\.\d+)?)\s*分?$/u.exec(text);
  return { raw: text, value: m ? Number(m[1]) : null };
}

export function buildIndicator(recordId: string, index: number, cells: IndicatorCells, table: TableContext): Indicator {
  const levels = canonicalLevels(orNull(cells.level1Raw), orNull(cells.level2Raw));
  const name = orNull(cells.name);
  const ctx = {
    documentYear: table.documentYear,
    tableUnit: table.tableUnit,
    level1: levels.level1,
    level2: levels.level2,
    name,
  };
  const flags: FlagCode[] = [...levels.flags, ...(cells.flags ?? [])];
  if (name === null) flags.push("nameMissing");

  const indicator: Indicator = {
    id: indicatorId(recordId, index),
    level1: levels.level1,
    level2: levels.level2,
    level1Raw: levels.level1Raw,
    level2Raw: levels.level2Raw,
    name,
    description: orNull(cells.description),
    basis: cells.basis ? parseBasis(cells.basis) : null,
    scoring: orNull(cells.scoring),
    weight: parseWeight(cells.weight),
    flags: [...new Set(flags)],
    source: { line: cells.valueLine ?? cells.lines[0], lines: cells.lines },
  };
  // With two value columns, the first one is the annual target.
  const valueCtx = cells.periodValue === undefined ? ctx : { ...ctx, period: "annual" as const };
  if (cells.value !== undefined) {
    indicator.target =
      typeof cells.value === "string" ? parseTarget(cells.value, valueCtx) : parseSplitTarget(cells.value, valueCtx);
  }
  if (cells.periodValue !== undefined) {
    indicator.periodTarget = parseTarget(cells.periodValue, { ...ctx, period: "projectCycle" });
    if (cells.periodValueLine !== undefined) indicator.source.periodLine = cells.periodValueLine;
  }
  if (cells.group !== undefined) indicator.group = cells.group;
  if (cells.section !== undefined) indicator.section = cells.section;
  if (cells.nameUnit !== undefined) indicator.nameUnit = cells.nameUnit;
  if (cells.options !== undefined) indicator.options = cells.options;
  return indicator;
}
