/**
 * 资金支出计划: a row of period headings over a row of figures. Blank cells are
 * real blanks, so each figure is paired with the heading in its own column and
 * never shifted onto a neighbour.
 *
 * Qingdao's heading says （%） but the figures are running totals in 万元 (the
 * last one equals the budget); the unit is decided by that check, and flagged.
 */
import type { Budget, FlagCode, Project } from "../../../model/schema.ts";
import { figure } from "../../figure.ts";
import { cellText, type Row } from "./tokens.ts";

export function readSpendingPlan(
  header: Row,
  figures: Row,
  budget: Budget | null,
): { entries: Project["spendingPlan"]; flags: FlagCode[] } {
  const flags: FlagCode[] = [];
  const width = Math.max(header.cells.length, figures.cells.length);
  const entries: Project["spendingPlan"] = [];
  for (let i = 1; i < width; i++) {
    const by = cellText(header.cells[i]);
    const raw = cellText(figures.cells[i]);
    if (by === "" && raw === "") continue;
    if (by === "") flags.push("spendingPlanUnlabelled");
    entries.push({ by, value: figure(raw), raw });
  }
  const last = [...entries].reverse().find((e) => e.value !== null)?.value;
  const saysPercent = /[%％]/u.test(cellText(header.cells[0]));
  if (saysPercent && last !== undefined && budget?.total != null && last === budget.total && last !== 100) {
    flags.push("spendingPlanUnit");
  } else if (last !== undefined && budget?.total != null && last !== budget.total) {
    flags.push("spendingPlanMismatch");
  }
  return { entries, flags };
}
