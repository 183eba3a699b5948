/**
 * 指标值确定依据 (the basis of a target value). The category is read only from
 * a leading 计划/行业/历史/其他标准, never guessed from free text.
 */
import type { z } from "zod";
import type { basis as basisSchema } from "../model/schema.ts";

type Basis = z.infer<typeof basisSchema>;

const CATEGORIES: [RegExp, Basis["category"]][] = [
  [/^计划标准/u, "plan"],
  [/^行业标准/u, "industry"],
  // 历史指标 is one unit's word for 历史标准.
  [/^历史(?:标准|指标)/u, "history"],
  [/^其他标准/u, "other"],
];

/** 〔2021〕18号 / [2022]40号 document numbers with their prefix, and 《titles》. */
const DOCUMENT_NUMBER = /(?<![\p{Script=Han}A-Za-z])[\p{Script=Han}A-Za-z]+[〔[［(（]\d{4}[〕\]］)）]\d+号/gu;
const TITLE = /《[^》]+》/gu;

export function parseBasis(raw: string): Basis | null {
  const text = raw.trim();
  if (text === "") return null;
  const category = CATEGORIES.find(([re]) => re.test(text))?.[1] ?? null;
  const documents = [...new Set([...(text.match(TITLE) ?? []), ...(text.match(DOCUMENT_NUMBER) ?? [])])];
  return { raw: text, category, documents };
}
