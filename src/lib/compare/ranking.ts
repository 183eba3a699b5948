/**
 * A ranking of one indicator concept's targets on a common axis: every amount
 * or range in the unit most regions use, highest first, one entry per target,
 * its operator kept (≥ 100% and a bare 100% are both drawn at 100, the mark
 * says which is which). Every other target is listed with the reason it is not
 * on the axis. The one sentence a reader quotes (“最高：… 最低：…”) is built
 * here too, so the page, the chart and the tests say the same.
 *
 * Nothing is guessed: a target without an operator keeps none, ties are
 * counted, not broken.
 */
import type { Indicator, Project } from "../../model/schema.ts";
import { commonText, compareMeasures, measureOf, type Measure } from "./align.ts";
import { DIMENSION_WORDS } from "../../shared/model-words.ts";

type Op = ">=" | "<=" | "=" | ">" | "<";
type Amount = Extract<Measure, { kind: "amount" }>;
type Range = Extract<Measure, { kind: "range" }>;

/** One target to rank: its record, its indicator and its region (slug, name and place in the region order). */
export type RankInput = {
  record: Project;
  indicator: Indicator;
  region: string;
  regionName: string;
  regionIndex: number;
};

export type RankedEntry = RankInput & {
  /** 1-based place in the sorted list; tied values share the lowest place. */
  rank: number;
  /** Low and high end on the axis (equal for a single value). */
  low: number;
  high: number;
  op: Op | null;
  isRange: boolean;
  /** The value in the common unit with its operator (≥ 95%, 85% 至 90%). */
  text: string;
};

export type ExcludedEntry = RankInput & { common: string | null; reason: string };

export type Axis = { dimension: string; unit: string; label: string };

export type Ranking = {
  axis: Axis | null;
  /** Highest first. */
  ranked: RankedEntry[];
  excluded: ExcludedEntry[];
  /** Every entry at the highest high end, and at the lowest low end. */
  highest: RankedEntry[];
  lowest: RankedEntry[];
  /** Distinct regions on the axis. */
  regions: number;
};

const isAxisMeasure = (m: Measure): m is Amount | Range => m.kind === "amount" || m.kind === "range";
const axisKey = (m: Amount | Range) => `${m.dimension}|${m.unit}`;

/** ≥ and > read as “at least”: at the same value they sort above =, no operator, ≤ and <. */
const OP_ORDER: Record<string, number> = { ">=": 0, ">": 0, "=": 1, none: 2, "<=": 3, "<": 3 };

export function axisLabel(dimension: string, unit: string): string {
  const words: Readonly<Record<string, string>> = DIMENSION_WORDS;
  return `${words[dimension] ?? dimension}${unit ? `（${unit}）` : ""}`;
}

/**
 * Ranks the targets of one concept. The axis is the dimension and unit shared
 * by targets in the most regions (then the most targets, then the first seen),
 * so a concept mostly published in % is ranked in %.
 */
export function rankTargets(inputs: readonly RankInput[]): Ranking {
  const measures = inputs.map((i) => measureOf(i.indicator.target));
  const tally = new Map<string, { regions: Set<string>; count: number; first: number; m: Amount | Range }>();
  measures.forEach((m, i) => {
    if (!isAxisMeasure(m)) return;
    const key = axisKey(m);
    const t = tally.get(key) ?? { regions: new Set<string>(), count: 0, first: i, m };
    t.regions.add(inputs[i]!.region);
    t.count++;
    tally.set(key, t);
  });
  const best = [...tally.entries()].sort(
    ([, a], [, b]) => b.regions.size - a.regions.size || b.count - a.count || a.first - b.first,
  )[0];
  if (!best) {
    return {
      axis: null,
      ranked: [],
      excluded: inputs.map((input, i) => ({
        ...input,
        common: commonText(measures[i]!),
        reason: noAxisReason(measures[i]!),
      })),
      highest: [],
      lowest: [],
      regions: 0,
    };
  }
  const [key, { m: rep }] = best;
  const axis: Axis = { dimension: rep.dimension, unit: rep.unit, label: axisLabel(rep.dimension, rep.unit) };
  const ranked: Omit<RankedEntry, "rank">[] = [];
  const excluded: ExcludedEntry[] = [];
  inputs.forEach((input, i) => {
    const m = measures[i]!;
    if (isAxisMeasure(m) && axisKey(m) === key) {
      ranked.push({
        ...input,
        low: m.kind === "range" ? m.min : m.value,
        high: m.kind === "range" ? m.max : m.value,
        op: m.kind === "range" ? null : m.op,
        isRange: m.kind === "range",
        text: commonText(m)!,
      });
    } else {
      excluded.push({ ...input, common: commonText(m), reason: offAxisReason(m, rep) });
    }
  });
  ranked.sort(
    (a, b) =>
      b.high - a.high ||
      b.low - a.low ||
      OP_ORDER[a.op ?? "none"]! - OP_ORDER[b.op ?? "none"]! ||
      a.regionIndex - b.regionIndex,
  );
  const withRank = ranked.map((e, i, all) => {
    let first = i;
    while (first > 0 && all[first - 1]!.high === e.high && all[first - 1]!.low === e.low) first--;
    return { ...e, rank: first + 1 };
  });
  const top = withRank.length ? withRank[0]!.high : 0;
  const bottom = withRank.length ? Math.min(...withRank.map((e) => e.low)) : 0;
  return {
    axis,
    ranked: withRank,
    excluded,
    highest: withRank.filter((e) => e.high === top),
    lowest: withRank.filter((e) => e.low === bottom),
    regions: new Set(withRank.map((e) => e.region)).size,
  };
}

