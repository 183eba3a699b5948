/**
 * A transposed province table (Guangdong 2021, 企业情况综合工作经费): one row
 * per implementing unit, the indicators as columns.
 *
 *   承担单位 | 总体绩效目标 | 一级指标 | 产出 | 效益
 *            |              | 二级指标 | 数量指标 | 时效指标 | 社会效益指标
 *            |              | 三级指标 | name 1 | name 2 | name 3 | name 4
 *   广州     | goal         | 指标值   | v1 | v2 | v3 | v4        one record per unit row
 *   深圳     |              | 指标值   | …                         a blank goal repeats the one above
 *
 * The export loses column spans, so fewer level labels than indicator
 * columns arrive; see `spread`.
 */
import type { Project } from "../../../model/schema.ts";
import { fail, quote } from "../../errors.ts";
import type { IndicatorCells } from "../../indicator.ts";
import { mark } from "../../ledger.ts";
import { compactLabel } from "../../levels.ts";
import { buildRecord } from "../record.ts";
import { goalsByLine } from "./goals.ts";
import { rejoinParagraphs } from "./paragraphs.ts";
import type { ProvinceContext } from "./province-context.ts";
import { cellText, isEmptyRow, joinLines, tidy, type Row, type Text, type Token } from "./tokens.ts";

export type TransposedTable = { heads: Text[]; name: string; body: Token[] };

const LEVEL_ROWS = ["一级指标", "二级指标", "三级指标"] as const;
type LevelRow = (typeof LEVEL_ROWS)[number];
const VALUE_ROW = "指标值";

/** Labels of the columns left of the level labels: which one names the unit, which one holds the goal. */
const UNIT_LABELS = new Set(["承担单位"]);
const GOAL_LABELS = new Set(["总体绩效目标", "总体目标"]);

const labelAt = (row: Row) =>
  row.cells.findIndex((c) => (LEVEL_ROWS as readonly string[]).includes(compactLabel(cellText(c))));

/** The first row of a transposed table: a 一级指标 row label with the level-1 labels to its right, no 三级指标 column header. */
export function isTransposedHeader(row: Row): boolean {
  const labels = row.cells.map((c) => compactLabel(cellText(c)));
  const at = labels.indexOf("一级指标");
  return at > 0 && at < labels.length - 1 && !labels.includes("三级指标");
}

/**
 * k labels over n columns whose spans were lost: the first label takes the
 * extra columns (Guangdong: 产出 over 3 columns, 数量指标 over 2). A column's
 * label is `inferred` when another in-order spread would give it a different one.
 */
export function spread(labels: readonly string[], n: number): { label: string | null; inferred: boolean }[] {
  const extra = n - labels.length;
  return Array.from({ length: n }, (_, j) => {
    if (labels.length === 0) return { label: null, inferred: false };
    const lowest = Math.max(0, j - extra);
    const highest = Math.min(labels.length - 1, j);
    return { label: labels[Math.max(0, j - extra)] ?? null, inferred: lowest !== highest };
  });
}

export function readTransposedTable(
  { file, entry, ledger }: ProvinceContext,
  table: TransposedTable,
  firstNumber: number,
): Project[] {
  const rows = rejoinParagraphs(table.body, ledger);
  for (const head of table.heads) mark(ledger, head.first, head.last, "record");

  const header = rows[0]!;
  const at = labelAt(header);
  const leftLabels = header.cells.slice(0, at).map((c) => compactLabel(cellText(c)));
  const unitColumn = leftLabels.findIndex((l) => UNIT_LABELS.has(l));
  const goalColumn = leftLabels.findIndex((l) => GOAL_LABELS.has(l));
  if (unitColumn < 0) {
    fail(
      file,
      header.first,
      `a 承担单位 column left of 一级指标`,
      quote(leftLabels.join(" | ")),
      "word-cells:transposed-no-unit",
    );
  }

  const levels: Partial<Record<LevelRow, { labels: string[]; row: Row }>> = {};
  const unitRows: Row[] = [];
  for (const row of rows) {
    if (isEmptyRow(row)) {
      mark(ledger, row.first, row.last, "structure", "empty table row");
      continue;
    }
    const rowLabel = compactLabel(cellText(row.cells[at]));
    if ((LEVEL_ROWS as readonly string[]).includes(rowLabel)) {
      levels[rowLabel as LevelRow] = { labels: row.cells.slice(at + 1).map((c) => joinLines(c.text)), row };
    } else if (rowLabel === VALUE_ROW) {
      unitRows.push(row);
    } else {
      fail(
        file,
        row.first,
        `a row labelled ${LEVEL_ROWS.join("/")} or ${VALUE_ROW} in column ${at + 1}, as at line ${header.first}`,
        quote(cellText(row.cells[at])),
        "word-cells:transposed-row",
      );
    }
    mark(ledger, row.first, row.last, "record");
  }

  const names = levels.三级指标;
  if (!names)
    fail(file, header.first, "a 三级指标 row naming the indicator columns", "none", "word-cells:transposed-no-names");
  const n = names.labels.length;
  for (const level of LEVEL_ROWS) {
    const found = levels[level];
    if (found && found.labels.length > n) {
      fail(
        file,
        found.row.first,
        `at most ${n} ${level} labels, one per indicator column`,
        `${found.labels.length}`,
        "word-cells:transposed-levels",
      );
    }
  }
  const level1 = spread(levels.一级指标?.labels ?? [], n);
  const level2 = spread(levels.二级指标?.labels ?? [], n);

  let goal = "";
  return unitRows.map((row, i) => {
    const unitName = joinLines(row.cells[unitColumn]?.text ?? "");
    const values = row.cells.slice(at + 1);
    if (values.length !== n) {
      fail(
        file,
        row.first,
        `${n} values, one per indicator named at line ${names.row.first}`,
        `${values.length}`,
        "word-cells:transposed-row-width",
      );
    }
    if (unitName === "")
      fail(file, row.first, "the unit's name in the 承担单位 column", "an empty cell", "word-cells:transposed-no-unit");
    // The goal is a merged cell: printed on the first row (and again after a page break), blank below.
    if (goalColumn >= 0 && cellText(row.cells[goalColumn]) !== "") goal = cellText(row.cells[goalColumn]);
    const indicators = values.map((cell, j): IndicatorCells => ({
      level1Raw: level1[j]!.label,
      level2Raw: level2[j]!.label,
      name: names.labels[j]!,
      value: tidy(cell.text),
      flags: level1[j]!.inferred || level2[j]!.inferred ? ["levelInferred"] : [],
      lines: [cell.first, cell.last],
    }));
    return buildRecord(entry, {
      kind: "project",
      key: [null, table.name, unitName],
      number: firstNumber + i,
      name: table.name,
      // The 承担单位 column names a city government: printed as the unit, and the record's scope.
      unit: { code: null, name: unitName },
      scope: unitName,
      goals: goalsByLine(goal),
      extra: leftLabels.flatMap((label, k) =>
        k === unitColumn || k === goalColumn || cellText(row.cells[k]) === ""
          ? []
          : [{ label, value: cellText(row.cells[k]) }],
      ),
      // The unit's own row; its name, levels and goal come from the shared rows above it.
      lines: [row.first, row.last],
      indicators,
    });
  });
}
