/**
 * What a cell of a target table can be, recognised by its words: the columns
 * of PDF-extracted rows drift, so cells are placed by what they say.
 */
import { asLevel1, asLevel2, compactLabel } from "../../levels.ts";
import { knownUnit } from "../../target/units.ts";

/** 指标值类型: the comparison or 定性/定量 (Changsha also prints > and 定量). */
const VALUE_TYPES = new Set(["≥", "≤", "=", ">", "<", "＞", "＜", "≧", "≦", "＝", "定性", "定量"]);
export const isValueType = (text: string): boolean => VALUE_TYPES.has(compactLabel(text));

/** "/" or "-" stand for "nothing here" in these tables. */
const PLACEHOLDERS = new Set(["/", "／", "-", "—", "－"]);
export const isPlaceholder = (text: string): boolean => PLACEHOLDERS.has(compactLabel(text));
export const isBlank = (text: string): boolean => text === "" || isPlaceholder(text);

/** 备注 holds the indicator's weight: "20", "20分", "20 分". */
export const isWeight = (text: string): boolean => /^\d+(?:\.\d+)?\s*分?$/u.test(text);

/** Words of a 评（扣）分标准 cell. */
const SCORING = /得满分|不得分|不计分|扣.{0,6}分|扣完|得\s*\d+(?:\.\d+)?\s*分|计\s*\d+\s*分|偏离|指标分值/u;
export const looksLikeScoring = (text: string): boolean => SCORING.test(text);

/** A 度量单位 cell: a unit of the target grammar, possibly after a count ("1年"), or a one-word echo (是, 无). */
export function looksLikeUnit(text: string): boolean {
  const t = compactLabel(text);
  if (knownUnit(t) || knownUnit(t.replace(/^\d+/u, ""))) return true;
  return t.length <= 2 && !/\d/u.test(t);
}

/** A target value: a number, a comparison, or one of the short answers of these tables. */
export const looksLikeValue = (text: string): boolean =>
  /^[≥≤=><≧≦]?\s*\d/u.test(text) || /^(?:[是否无有]|提升|提高|增长|扩大|全年|一年)$/u.test(compactLabel(text));

export type LevelLabel = { level: 1 | 2; raw: string };

/**
 * A printed level-1 or level-2 label. Labels of this family all end in 指标
 * (broken or not: "满意度指 标"); requiring it keeps an indicator named
 * 服务对象满意度 from being read as its level-2 label.
 */
export function levelLabel(text: string): LevelLabel | null {
  const label = compactLabel(text);
  if (!label.endsWith("指标")) return null;
  if (asLevel2(label)) return { level: 2, raw: text };
  if (asLevel1(label)) return { level: 1, raw: text };
  return null;
}
