/**
 * The cells of one indicator row → the header's roles, by meaning.
 *
 * The extraction drops empty cells, inserts empty ones and moves whole rows
 * left or right, so a cell's column says little. Its words say more: a value
 * type is one of ≥ ≤ = > 定性 定量, a weight is a number (with 分), a scoring
 * rule speaks of 得分 and 扣分. The cells are matched to the roles in header
 * order (an order-preserving alignment, like aligning two sequences): every
 * non-empty cell must find a role, a role may stay without a cell, and among
 * the alignments the one whose cells best fit their roles wins.
 */
import type { IndicatorRole } from "./header.ts";
import type { Cell } from "./text.ts";
import { isPlaceholder, isValueType, isWeight, looksLikeScoring, looksLikeUnit, looksLikeValue } from "./vocab.ts";

/** How well a non-empty cell fits a role: > 0 fits, < 0 contradicts. */
function fit(text: string, role: IndicatorRole): number {
  switch (role) {
    case "valueType":
      return isValueType(text) ? 5 : -5;
    case "weight":
      return isWeight(text) ? 2 : -5;
    case "scoring":
      return looksLikeScoring(text) ? 2 : 0;
    case "description":
      return looksLikeScoring(text) ? -1 : 0;
    case "unit":
      // "1年" is a unit cell, but a number with a unit is more often a value printed one cell late.
      if (/^\d/u.test(text)) return looksLikeUnit(text) ? 0.3 : -1;
      return looksLikeUnit(text) || isPlaceholder(text) ? 1.5 : -1;
    case "value":
      // A value never ends in a comparison sign; a name does ("服务对象满意度≥").
      if (/[≥≤=><≧≦]$/u.test(text)) return -1;
      return looksLikeValue(text) ? 1 : text.length > 20 ? -0.5 : 0;
    case "name":
      return /^[\d.,%]+$/u.test(text) ? -1 : 0;
    case "basis":
      return 0;
  }
}

/** A role left without a cell: cheap for optional cells, dearer for the name and the value. */
const MISSING: Record<IndicatorRole, number> = {
  name: -1,
  value: -1,
  description: -0.5,
  basis: -0.5,
  scoring: -0.5,
  unit: -0.5,
  valueType: -0.5,
  weight: -0.3,
};
/** An empty cell taken as a role's (empty) content: a slight preference over dropping it. */
const EMPTY_MATCH = 0.1;
/** A non-empty cell no role takes: allowed only when nothing else fits; a stray "-" costs less, it says nothing. */
const STRAY = -10;
const STRAY_PLACEHOLDER = -2;

export type Alignment = {
  /** The cell each role received; a role absent here had no cell in the row. */
  cells: Partial<Record<IndicatorRole, Cell>>;
  /** Non-empty cells no role could take, in row order. */
  strays: Cell[];
  /** False when the cells did not follow the header order one by one (a cell was skipped or a role had none in between). */
  regular: boolean;
  /** How well the cells fit the roles: compares readings of one row under two layouts. */
  score: number;
};

type Step = "match" | "skipCell" | "skipRole";

const skipCost = (text: string) => (text === "" ? 0 : isPlaceholder(text) ? STRAY_PLACEHOLDER : STRAY);

export function align(cells: readonly Cell[], roles: readonly IndicatorRole[]): Alignment {
  const n = cells.length;
  const m = roles.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const step: (Step | null)[][] = Array.from({ length: n + 1 }, () => new Array<Step | null>(m + 1).fill(null));
  score[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = score[i]![j]!;
      if (here === -Infinity) continue;
      const relax = (a: number, b: number, value: number, s: Step) => {
        if (value > score[a]![b]!) {
          score[a]![b] = value;
          step[a]![b] = s;
        }
      };
      if (i < n && j < m) {
        const text = cells[i]!.text;
        relax(i + 1, j + 1, here + (text === "" ? EMPTY_MATCH : fit(text, roles[j]!)), "match");
      }
      if (i < n) relax(i + 1, j, here + skipCost(cells[i]!.text), "skipCell");
      if (j < m) relax(i, j + 1, here + MISSING[roles[j]!], "skipRole");
    }
  }

  const placed: Partial<Record<IndicatorRole, Cell>> = {};
  const strays: Cell[] = [];
  const path: Step[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const s = step[i]![j]!;
    path.unshift(s);
    if (s === "match") placed[roles[--j]!] = cells[--i]!;
    else if (s === "skipCell") {
      if (cells[--i]!.text !== "") strays.unshift(cells[i]!);
    } else j--;
  }
  return { cells: placed, strays, regular: isRegular(path, cells), score: score[n]![m]! };
}

/**
 * Regular: from the first to the last non-empty cell, each cell took the next
 * role. Empty cells before or after, and roles missing at either end, are how
 * a row with fewer cells looks; a gap in between means the row was shifted.
 */
function isRegular(path: readonly Step[], cells: readonly Cell[]): boolean {
  const filled = cells.map((c) => c.text !== "");
  const first = filled.indexOf(true);
  const last = filled.lastIndexOf(true);
  let i = 0;
  for (const s of path) {
    if (s === "skipRole") {
      if (i > first && i <= last) return false;
      continue;
    }
    if (s === "skipCell" && i >= first && i <= last) return false;
    i++;
  }
  return true;
}