/** With no axis at all: an unreadable value says why; anything else has no numeric value to stand beside. */
function noAxisReason(m: Measure): string {
  const verdict = compareMeasures(m, m);
  return m.kind === "none" && !verdict.comparable ? verdict.reason : "没有可放在同一数轴上的数值目标";
}

/** Why a target is not drawn on the axis: the first difference from an axis value of its own kind. */
function offAxisReason(m: Measure, rep: Amount | Range): string {
  const like: Measure =
    m.kind === "range"
      ? { kind: "range", dimension: rep.dimension, unit: rep.unit, min: 0, max: 0 }
      : { kind: "amount", dimension: rep.dimension, unit: rep.unit, op: m.kind === "amount" ? m.op : null, value: 0 };
  const verdict = compareMeasures(m, like);
  return verdict.comparable ? "不在统一数轴上" : verdict.reason;
}

/* ---------- the sentence ---------- */

/** How an entry is named in the sentence: region, indicator, value, record and source line. */
export type Named = {
  region: string;
  indicator: string;
  value: string;
  record: string;
  line: number;
  entry: RankedEntry;
};

export type ExtremeSentence =
  | { kind: "none"; text: string }
  | { kind: "all-tied"; text: string; count: number; value: string }
  | { kind: "extremes"; text: string; highest: ExtremePart; lowest: ExtremePart };

/** One end: the entries named (at most three), and how many share that value. */
export type ExtremePart = {
  label: "最高" | "最低";
  value: string;
  count: number;
  named: Named[];
  /** How many of the tied entries each region has, in ranking order of first appearance. */
  regions: { name: string; count: number }[];
};

const NAME_AT_MOST = 3;

export function named(e: RankedEntry): Named {
  return {
    region: e.regionName,
    indicator: e.indicator.name ?? "（未写指标名称）",
    value: e.text,
    record: e.record.name,
    line: e.indicator.source.line,
    entry: e,
  };
}

const withUnit = (n: number, unit: string) => (unit === "" ? String(n) : unit === "%" ? `${n}%` : `${n} ${unit}`);

function part(label: "最高" | "最低", entries: readonly RankedEntry[], value: number, unit: string): ExtremePart {
  const regions: { name: string; count: number }[] = [];
  for (const e of entries) {
    const r = regions.find((x) => x.name === e.regionName);
    if (r) r.count++;
    else regions.push({ name: e.regionName, count: 1 });
  }
  return {
    label,
    value: withUnit(value, unit),
    count: entries.length,
    named: entries.slice(0, NAME_AT_MOST).map(named),
    regions,
  };
}

export const namedText = (n: Named): string =>
  `${n.region}“${n.indicator}” ${n.value}（${n.record}，原文第 ${n.line} 行）`;

export function partText(p: ExtremePart): string {
  if (p.count === 1) return `${p.label}：${namedText(p.named[0]!)}`;
  if (p.count <= NAME_AT_MOST) return `${p.label}：${p.value}，${p.count} 项并列——${p.named.map(namedText).join("；")}`;
  return `${p.label}：${p.value}，${p.count} 项并列（${p.regions.map((r) => `${r.name} ${r.count} 项`).join("、")}；见下表）`;
}

/** “最高：… 最低：…”, or that all are tied, or that there is nothing to rank. */
export function extremeSentence(r: Ranking): ExtremeSentence {
  if (!r.axis || r.ranked.length === 0) return { kind: "none", text: "没有可放在同一数轴上比较的目标值。" };
  const top = r.ranked[0]!.high;
  const bottom = Math.min(...r.ranked.map((e) => e.low));
  if (top === bottom) {
    const value = withUnit(top, r.axis.unit);
    const text =
      r.ranked.length === 1
        ? `只有 1 项目标值在统一数轴上：${namedText(named(r.ranked[0]!))}。`
        : `统一数轴上的 ${r.ranked.length} 项目标值都是 ${value}（运算符见下表），无高低之分。`;
    return { kind: "all-tied", text, count: r.ranked.length, value };
  }
  const highest = part("最高", r.highest, top, r.axis.unit);
  const lowest = part("最低", r.lowest, bottom, r.axis.unit);
  return { kind: "extremes", text: `${partText(highest)}。${partText(lowest)}。`, highest, lowest };
}
