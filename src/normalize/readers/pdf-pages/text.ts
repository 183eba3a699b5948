/**
 * Lines of a PDF turned into text: table rows are TAB-separated cells, a page
 * ends with a rule line of dashes, and the extraction leaves debris in cells
 * (HTML paragraph tags, a space wherever a cell wrapped onto a new line).
 */

/** One cell of a source row; `col` is its position among the TAB-separated fields. */
export type Cell = { text: string; col: number };

const MARKUP = /<\/?(?:p|br|span|div)\b[^>]*>/giu;

export const isTabRow = (line: string): boolean => line.includes("\t");

/** `-- | ---- | --`: the rule the extraction draws under a page's table. */
export function isRuleLine(line: string): boolean {
  const fields = line.split("\t").map((f) => f.trim());
  return fields.some((f) => f !== "") && fields.every((f) => f === "" || /^-{2,}$/u.test(f));
}

export const hasMarkup = (text: string): boolean => text.replace(MARKUP, "") !== text;

/** The cells of a row, trimmed, stray markup removed. */
export function splitCells(line: string): Cell[] {
  return line.split("\t").map((text, col) => ({ text: text.replace(MARKUP, "").trim(), col }));
}

const WRAP = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/**
 * A cell that wrapped in the PDF comes back with a space at the break
 * ("社会效益指 标", "去世慰 问"). Chinese puts no spaces between characters,
 * so a space between two Han characters is a break; spaces next to digits
 * or Latin words ("2023 年", "windows server") are kept.
 */
export function joinWrapped(text: string): string {
  return text.replace(WRAP, "$1");
}
