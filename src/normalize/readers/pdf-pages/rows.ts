/**
 * One body row of a target table → what it holds. A row may open a record
 * (unit code, name, amount, goal: the "head"), be a unit subtotal or the grand
 * total (合计), and carry one indicator or an empty category. Which cells are
 * which is decided by their words, not their columns: a row shifted left still
 * starts its indicator part with a level label, a subtotal is a code, a name
 * and an amount with nothing after them.
 */
import type { VFile } from "vfile";
import type { Budget, FlagCode } from "../../../model/schema.ts";
import { fail, quote } from "../../errors.ts";
import { figure } from "../../figure.ts";
import { compactLabel } from "../../levels.ts";
import { align } from "./align.ts";
import { readUnitBudget } from "./budget.ts";
import type { IndicatorRole, Layout } from "./header.ts";
import type { SourceRow } from "./pages.ts";
import { joinWrapped, type Cell } from "./text.ts";
import { isBlank, isPlaceholder, levelLabel, type LevelLabel } from "./vocab.ts";

export type Head = {
  /** The unit code as printed; null where the cell is empty (a project opened mid-page). */
  code: string | null;
  name: string;
  /** 资金总额 as printed. */
  total: string;
  /** 资金总额, and for 部门整体 tables its split by source and by use. */
  budget: Budget;
  goal: string | null;
};

export type IndicatorText = Partial<Record<IndicatorRole, string>>;

export type Body = {
  /** Level labels printed in this row, in order. */
  levels: LevelLabel[];
  /** The indicator's cells; null when the row holds none (an empty category, or only a head). */
  cells: IndicatorText | null;
  flags: FlagCode[];
  /** The row needed a repair to be read (shifted, merged, wrapped or stray cells). */
  repaired: boolean;
  /** How well the cells fit the layout's roles (see align.ts); 0 without an indicator. */
  fit: number;
  /** Text cells no column could take (a stray "-" is dropped): the reader reports them. */
  strays: string[];
};

export type RowReading =
  | { type: "total"; row: SourceRow; total: string }
  | { type: "subtotal"; row: SourceRow; code: string; name: string; total: string }
  | { type: "body"; row: SourceRow; head: Head | null; body: Body };

const UNIT_CODE = /^\d{3,}$/u;
const TOTAL_WORDS = new Set(["合计", "总计"]);
const filled = (cells: readonly Cell[]) => cells.filter((c) => c.text !== "");

/** Level labels at the start of the indicator part: at most one level-1 then one level-2. */
function readLevels(cells: readonly Cell[]): { levels: LevelLabel[]; rest: Cell[] } {
  const levels: LevelLabel[] = [];
  let end = 0;
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i]!.text;
    if (text === "") continue;
    const label = levelLabel(text);
    const last = levels[levels.length - 1];
    if (!label || (last && (last.level === 2 || label.level === 1))) break;
    levels.push(label);
    end = i + 1;
  }
  return { levels, rest: cells.slice(end) };
}

/** Where the indicator part starts: at the first level label, else after a coded head, else at once. */
function indicatorStart(cells: readonly Cell[]): number {
  const label = cells.findIndex((c) => levelLabel(c.text) !== null);
  if (label >= 0) return label;
  const [first, second, third, goal] = filled(cells);
  if (first && UNIT_CODE.test(first.text) && second && third && figure(third.text) !== null) {
    // A head without level labels: code, name, amount, goal, then the indicator.
    return (goal ?? third).col + 1;
  }
  return 0;
}

function readHead(file: VFile, row: SourceRow, part: readonly Cell[], kind: Layout["kind"]): Head | null {
  const cells = filled(part);
  if (cells.length === 0) return null;
  const code = UNIT_CODE.test(cells[0]!.text) ? cells.shift()!.text : null;
  const [name, total, ...rest] = cells;
  if (!name || !total || figure(total.text) === null || levelLabel(name.text)) {
    fail(
      file,
      row.line,
      "a unit code, a name and an amount (资金总额) before the indicator cells",
      quote(part.map((c) => c.text).join(" | ")),
      "pdf-pages:unreadable-head",
    );
  }
  // The goal is the last text cell; for 部门整体 tables the figures before it are the budget split.
  const goalIndex = rest.findLastIndex((c) => figure(c.text) === null);
  const goal = goalIndex >= 0 ? rest[goalIndex]! : null;
  if (kind === "project" && rest.length > 1) {
    fail(file, row.line, "one 绩效目标 cell after the amount", `${rest.length} cells`, "pdf-pages:unreadable-head");
  }
  return {
    code,
    name: joinWrapped(name.text),
    total: total.text,
    budget: readBudget(file, row, kind, part, total, goal),
    goal: goal ? goal.text : null,
  };
}

