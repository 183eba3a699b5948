/**
 * Comparisons, as signs and as words. A value gets an operator only from one
 * of these; a bare number has none (it is not "=").
 */
import type { FlagCode } from "../../model/schema.ts";
import type { Comparison, OpSource } from "./types.ts";

/** ≧ ≦ (U+2267/U+2266) and full-width ＞＜＝ occur next to ≥ ≤ in the same tables. */
const SIGNS: ReadonlyMap<string, Comparison> = new Map([
  [">=", ">="],
  ["≥", ">="],
  ["≧", ">="],
  ["<=", "<="],
  ["≤", "<="],
  ["≦", "<="],
  [">", ">"],
  ["＞", ">"],
  ["<", "<"],
  ["＜", "<"],
  ["=", "="],
  ["＝", "="],
]);

/** Words before the number: 至少2次, 不超过5万元. */
const LEADING_WORDS: ReadonlyMap<string, Comparison> = new Map([
  ["至少", ">="],
  ["不少于", ">="],
  ["不低于", ">="],
  ["不超过", "<="],
  ["不高于", "<="],
]);

/** Words after the value: 90%以上. 以下 and 以内 include the number itself, as in legal usage. */
const TRAILING_WORDS: ReadonlyMap<string, Comparison> = new Map([
  ["以上", ">="],
  ["以下", "<="],
  ["以内", "<="],
]);

type Form = { op: Comparison; opSource: OpSource };
const forms = (words: ReadonlyMap<string, Comparison>, opSource: OpSource) =>
  [...words].map(([text, op]): [string, Form] => [text, { op, opSource }]);
const LEADING_FORMS = new Map([...forms(SIGNS, "symbol"), ...forms(LEADING_WORDS, "word")]);
const TRAILING_FORMS = new Map(forms(TRAILING_WORDS, "word"));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest first, so ">=" is not read as ">" followed by "=". */
const alternation = (keys: Iterable<string>) =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

const SIGN = alternation(SIGNS.keys());
const LEADING = new RegExp(`^(?:${alternation(LEADING_FORMS.keys())})`);
const TRAILING = new RegExp(`(?:${alternation(TRAILING_FORMS.keys())})$`);
const ANY_SIGN = new RegExp(SIGN);
const SIGN_AT_END = new RegExp(`(?:${SIGN})$`);
/** Text without digits right before the first sign. */
const LABEL = new RegExp(`^(\\D+?)(?=${SIGN})`);

type Operator = { op?: Comparison; opSource?: OpSource; flags: FlagCode[]; rest: string };

/**
 * The comparison of a value and what is left of it. null when the value has two
 * (≥90%以上): which one was meant is not ours to decide.
 */
export function splitOperator(text: string): Operator | null {
  const lead = LEADING.exec(text)?.[0];
  const trail = TRAILING.exec(text)?.[0];
  if (lead !== undefined && trail !== undefined) return null;
  const form =
    lead !== undefined ? LEADING_FORMS.get(lead) : trail !== undefined ? TRAILING_FORMS.get(trail) : undefined;
  if (!form) return { flags: [], rest: text };
  const rest = lead !== undefined ? text.slice(lead.length) : text.slice(0, text.length - (trail?.length ?? 0));
  return { ...form, flags: form.opSource === "word" ? ["opFromWord"] : [], rest };
}

export const hasSign = (text: string): boolean => ANY_SIGN.test(text);

/** The value begins like a clean one: a number, perhaps after a sign or 至少. */
export const startsWithNumber = (text: string): boolean => /^\d/.test(text.slice(LEADING.exec(text)?.[0].length ?? 0));

/** A sign standing alone in a cell (指标值类型 "≥"), or null. */
export const signOf = (cell: string): Comparison | null => SIGNS.get(cell) ?? null;

/** A sign printed at the end of the indicator name (服务对象满意度≥), or null. */
export function nameSign(name: string | null): Comparison | null {
  const sign = SIGN_AT_END.exec(name?.trim() ?? "")?.[0];
  return sign === undefined ? null : signOf(sign);
}

/**
 * A value that repeats (part of) the indicator name before its comparison:
 * "满意度≥95%" for 企业满意度 → "≥95%". Only a label the name contains is dropped.
 */
export function stripNameLabel(text: string, name: string | null): { text: string; flags: FlagCode[] } {
  const label = LABEL.exec(text)?.[1];
  if (label === undefined || label.length < 2 || !name?.includes(label)) return { text, flags: [] };
  return { text: text.slice(label.length), flags: ["labelInValue"] };
}
