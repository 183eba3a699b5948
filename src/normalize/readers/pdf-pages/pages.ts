/**
 * A PDF disclosure as text → its pages. Every page of a table starts with the
 * table's title ("2023年项目支出绩效目标表"), then 部门名称：… and 单位：万元,
 * then TAB rows; a rule line of dashes closes the page's table. The extraction
 * sometimes prints a page's last row apart from its table, after a rule line
 * (a "fragment"); which record it belongs to is decided later, by meaning.
 * Text that is not part of a page is the narrative.
 */
import { isRuleLine, isTabRow, splitCells, type Cell } from "./text.ts";

export type SourceRow = {
  line: number;
  cells: Cell[];
  /** Printed after a rule line, apart from the table above it. */
  fragment: boolean;
};

export type Page = {
  title: string;
  titleLine: number;
  /** 单位：… as printed. */
  unit: string | null;
  rows: SourceRow[];
  /** Title, 部门名称, 单位, 注, rule lines: page furniture. */
  furniture: number[];
  lines: [number, number];
};

export type Pages = { pages: Page[]; narrative: number[] };

const META = /^\s*(?:部门名称|单位)[:：]\s*((?:\S.*)?)$/u;
const NOTE = /^\s*注[:：]/u;

const titleText = (line: string) => line.replace(/\*\*/gu, "").trim();

function nextFilled(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i]!.trim() !== "") return i;
  return -1;
}

/** A table title: a short line ending in 表, followed by the page's 部门名称/单位 lines or its first row. */
function isTitle(lines: readonly string[], i: number): boolean {
  const line = lines[i]!;
  const text = titleText(line);
  if (isTabRow(line) || !text.endsWith("表") || text.length > 40 || /^[-*•]/u.test(text)) return false;
  const next = nextFilled(lines, i + 1);
  return next >= 0 && (META.test(lines[next]!) || isTabRow(lines[next]!));
}

/** Split lines 1..n into pages and narrative line numbers (1-based). */
export function readPages(lines: readonly string[]): Pages {
  const pages: Page[] = [];
  const narrative: number[] = [];
  let page: Page | null = null;
  let afterRule = false;

  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === "") return;
    if (isTitle(lines, i)) {
      page = { title: titleText(line), titleLine: n, unit: null, rows: [], furniture: [n], lines: [n, n] };
      pages.push(page);
      afterRule = false;
      return;
    }
    const meta = META.exec(line);
    if (page && (isRuleLine(line) || meta || NOTE.test(line))) {
      page.furniture.push(n);
      page.lines[1] = n;
      if (meta && /^\s*单位/u.test(line)) page.unit = meta[1]!.trim() || null;
      afterRule = isRuleLine(line);
      return;
    }
    if (page && isTabRow(line)) {
      page.rows.push({ line: n, cells: splitCells(line), fragment: afterRule });
      page.lines[1] = n;
      afterRule = false;
      return;
    }
    page = null;
    narrative.push(n);
  });
  return { pages, narrative };
}