function readBudget(
  file: VFile,
  row: SourceRow,
  kind: Layout["kind"],
  part: readonly Cell[],
  total: Cell,
  goal: Cell | null,
): Budget {
  if (kind === "project") return { total: figure(total.text), fiscal: null, other: null, raw: { total: total.text } };
  const split = part.filter((c) => c.col > total.col && (!goal || c.col < goal.col));
  const { budget, unread } = readUnitBudget(total.text, split);
  if (unread.length > 0) {
    fail(
      file,
      row.line,
      "at most two expense figures (基本支出, 项目支出) after the income figures",
      `also ${unread.map(quote).join(", ")}`,
      "pdf-pages:budget-split",
    );
  }
  return budget;
}

/** A value printed after a name in one cell ("4", "≥ 95%", "12 次"). */
const VALUE_AFTER_NAME = /^[≥≤=><]?\s*\d[\d.,]*\s*(?:%|\p{Script=Han}{1,2})?$/u;
/** A value holds at most two runs of white space (after its sign, before its unit). */
const VALUE_SPACES = 2;

/**
 * "评审工作会议次数 4": a name printed with its value in one cell, split at the
 * last white space that leaves a value after it. Only the last few runs of
 * white space are tried, from the right: a regex "(.*\S)\s+(value)" retried
 * every split of a long name.
 */
function nameWithValue(cell: string): { name: string; value: string } | null {
  let end = cell.length;
  for (let run = 0; run <= VALUE_SPACES; run++) {
    let spaceEnd = end;
    while (spaceEnd > 0 && !/\s/u.test(cell[spaceEnd - 1]!)) spaceEnd--;
    let spaceStart = spaceEnd;
    while (spaceStart > 0 && /\s/u.test(cell[spaceStart - 1]!)) spaceStart--;
    if (spaceStart === 0) return null;
    const value = cell.slice(spaceEnd);
    if (spaceEnd > spaceStart && VALUE_AFTER_NAME.test(value)) return { name: cell.slice(0, spaceStart), value };
    end = spaceStart;
  }
  return null;
}

/**
 * Repairs of cells the extraction merged or moved, after the alignment. A
 * comparison printed in the name cell ("服务对象满意度≥") stays there: the
 * target grammar reads it from the name.
 */
function repair(cells: IndicatorText, flags: FlagCode[]): void {
  const name = cells.name ?? "";
  const nameValue = cells.value ? null : nameWithValue(name);
  if (nameValue) {
    cells.name = nameValue.name;
    cells.value = nameValue.value;
    flags.push("cellSplit");
  }
  // "≥ | (empty) | 20次": the value printed one cell to the right, in the unit's place.
  if (!cells.value && cells.unit && /^[≥≤=><]?\s*\d/u.test(cells.unit)) {
    cells.value = cells.unit;
    delete cells.unit;
    flags.push("rowShifted");
  }
  for (const role of ["name", "description", "scoring", "basis"] as const) {
    const text = cells[role];
    if (text === undefined) continue;
    const joined = joinWrapped(text);
    if (joined !== text) flags.push("cellJoined");
    cells[role] = joined;
  }
}

export function readBody(cells: readonly Cell[], layout: Layout): Body {
  const { levels, rest } = readLevels(cells);
  const flags: FlagCode[] = [];
  if (levels.some((l) => joinWrapped(l.raw) !== l.raw)) flags.push("cellJoined");
  const part =
    levels.length > 0
      ? rest
      : rest.slice(
          Math.max(
            0,
            rest.findIndex((c) => c.text !== ""),
          ),
        );
  if (part.every((c) => isBlank(c.text))) {
    return { levels, cells: null, flags, repaired: flags.length > 0, fit: 0, strays: [] };
  }
  const alignment = align(part, layout.roles);
  const text: IndicatorText = {};
  for (const [role, cell] of Object.entries(alignment.cells)) text[role as IndicatorRole] = cell.text;
  if (!alignment.regular) flags.push("rowShifted");
  repair(text, flags);
  return {
    levels,
    cells: text,
    flags: [...new Set(flags)],
    repaired: flags.length > 0 || alignment.strays.length > 0,
    fit: alignment.score,
    strays: alignment.strays.filter((c) => !isPlaceholder(c.text)).map((c) => c.text),
  };
}

export function readRow(file: VFile, row: SourceRow, layout: Layout): RowReading {
  const cells = filled(row.cells);
  const first = cells[0];
  const stated = cells.find((c) => figure(c.text) !== null);
  if (first && TOTAL_WORDS.has(compactLabel(first.text)) && stated) return { type: "total", row, total: stated.text };
  const start = indicatorStart(row.cells);
  const head = readHead(file, row, row.cells.slice(0, start), layout.kind);
  const indicatorCells = row.cells.slice(start);
  if (head && head.code && !head.goal && layout.kind === "project" && indicatorCells.every((c) => c.text === "")) {
    return { type: "subtotal", row, code: head.code, name: head.name, total: head.total };
  }
  return { type: "body", row, head, body: readBody(indicatorCells, layout) };
}
