/**
 * Calendar readings: deadlines (2024年底前, ≤11月份, ≤12.05月|日), a duration
 * with its explicit period (12个月（2020年11月至2021年10月）) and frequencies
 * (按月, 每季度不少于1家).
 */
import type { FlagCode, Target } from "../../model/schema.ts";
import { toNumber } from "../figure.ts";
import { NUMBER } from "./amounts.ts";
import { splitOperator } from "./operators.ts";
import type { Comparison, OpSource, Reading, TargetContext } from "./types.ts";
import { knownUnit } from "./units.ts";

type Deadline = NonNullable<Target["deadline"]>;
type Parts = { year: number; month?: number; day?: number; half?: 1 | 2 };

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** A four-digit year we accept as a calendar year; "1年" and "3000年" are durations. */
const isYear = (n: number) => n >= 1900 && n <= 2100;
const isMonth = (n: number) => Number.isInteger(n) && n >= 1 && n <= 12;

/**
 * The deadline the parts describe, or null for an impossible date. `end` is the
 * last day the target allows: the end of the half, month or year named.
 */
function deadline(relation: Deadline["relation"], parts: Parts, yearSource: Deadline["yearSource"]): Deadline | null {
  const { year, month, day, half } = parts;
  if (!isYear(year) || (month !== undefined && !isMonth(month))) return null;
  const endMonth = month ?? (half === 1 ? 6 : 12);
  const endDay = day ?? lastDay(year, endMonth);
  if (endDay < 1 || endDay > lastDay(year, endMonth)) return null;
  return { relation, ...parts, end: iso(year, endMonth, endDay), yearSource };
}

type Shape = { pattern: RegExp; read: (n: number[], ctx: TargetContext) => Deadline | null; flags?: FlagCode[] };

/** Every deadline spelling seen in the sources, one line each. */
const DEADLINES: readonly Shape[] = [
  { pattern: /^(\d{4})年底前$/u, read: ([year = 0]) => deadline("by", { year }, "value") },
  { pattern: /^(\d{4})年(\d{1,2})月底前$/u, read: ([year = 0, month]) => deadline("by", { year, month }, "value") },
  { pattern: /^(\d{4})年上半年$/u, read: ([year = 0]) => deadline("during", { year, half: 1 }, "value") },
  { pattern: /^(\d{4})年下半年$/u, read: ([year = 0]) => deadline("during", { year, half: 2 }, "value") },
  {
    // 2024年12月: "in December" or "by December" — the end is the same, the relation is not stated.
    pattern: /^(\d{4})年(\d{1,2})月$/u,
    read: ([year = 0, month]) => deadline("during", { year, month }, "value"),
    flags: ["deadlineRelationAmbiguous"],
  },
  {
    pattern: /^(\d{4})年(\d{1,2})月(\d{1,2})日前?$/u,
    read: ([year = 0, month, day]) => deadline("by", { year, month, day }, "value"),
  },
  { pattern: /^(\d{4})年度?$/u, read: ([year = 0]) => deadline("during", { year }, "value") },
  {
    // ≤11月份 under 时效: a month of the budget year, not eleven months (that is 11个月).
    pattern: /^(\d{1,2})月份?$/u,
    read: ([month], ctx) => deadline("by", { year: ctx.documentYear, month }, "documentYear"),
    flags: ["monthOfBudgetYear"],
  },
  {
    // ≤12.05月|日: a month|day date picker's output, 5 December.
    pattern: /^(\d{1,2})\.(\d{2})月\|日$/u,
    read: ([month, day], ctx) => deadline("by", { year: ctx.documentYear, month, day }, "documentYear"),
    flags: ["pickerDate", "monthOfBudgetYear"],
  },
];

export function readDeadline(text: string, ctx: TargetContext): Reading | null {
  for (const { pattern, read, flags = [] } of DEADLINES) {
    const m = pattern.exec(text);
    if (!m) continue;
    const found = read(m.slice(1).map(Number), ctx);
    return found && { kind: "deadline", deadline: found, flags };
  }
  return null;
}

/**
 * A deadline under a comparison: ≤ makes it "by"; = keeps what the words say.
 * Anything else (≥2024年) has no reading.
 */
export function deadlineWithOp(reading: Reading, op: Comparison, opSource: OpSource): Reading | null {
  if (!reading.deadline || (op !== "<=" && op !== "=")) return null;
  if (op === "=") return { ...reading, op, opSource };
  return {
    ...reading,
    op,
    opSource,
    deadline: { ...reading.deadline, relation: "by" },
    flags: reading.flags.filter((f) => f !== "deadlineRelationAmbiguous"),
  };
}

const PERIOD = /^(\d+)个月[（(](\d{4})年(\d{1,2})月[至到\-—~](\d{4})年(\d{1,2})月[）)]$/u;

/**
 * 12个月（2020年11月至2021年10月）. The months counted must match the period
 * printed (both ends included); if they do not, the cell contradicts itself.
 */
export function readPeriodDuration(text: string): Reading | null {
  const m = PERIOD.exec(text);
  if (!m) return null;
  const [amount = 0, fromYear = 0, fromMonth = 0, toYear = 0, toMonth = 0] = m.slice(1).map(Number);
  const months = (toYear - fromYear) * 12 + toMonth - fromMonth + 1;
  if (amount < 1 || !isMonth(fromMonth) || !isMonth(toMonth) || months !== amount) return null;
  const duration = {
    amount,
    unit: "month" as const,
    from: `${fromYear}-${pad(fromMonth)}`,
    to: `${toYear}-${pad(toMonth)}`,
  };
  return { kind: "duration", duration, flags: [] };
}

const PER = { 月: "month", 季度: "quarter", 季: "quarter", 年: "year" } as const;
// The keys of PER, 季度 before 季.
const FREQUENCY = /^[按每](季度|[月季年])(.*)$/u;
const COUNT = new RegExp(`^(${NUMBER})(.*)$`, "u");

/** 按月; 每季度不少于1家 (per quarter, at least one enterprise). */
export function readFrequency(text: string): Reading | null {
  const m = FREQUENCY.exec(text);
  if (!m) return null;
  const per = PER[m[1] as keyof typeof PER];
  const rest = m[2] ?? "";
  if (rest === "") return { kind: "frequency", frequency: { per }, flags: [] };
  const split = splitOperator(rest);
  const c = split && COUNT.exec(split.rest);
  const count = c ? toNumber(c[1] ?? "") : null;
  const unit = c?.[2] ?? "";
  const entry = unit === "" ? null : knownUnit(unit);
  if (!split || count === null || (unit !== "" && entry?.dimension !== "count")) return null;
  const { op, opSource, flags } = split;
  return {
    kind: "frequency",
    ...(op && { op, opSource }),
    frequency: { per, count, ...(entry && { unit: entry.normalized }) },
    flags,
  };
}
