/**
 * Cross-region alignment of target values: what a published target means once
 * its spelling is set aside (a Measure), whether two targets can be put side by
 * side, and — when they cannot — the reason in words.
 *
 * Comparison pages normalize only to sort, group and chart; every cell still
 * prints the published text next to these readings. Nothing here guesses: a
 * missing operator stays missing (a bare "100%" is not "≥100%"), a count of 次
 * is not a count of 篇, and a deadline is not a duration.
 */
import type { Target } from "../../model/schema.ts";
import { DIMENSION_WORDS, DIRECTION_WORDS, DURATION_WORDS, OP_SIGN, PER_WORDS } from "../../shared/model-words.ts";

type Op = NonNullable<Target["op"]>;
type Dimension = NonNullable<Target["unit"]>["dimension"];
type Direction = NonNullable<NonNullable<Target["qualitative"]>["direction"]>;
type Per = NonNullable<Target["frequency"]>["per"];
type DurationUnit = NonNullable<Target["duration"]>["unit"];

/** A target reading in a common unit. `none` cannot be compared with anything. */
export type Measure =
  | { kind: "amount"; dimension: Dimension | "unitless"; unit: string; op: Op | null; value: number }
  | { kind: "range"; dimension: Dimension | "unitless"; unit: string; min: number; max: number }
  /** Nothing may happen: 0次, 0个, “0 | 起 | =”, 无重大安全事故发生 all read the same. */
  | { kind: "zero" }
  | { kind: "deadline"; end: string }
  /** `hours` where the unit has a fixed length (hour, day, week); months and years do not. */
  | { kind: "duration"; op: Op | null; amount: number; unit: DurationUnit; hours: number | null }
  | { kind: "frequency"; op: Op | null; per: Per; count: number | null; unit: string }
  | { kind: "qualitative"; direction: Direction | null; term: string }
  | { kind: "none"; why: "absent" | "empty" | "unparsed" };

/**
 * Units converted to one spelling for comparison. Other units are compared as
 * normalized by the grammar (百分号/百分比/％ are already "%" there).
 */
const CONVERSIONS: Partial<Record<Dimension, { unit: string; factor: Readonly<Record<string, number>> }>> = {
  money: { unit: "万元", factor: { 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4 } },
  "frequency-hz": { unit: "GHz", factor: { Hz: 1e-9, kHz: 1e-6, MHz: 1e-3, GHz: 1 } },
};

const HOURS: Partial<Record<DurationUnit, number>> = { hour: 1, day: 24, week: 168 };

/** Float noise from a unit conversion (0.1 × 3) never reaches the page. */
const clean = (n: number): number => Number(n.toPrecision(12));

function inCommonUnit(target: Target, n: number): { dimension: Dimension | "unitless"; unit: string; value: number } {
  const scaled = target.scale === undefined ? n : n * target.scale;
  if (!target.unit) return { dimension: "unitless", unit: "", value: clean(scaled) };
  const { dimension, normalized } = target.unit;
  const factor = CONVERSIONS[dimension]?.factor[normalized];
  if (factor === undefined) return { dimension, unit: normalized, value: clean(scaled) };
  return { dimension, unit: CONVERSIONS[dimension]!.unit, value: clean(scaled * factor) };
}

/** Zero of something that happens (a count, a rate, a bare number) under =, ≤ or no operator. */
function isZero(target: Target): boolean {
  const dimension = target.unit?.dimension;
  return (
    target.value === 0 &&
    (target.op === undefined || target.op === "=" || target.op === "<=") &&
    (dimension === undefined || dimension === "count" || dimension === "percent")
  );
}

