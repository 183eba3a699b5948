/**
 * 目标可衡量性: how far a published target can be checked, read from its
 * parsed reading only (no judgement of the wording), and findings about a
 * record's targets that a reader may want to question. Pure functions over the
 * model; the site, the downloads and the method page (/data/measurability/)
 * share them, so every view says the same.
 *
 * The classes, in order from most to least measurable:
 * - quantified: a number with a unit and an operator (≥90%, ≤170万元, 4–6 次);
 * - partial: a number missing its unit or its operator (a bare "100%", "≥20");
 * - time: a deadline, a duration or a schedule (2024年底前, ≤2小时, 每季度);
 * - qualitative: a direction or a word only (提升, 有效, 是, 无投诉);
 * - empty: the cell was left blank;
 * - unparsed: text the grammar could not read (see the published value).
 * A target that is absent (application templates) has no class.
 */
import type { Indicator, Project, Target } from "./schema.ts";

export const MEASURABILITY_CLASSES = ["quantified", "partial", "time", "qualitative", "empty", "unparsed"] as const;
export type MeasurabilityClass = (typeof MEASURABILITY_CLASSES)[number];

export const MEASURABILITY_WORDS: Readonly<Record<MeasurabilityClass, { zh: string; en: string }>> = {
  quantified: { zh: "量化（有单位和运算符）", en: "Quantified with unit and operator" },
  partial: { zh: "量化但缺单位或运算符", en: "Quantified, unit or operator missing" },
  time: { zh: "时间节点、时长或周期", en: "Deadline, duration or schedule" },
  qualitative: { zh: "只有定性表述", en: "Qualitative only" },
  empty: { zh: "未填写", en: "Empty" },
  unparsed: { zh: "未能解读", en: "Unparsed" },
};

/** What makes a number partial: which of unit and operator it lacks. */
export type Missing = { unit: boolean; op: boolean };

function numberMissing(target: Target): Missing {
  const unit = target.kind === "frequency" ? !(target.unit || target.frequency?.unit) : !target.unit;
  // A range states its own bounds: it needs no operator.
  const op = target.kind === "range" ? false : target.op === undefined;
  return { unit, op };
}

/** The class of one target; null where there is none (a template row). */
export function measurabilityOf(target: Target | undefined): MeasurabilityClass | null {
  if (!target) return null;
  switch (target.kind) {
    case "quantity":
    case "range": {
      const hasNumber =
        target.kind === "range" ? target.min !== undefined && target.max !== undefined : target.value !== undefined;
      if (!hasNumber) return "unparsed";
      const missing = numberMissing(target);
      return missing.unit || missing.op ? "partial" : "quantified";
    }
    case "frequency": {
      if (target.frequency?.count === undefined) return "time";
      const missing = numberMissing(target);
      return missing.unit || missing.op ? "partial" : "quantified";
    }
    case "deadline":
    case "duration":
      return "time";
    case "qualitative":
      return "qualitative";
    case "empty":
      return "empty";
    case "unparsed":
      return "unparsed";
  }
}

/** What a partial target lacks, in words (缺单位 / 缺运算符 / 缺单位和运算符); null for other classes. */
export function missingWords(target: Target | undefined): string | null {
  if (!target || measurabilityOf(target) !== "partial") return null;
  const m = numberMissing(target);
  return m.unit && m.op ? "缺单位和运算符" : m.unit ? "缺单位" : "缺运算符";
}

export type MeasurabilityCounts = { total: number } & Record<MeasurabilityClass, number>;

export function emptyCounts(): MeasurabilityCounts {
  return { total: 0, quantified: 0, partial: 0, time: 0, qualitative: 0, empty: 0, unparsed: 0 };
}

/** Counts by class over indicators with a target (templates' rows are left out). */
export function measurabilityCounts(indicators: Iterable<Indicator>): MeasurabilityCounts {
  const counts = emptyCounts();
  for (const i of indicators) {
    const c = measurabilityOf(i.target);
    if (c === null) continue;
    counts[c]++;
    counts.total++;
  }
  return counts;
}

/** Share of one class, 0–1 (0 when there is nothing to count). */
export const shareOf = (counts: MeasurabilityCounts, c: MeasurabilityClass): number =>
  counts.total === 0 ? 0 : counts[c] / counts.total;

