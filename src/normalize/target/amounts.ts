/**
 * Numbers with their units: quantities (≥90%, 8.5万家次), ranges (18-33毫克/公斤)
 * and plain durations (≤7天, 1季度). The number is kept exactly as printed.
 */
import type { Reading, TargetContext } from "./types.ts";
import { toNumber } from "../figure.ts";
import { readSuffix, unitField, type Suffix } from "./units.ts";

export const NUMBER = String.raw`\d+(?:\.\d+)?`;

const LEADING_NUMBER = new RegExp(`^${NUMBER}`, "u");
const RANGE_SEPARATOR = /^[-－~～—至]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/**
 * The number a text starts with and the rest of it (a unit, perhaps), or null.
 * The number is matched once and the rest taken as it is: a regex "number,
 * then anything" would give back digits and retry on a rest that holds a line
 * break, quadratic in the number's length. A rest with a line break is no unit.
 */
function leadingNumber(text: string): { digits: string; rest: string } | null {
  const digits = LEADING_NUMBER.exec(text)?.[0];
  if (digits === undefined) return null;
  const rest = text.slice(digits.length);
  return { digits, rest };
}

function singleLine(rest: string): string | null {
  return LINE_BREAK.test(rest) ? null : rest;
}

/** number [unit]: a quantity, or a duration when the unit measures time. */
export function readAmount(text: string, ctx: TargetContext): Reading | null {
  const m = leadingNumber(text);
  const value = m ? toNumber(m.digits) : null;
  const suffix = m ? singleLine(m.rest) : null;
  if (value === null || suffix === null) return null;
  if (suffix === "万") return bareWan(value, ctx);
  const read = readSuffix(suffix);
  const unit = read?.unit?.entry;
  if (unit?.dimension === "time") {
    // 月 alone has no length: "13月" is neither a month of the year nor clearly thirteen months.
    return unit.duration ? { kind: "duration", duration: { amount: value, unit: unit.duration }, flags: [] } : null;
  }
  return read && withSuffix({ kind: "quantity", value, flags: [] }, read);
}

/** min-max [unit], only between two bare numbers (2023年1月-12月 is a period, not a range). */
export function readRange(text: string): Reading | null {
  const first = leadingNumber(text);
  const separator = first && RANGE_SEPARATOR.exec(first.rest)?.[0];
  const second = first && separator ? leadingNumber(first.rest.slice(separator.length)) : null;
  const suffix = second ? singleLine(second.rest) : null;
  const min = first && suffix !== null ? toNumber(first.digits) : null;
  const max = second && suffix !== null ? toNumber(second.digits) : null;
  const read = suffix === null ? null : readSuffix(suffix);
  if (min === null || max === null || min > max || !read || read.unit?.entry.dimension === "time") return null;
  return withSuffix({ kind: "range", min, max, flags: [] }, read);
}

function withSuffix(reading: Reading, { unit, scale }: Suffix): Reading {
  return {
    ...reading,
    ...(unit && { unit: unitField(unit.raw, unit.entry, "value") }),
    ...(scale !== undefined && { scale }),
    flags: unit?.entry.flag ? [unit.entry.flag] : [],
  };
}

/**
 * "≤170万": 万 with nothing after it. Money only where the table is headed
 * 单位：万元 and the row is a cost (QD's ≤170万 equals the project budget 170.00);
 * anywhere else the dimension is unknown (≥80万 counts page views).
 */
function bareWan(value: number, ctx: TargetContext): Reading {
  if (ctx.tableUnit === "万元" && ctx.level1 === "成本指标") {
    const unit = { raw: "万", normalized: "万元", dimension: "money", source: "tableHeader" } as const;
    return { kind: "quantity", value, unit, flags: ["unitFromTableHeader"] };
  }
  return { kind: "quantity", value, scale: 10000, flags: ["bareWan"] };
}