export function measureOf(target: Target | undefined): Measure {
  if (!target) return { kind: "none", why: "absent" };
  const op = target.op ?? null;
  switch (target.kind) {
    case "quantity":
      if (target.value === undefined) return { kind: "none", why: "unparsed" };
      if (isZero(target)) return { kind: "zero" };
      return { kind: "amount", op, ...inCommonUnit(target, target.value) };
    case "range": {
      if (target.min === undefined || target.max === undefined) return { kind: "none", why: "unparsed" };
      const { dimension, unit, value: min } = inCommonUnit(target, target.min);
      return { kind: "range", dimension, unit, min, max: inCommonUnit(target, target.max).value };
    }
    case "deadline":
      return target.deadline ? { kind: "deadline", end: target.deadline.end } : { kind: "none", why: "unparsed" };
    case "duration": {
      const d = target.duration;
      if (!d) return { kind: "none", why: "unparsed" };
      const perHour = HOURS[d.unit];
      return {
        kind: "duration",
        op,
        amount: d.amount,
        unit: d.unit,
        hours: perHour === undefined ? null : clean(d.amount * perHour),
      };
    }
    case "frequency": {
      const f = target.frequency;
      if (!f) return { kind: "none", why: "unparsed" };
      return { kind: "frequency", op, per: f.per, count: f.count ?? null, unit: f.unit ?? "" };
    }
    case "qualitative": {
      const q = target.qualitative;
      if (!q) return { kind: "none", why: "unparsed" };
      if (q.direction === "zero") return { kind: "zero" };
      return { kind: "qualitative", direction: q.direction, term: q.term };
    }
    case "empty":
      return { kind: "none", why: "empty" };
    case "unparsed":
      return { kind: "none", why: "unparsed" };
  }
}

/* ---------- comparability ---------- */

const opText = (op: Op | null) => (op === null ? "未标明" : OP_SIGN[op]);

const KIND_WORDS: Record<Measure["kind"], string> = {
  amount: "数值",
  range: "区间",
  zero: "零发生",
  deadline: "截止时间",
  duration: "时长",
  frequency: "频次",
  qualitative: "定性表述",
  none: "未解读的值",
};

/**
 * The properties two measures must share to be compared, in the order a
 * reader should hear about a difference: the kind of value first, then what is
 * measured, then the operator. Comparable means every facet is equal.
 */
type Facet = { name: string; value: string; words: string };

function facets(m: Measure): Facet[] {
  const kind: Facet = { name: "kind", value: m.kind, words: KIND_WORDS[m.kind] };
  const op = (o: Op | null): Facet => ({ name: "op", value: opText(o), words: opText(o) });
  switch (m.kind) {
    case "amount":
    case "range": {
      const dimension = {
        name: "dimension",
        value: m.dimension,
        words: `${DIMENSION_WORDS[m.dimension]}${m.unit ? `（${m.unit}）` : ""}`,
      };
      const unit = { name: "unit", value: m.unit, words: m.unit || "无单位" };
      return m.kind === "amount" ? [kind, dimension, unit, op(m.op)] : [kind, dimension, unit];
    }
    case "duration": {
      const clock = m.hours === null ? m.unit : "clock";
      return [kind, { name: "durationUnit", value: clock, words: DURATION_WORDS[m.unit] }, op(m.op)];
    }
    case "frequency":
      return [
        kind,
        { name: "per", value: m.per, words: `每${PER_WORDS[m.per]}` },
        { name: "unit", value: m.unit, words: m.unit || "无单位" },
        op(m.op),
      ];
    case "qualitative":
      return m.direction === null
        ? [kind, { name: "term", value: `term:${m.term}`, words: `“${m.term}”` }]
        : [kind, { name: "direction", value: m.direction, words: DIRECTION_WORDS[m.direction] }];
    case "zero":
    case "deadline":
    case "none":
      return [kind];
  }
}

const REASON_LEADS: Record<string, string> = {
  kind: "值的类型不同",
  dimension: "计量对象不同",
  unit: "计量单位不同",
  op: "运算符不同",
  durationUnit: "时长单位无法换算",
  per: "频次周期不同",
  term: "定性表述不同",
  direction: "定性方向不同",
};

const NONE_REASONS: Record<Extract<Measure, { kind: "none" }>["why"], string> = {
  absent: "没有目标值（申报表模板只列指标）",
  empty: "原文未填写目标值",
  unparsed: "目标值未能解读，请看原文",
};

export type Verdict = { comparable: true } | { comparable: false; reason: string };

/** How many leading facets two measures share: how close they come to being comparable. */
function sharedFacets(a: Measure, b: Measure): number {
  const fa = facets(a);
  const fb = facets(b);
  const first = fa.findIndex((f, i) => f.value !== fb[i]?.value);
  return first === -1 ? fa.length : first;
}

/** Whether two targets can be read against each other, and if not, the first difference in words. */
export function compareMeasures(a: Measure, b: Measure): Verdict {
  if (a.kind === "none") return { comparable: false, reason: NONE_REASONS[a.why] };
  if (b.kind === "none") return { comparable: false, reason: NONE_REASONS[b.why] };
  const i = sharedFacets(a, b);
  const fa = facets(a);
  if (i === fa.length) return { comparable: true };
  const facet = fa[i]!;
  return { comparable: false, reason: `${REASON_LEADS[facet.name]}：${facet.words} 与 ${facets(b)[i]!.words}` };
}