/** Percent with one decimal, as the site prints shares (“62.3%”). */
export const percentText = (part: number, total: number): string =>
  total === 0 ? "—" : `${((part / total) * 100).toFixed(1)}%`;

/* ---------- findings ---------- */

export const FINDING_CODES = [
  "noQuantifiedOutput",
  "noCostIndicator",
  "weightsOffTotal",
  "satisfactionBelow90",
  "satisfactionExactly100",
  "costAboveBudget",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const FINDING_WORDS: Readonly<Record<FindingCode, { zh: string; en: string }>> = {
  noQuantifiedOutput: { zh: "没有量化的产出指标", en: "No quantified output target" },
  noCostIndicator: { zh: "没有成本指标", en: "No cost indicator" },
  weightsOffTotal: { zh: "权重合计不为 90 或 100", en: "Weights do not add up to 90 or 100" },
  satisfactionBelow90: { zh: "满意度目标低于 90%", en: "Satisfaction target below 90%" },
  satisfactionExactly100: { zh: "满意度目标恰为 100%", en: "Satisfaction target of exactly 100%" },
  costAboveBudget: { zh: "成本目标高于预算", en: "Cost target above the budget" },
};

export type MeasurabilityFinding = {
  code: FindingCode;
  recordId: string;
  /** Set when the finding is about one indicator. */
  indicatorId: string | null;
  /** The source line to check: the indicator's value, or the record's first line. */
  line: number;
  /** What was found, in Chinese, with the published values. */
  detail: string;
};

const isNumber = (c: MeasurabilityClass | null) => c === "quantified" || c === "partial";
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** Findings of one record; none for templates, which publish no targets. */
export function recordFindings(record: Project): MeasurabilityFinding[] {
  if (record.kind === "template") return [];
  const found: MeasurabilityFinding[] = [];
  const recordLine = record.source.lines[0];
  const base = { recordId: record.id };
  const outputs = record.indicators.filter((i) => i.level1 === "产出指标");
  if (!outputs.some((i) => isNumber(measurabilityOf(i.target)))) {
    found.push({
      ...base,
      code: "noQuantifiedOutput",
      indicatorId: null,
      line: recordLine,
      detail: outputs.length === 0 ? "没有产出指标" : `${outputs.length} 项产出指标都没有数值目标`,
    });
  }
  if (!record.indicators.some((i) => i.level1 === "成本指标")) {
    const printedEmpty = record.emptyCategories.some((e) => e.level1 === "成本指标");
    found.push({
      ...base,
      code: "noCostIndicator",
      indicatorId: null,
      line: recordLine,
      detail: printedEmpty ? "成本指标一栏印出但未填写" : "表中没有成本指标",
    });
  }
  if (record.flags.includes("weightsIncomplete")) {
    const weights = record.indicators.map((i) => i.weight?.value ?? null);
    const total = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
    const without = weights.filter((w) => w === null).length;
    found.push({
      ...base,
      code: "weightsOffTotal",
      indicatorId: null,
      line: recordLine,
      detail: `权重合计 ${fmt(total)}${without > 0 ? `（${weights.length} 项中 ${without} 项未印权重）` : ""}`,
    });
  }
  for (const i of record.indicators) {
    const t = i.target;
    if (
      i.level1 === "满意度指标" &&
      t?.kind === "quantity" &&
      t.value !== undefined &&
      t.unit?.dimension === "percent"
    ) {
      if (t.value < 90)
        found.push({
          ...base,
          code: "satisfactionBelow90",
          indicatorId: i.id,
          line: i.source.line,
          detail: `${i.name ?? "满意度"}：${t.raw}`,
        });
      else if (t.value === 100)
        found.push({
          ...base,
          code: "satisfactionExactly100",
          indicatorId: i.id,
          line: i.source.line,
          detail: `${i.name ?? "满意度"}：${t.raw}`,
        });
    }
    if (i.flags.includes("costAboveBudget") || t?.flags.includes("costAboveBudget")) {
      const budget = record.budget?.total;
      found.push({
        ...base,
        code: "costAboveBudget",
        indicatorId: i.id,
        line: i.source.line,
        detail: `${i.name ?? "成本"}：${t?.raw ?? "—"}${budget === null || budget === undefined ? "" : `；预算 ${fmt(budget)} 万元`}`,
      });
    }
  }
  return found;
}
