/**
 * Numbers with their units: quantities (≥90%, 8.5万家次), ranges (18-33毫克/公斤)
 * and plain durations (≤7天, 1季度). The number is kept exactly as printed.
 */
import type { Reading, TargetContext } from "./types.ts";
import { readSuffix, unitField, type Suffix } from "./units.ts";

export const NUMBER = String.raw`\d+(?:\.\d+)?`;

/**
 * The printed digits as a number, or null past 15 significant digits, where a
 * double would no longer print back the same digits.
 */
export function toNumber(digits: string): number | null {
  return digits.replace(/^0+|\./g, "").length > 15 ? null : Number(digits);
}

// (?!\d): a number is read whole, so a line that cannot match fails at once instead of
// retrying every shorter number (same matches: .* takes any rest but a line break).
const AMOUNT = new RegExp(`^(${NUMBER})(?!\\d)(.*)$`, "u");
const RANGE = new RegExp(`^(${NUMBER})[-－~～—至](${NUMBER})(?!\\d)(.*)$`, "u");

/** number [unit]: a quantity, or a duration when the unit measures time. */
export function readAmount(text: string, ctx: TargetContext): Reading | null {
  const m = AMOUNT.exec(text);
  const value = m ? toNumber(m[1] ?? "") : null;
  if (!m || value === null) return null;
  const suffix = m[2] ?? "";
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
  const m = RANGE.exec(text);
  const min = m ? toNumber(m[1] ?? "") : null;
  const max = m ? toNumber(m[2] ?? "") : null;
  const read = m ? readSuffix(m[3] ?? "") : null;
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
