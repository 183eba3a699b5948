/**
 * A cell holding an empty paragraph is exported with a blank line inside it,
 * and a blank line is what ends a row (see tokens.ts). What follows the blank
 * paragraph then arrives as free text — `服务对象满意度⏎⏎指标`, `资金需求⏎⏎（万元）`,
 * `项目名称 … ⏎⏎政策任务-…`. This module gives such text back to its cell.
 */
import type { Ledger } from "../../ledger.ts";
import { cellText, isEmptyRow, type Row, type Token } from "./tokens.ts";

/**
 * Rows with every stray paragraph appended to the last filled cell before it.
 * When that cell ends its row and the text runs straight into TAB lines (no
 * blank line between), those cells are the rest of the same row — unless they
 * are all empty: Qingdao puts an empty spacer row right after such goal text,
 * and a row of blanks adds nothing to the row before it. Text with no row
 * before it stays out (the ledger reports it as skipped).
 */
export function rejoinParagraphs(tokens: readonly Token[], ledger: Ledger): Row[] {
  const rows: Row[] = [];
  // The line right after rejoined text that ended its row's last cell: a row starting there continues that row.
  let continuesAt: number | null = null;
  for (const token of tokens) {
    const previous = rows[rows.length - 1];
    if (token.type === "row") {
      const cells = token.cells.map((c) => ({ ...c }));
      if (previous && token.first === continuesAt && !isEmptyRow(token)) {
        previous.cells.push(...cells);
        previous.last = token.last;
      } else {
        rows.push({ ...token, cells });
      }
      continuesAt = null;
      continue;
    }
    const cell = previous && [...previous.cells].reverse().find((c) => cellText(c) !== "");
    if (!previous || !cell) {
      continuesAt = null;
      continue;
    }
    cell.text += `\n\n${token.text}`;
    cell.last = token.last;
    previous.last = Math.max(previous.last, token.last);
    for (let n = token.first; n <= token.last; n++) ledger.repaired.add(n);
    continuesAt = cell === previous.cells[previous.cells.length - 1] ? token.last + 1 : null;
  }
  return rows;
}