/** Measures with the same key are comparable; `none` never is, not even with another `none`. */
export function measureKey(m: Measure): string | null {
  return m.kind === "none"
    ? null
    : facets(m)
        .map((f) => f.value)
        .join("|");
}

/* ---------- the common-unit text ---------- */

const withUnit = (value: string, unit: string) =>
  unit === "" ? value : unit === "%" ? `${value}%` : `${value} ${unit}`;
const prefixed = (op: Op | null, text: string) => (op === null ? text : `${OP_SIGN[op]} ${text}`);

/**
 * The value in the common unit, with symbols (≥ 90%, < 20 次, ≤ 11.85 万元).
 * `hoursUnit` writes clock durations in one unit across a row (7 天 → 168 小时
 * next to 2 小时); without it a duration keeps its own unit.
 */
export function commonText(m: Measure, hoursUnit?: DurationUnit): string | null {
  switch (m.kind) {
    case "amount":
      return prefixed(m.op, withUnit(String(m.value), m.unit));
    case "range":
      return `${withUnit(String(m.min), m.unit)} 至 ${withUnit(String(m.max), m.unit)}`;
    case "zero":
      return "0（零发生）";
    case "deadline":
      return `截至 ${m.end}`;
    case "duration": {
      const unit = m.hours !== null && hoursUnit ? hoursUnit : m.unit;
      const amount = unit === m.unit ? m.amount : clean(m.hours! / HOURS[unit]!);
      return prefixed(m.op, `${amount} ${DURATION_WORDS[unit]}`);
    }
    case "frequency":
      return `每${PER_WORDS[m.per]}${m.count === null ? "" : ` ${prefixed(m.op, withUnit(String(m.count), m.unit))}`}`;
    case "qualitative":
      return m.direction === null ? `“${m.term}”` : DIRECTION_WORDS[m.direction];
    case "none":
      return null;
  }
}

/** What every measure of a group shares, in words. */
export function groupLabel(m: Measure): string {
  const opWords = (op: Op | null) => (op === null ? "未标明运算符" : `运算符 ${OP_SIGN[op]}`);
  switch (m.kind) {
    case "amount":
      return `${m.unit || "无单位"}，${opWords(m.op)}`;
    case "range":
      return `区间，${m.unit || "无单位"}`;
    case "duration":
      return `时长，${opWords(m.op)}`;
    case "frequency":
      return `每${PER_WORDS[m.per]}频次${m.unit ? `（${m.unit}）` : ""}，${opWords(m.op)}`;
    case "qualitative":
      return `定性：${commonText(m)}`;
    case "zero":
    case "deadline":
    case "none":
      return KIND_WORDS[m.kind];
  }
}

/* ---------- one row: targets of one concept across columns ---------- */

/**
 * One target of a row: its column (a region on a topic page, a chosen record in
 * the compare view), the printed unit spelling, its measure.
 */
export type AlignInput = { column: string; spelling: string | null; measure: Measure };

/**
 * The printed unit (百分号, 百分比, %) or, for a zero target, the whole
 * published value with its split cells (“0 | 起 | =”), since zero encodings
 * differ beyond the unit; a group lists these to show what it read as one.
 */
export function spellingOf(target: Target | undefined, measure: Measure): string | null {
  if (!target) return null;
  if (measure.kind !== "zero") return target.unit?.raw ?? null;
  const cells = target.cells ? [target.cells.unit, target.cells.valueType].filter((c) => c !== undefined) : [];
  return [target.raw, ...cells].join(" | ");
}

/** A row input from a target. */
export function alignInput(column: string, target: Target | undefined): AlignInput {
  const measure = measureOf(target);
  return { column, spelling: spellingOf(target, measure), measure };
}

export type AlignedGroup = {
  key: string;
  /** What the group's values share, in words ("%，运算符 ≥", "零发生"). */
  label: string;
  /** Indexes into the row's inputs, in input order. */
  members: number[];
  /** Columns in order of first appearance. */
  columns: string[];
  /** Distinct published spellings of the unit (百分号, 百分比, %), or of a zero target. */
  spellings: string[];
  /** The smallest and largest value in the common unit, for amounts; null otherwise. */
  span: { min: number; max: number } | null;
};

