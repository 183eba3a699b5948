/**
 * What an indicator name of a form says besides its name: check-box
 * alternatives (A□/B□/C□, the applicant ticks one) and a unit in brackets at
 * its end (（个）, （%）, （万元）, (吨)).
 */
import { BOX } from "./lines.ts";

/**
 * `合同金额：A□/B□/C□（万元）` → [A, B, C]: split after each box; a stem
 * ending in a colon before the first box is not an alternative. A box after a
 * heading (`…提升□：新增…`) offers that one alternative.
 */
export function checkboxOptions(name: string): string[] | undefined {
  if (!name.includes(BOX)) return undefined;
  return name.split(new RegExp(`(?<=${BOX})\\s*/\\s*`, "u")).map((part, k) => {
    const box = part.indexOf(BOX);
    const option = box < 0 ? part : part.slice(0, box);
    return (k === 0 ? option.replace(/^.*[：:]/u, "") : option).trim();
  });
}

/** A name with exactly one box, at its end, and nothing else to fill in: a sub-group heading or a single tick. */
export const isSingleBox = (name: string) => name.trim().endsWith(BOX) && name.indexOf(BOX) === name.lastIndexOf(BOX);

/** A short bracket at the end without digits is a unit (升/百千米, 件/吨, %), not a qualifier like （2021年）. */
const UNIT_AT_END = /[（(]([^（）()\d]{1,6})[）)]\s*$/u;

export function nameUnit(name: string): string | undefined {
  return UNIT_AT_END.exec(name)?.[1];
}
