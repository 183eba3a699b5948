/**
 * The printed words of the application forms that are labels, not content:
 * level labels (via levels.ts), section labels, the indicator header and the
 * form's header fields. Each is compared with white space removed.
 */
import { asLevel1, asLevel2 } from "../../levels.ts";

export type LabelRole = "level" | "section" | "header" | "field";

export type Section = "common" | "specific";

const SECTIONS: Record<string, Section> = {
  项目共性绩效指标: "common",
  共性绩效指标: "common",
  共性指标: "common",
  项目个性绩效指标: "specific",
  个性绩效指标: "specific",
  个性指标: "specific",
};

/** Column heads of the indicator table. */
const HEADER_WORDS = new Set(["一级指标", "二级指标", "三级指标", "指标值", "项目完成后预期达到的指标值"]);

/** Header fields of the form: blanks the applicant fills in. */
const FIELDS = new Set([
  "项目名称",
  "项目推荐单位",
  "项目承担单位",
  "项目开始时间",
  "项目结束时间",
  "总体目标",
  "年度目标",
]);

export function labelRole(word: string): LabelRole | null {
  if (asLevel1(word) || asLevel2(word)) return "level";
  if (Object.hasOwn(SECTIONS, word)) return "section";
  if (HEADER_WORDS.has(word)) return "header";
  if (FIELDS.has(word)) return "field";
  return null;
}

export const sectionOf = (word: string): Section | null => (Object.hasOwn(SECTIONS, word) ? SECTIONS[word]! : null);