export type AlignedCell = {
  /** Index into `groups`, or null for a value that fits no group (unparsed, empty). */
  group: number | null;
  common: string | null;
  /**
   * Why the value cannot be read against the other columns' values (the first
   * difference from the closest of them); null inside the comparable set.
   */
  reason: string | null;
};

export type Alignment = {
  /** The main group first: the one spanning most columns, then most values, then first seen. */
  groups: AlignedGroup[];
  cells: AlignedCell[];
  /** Columns whose values can be read against each other: the main group's, when it spans two or more. */
  comparableColumns: string[];
};

/**
 * Groups a row's targets into comparable sets and says, for every target
 * outside the main set (every target, when no set spans two columns), why it
 * cannot be read against the others.
 */
export function alignRow(inputs: readonly AlignInput[]): Alignment {
  const byKey = new Map<string, AlignedGroup>();
  inputs.forEach((input, i) => {
    const key = measureKey(input.measure);
    if (key === null) return;
    const group = byKey.get(key) ?? {
      key,
      label: groupLabel(input.measure),
      members: [],
      columns: [],
      spellings: [],
      span: null,
    };
    group.members.push(i);
    if (!group.columns.includes(input.column)) group.columns.push(input.column);
    if (input.spelling !== null && !group.spellings.includes(input.spelling)) group.spellings.push(input.spelling);
    if (input.measure.kind === "amount") {
      const v = input.measure.value;
      group.span = group.span
        ? { min: Math.min(group.span.min, v), max: Math.max(group.span.max, v) }
        : { min: v, max: v };
    }
    byKey.set(key, group);
  });
  const groups = [...byKey.values()].sort(
    (a, b) =>
      b.columns.length - a.columns.length || b.members.length - a.members.length || a.members[0]! - b.members[0]!,
  );
  const groupOf = new Map(groups.flatMap((g, gi) => g.members.map((m) => [m, gi] as const)));
  const main = groups[0];
  const comparable = main !== undefined && main.columns.length >= 2;
  // Once per group: per member it made a concept row quadratic in its values.
  const hoursUnits = groups.map((g) => smallestClockUnit(g.members.map((m) => inputs[m]!.measure)));
  const cells = inputs.map((input, i): AlignedCell => {
    const group = groupOf.get(i) ?? null;
    const hoursUnit = group === null ? undefined : hoursUnits[group];
    const common = commonText(input.measure, hoursUnit);
    if (group === 0 && comparable) return { group, common, reason: null };
    const partner = nearestOther(groups, group, inputs, i);
    if (partner === null)
      return { group, common, reason: input.measure.kind === "none" ? NONE_REASONS[input.measure.why] : null };
    const verdict = compareMeasures(input.measure, partner);
    return { group, common, reason: verdict.comparable ? null : verdict.reason };
  });
  return { groups, cells, comparableColumns: comparable ? [...main.columns] : [] };
}

/**
 * The measure a value outside the comparable set is best explained against:
 * one from another column, sharing the most facets with it (the main group on
 * a tie), so the reason names the one difference that matters — “< 与 ≥”
 * rather than “计数 与 定性表述”. Null when no other column has a group.
 */
function nearestOther(
  groups: readonly AlignedGroup[],
  own: number | null,
  inputs: readonly AlignInput[],
  i: number,
): Measure | null {
  const { measure, column } = inputs[i]!;
  let best: Measure | null = null;
  let bestShared = -1;
  for (const [gi, group] of groups.entries()) {
    if (gi === own || group.columns.every((c) => c === column)) continue;
    const candidate = inputs[group.members[0]!]!.measure;
    const shared = measure.kind === "none" ? 0 : sharedFacets(measure, candidate);
    if (shared > bestShared) [best, bestShared] = [candidate, shared];
  }
  return best;
}

const CLOCK_ORDER: readonly DurationUnit[] = ["hour", "day", "week"];

/** The finest fixed-length unit among a group's durations, so every member is written in it. */
function smallestClockUnit(measures: readonly Measure[]): DurationUnit | undefined {
  const units = new Set(measures.flatMap((m) => (m.kind === "duration" && m.hours !== null ? [m.unit] : [])));
  return CLOCK_ORDER.find((u) => units.has(u));
}
