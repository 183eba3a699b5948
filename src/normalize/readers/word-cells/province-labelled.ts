/**
 * A label/value province table (Guangdong 2021):
 *
 *   项目名称 | name ⏎⏎ 政策任务-<task>          the task after a blank paragraph → extra
 *   资金需求（万元） | 2082.6 ⏎⏎ 〔note〕         or `资金需求 | 500万元`
 *   支出内容 | … / 政策依据 | …                 any other label → extra, verbatim
 *   总体绩效目标（概述） | goals                 (总体目标 in sub-tables)
 *   绩效指标 | 一级指标 | 二级指标 | 三级指标 | 三级指标目标值     indicator header: columns by label
 *   indicator rows, level cells carried down from merged cells
 *
 * A sub-table (`<name>-<city>绩效目标表`) has no 项目名称 row: its name and
 * city come from the headings the caller found.
 */
import type { Budget, Project } from "../../../model/schema.ts";
import { fail } from "../../errors.ts";
import { figure } from "../../figure.ts";
import type { IndicatorCells } from "../../indicator.ts";
import { mark } from "../../ledger.ts";
import { compactLabel } from "../../levels.ts";
import { buildRecord } from "../record.ts";
import { carryLevelsDown } from "./carry-levels.ts";
import { goalsByLine } from "./goals.ts";
import { rejoinParagraphs } from "./paragraphs.ts";
import { readIndicatorHeader, requireIndicators } from "./indicator-header.ts";
import type { ProvinceContext } from "./province-context.ts";
import { cellText, isEmptyRow, joinLines, tidy, type Cell, type Row, type Token } from "./tokens.ts";

export type LabelledTable = {
  /** Heading lines that name the table (项目名称：…, …-广州市绩效目标表); none when it has a 项目名称 row. */
  heads: Token[];
  name: string | null;
  scope: string | null;
  body: Token[];
};

type Column = "level1Raw" | "level2Raw" | "name" | "value" | "periodValue";

/** Indicator header labels → the field each column holds; other labels (绩效指标, 绩效目标) caption the block. */
const COLUMNS: Record<string, Column> = {
  一级指标: "level1Raw",
  二级指标: "level2Raw",
  三级指标: "name",
  指标值: "value",
  三级指标目标值: "value",
  当年度指标值: "value",
  项目周期指标值: "periodValue",
};

const GOAL_LABELS = new Set(["总体绩效目标", "总体目标", "年度绩效目标"]);
const BUDGET_LABELS = new Set(["资金需求"]);

/** `资金需求⏎（万元）` → label 资金需求, note 万元. */
function splitLabel(cell: Cell | undefined): { label: string; note: string | null } {
  const text = compactLabel(cellText(cell));
  const m = /^(.+?)[（(]([^（）()]+)[）)]$/u.exec(text);
  return m ? { label: m[1]!, note: m[2]! } : { label: text, note: null };
}

/** A cell's parts as separated by blank paragraphs, each part's lines joined. */
const parts = (cell: Cell | undefined) =>
  (cell?.text ?? "")
    .split(/\n\s*\n/u)
    .map(joinLines)
    .filter((p) => p !== "");

/** `政策任务-<task>`: a short label, a dash, a value. */
const LABELLED_PART = /^(\p{Script=Han}{2,8})\s*[-－—–]\s*(\S.*)$/u;

/** 资金需求 in 万元: the figure as printed, read only when 万元 is stated in the value or its label. */
function readBudget(raw: string, labelUnit: string | null): Budget {
  // A figure, perhaps with its unit written after it (`500万元`).
  const unitStated = raw.endsWith("万元") && raw.length > "万元".length;
  const inWan = unitStated || labelUnit === "万元";
  return {
    total: inWan ? figure(unitStated ? raw.slice(0, -"万元".length) : raw) : null,
    fiscal: null,
    other: null,
    raw: { total: raw },
  };
}

type Placed = { cells: Partial<Record<Column, Cell>>; row: Row };

export function readLabelledTable(
  { file, entry, ledger }: ProvinceContext,
  table: LabelledTable,
  number: number,
): Project {
  const rows = rejoinParagraphs(table.body, ledger);
  let name = table.name;
  let budget: Budget | null = null;
  let goals: string[] = [];
  const extra: Project["extra"] = [];
  let columns: (Column | null)[] | null = null;
  let headerRow: Row | null = null;
  const placed: Placed[] = [];

  for (const row of rows) {
    const cells = row.cells.map(cellText);
    if (isEmptyRow(row)) {
      mark(ledger, row.first, row.last, "structure", "empty table row");
      continue;
    }
    if (columns && headerRow) {
      if (row.cells.length !== columns.length) {
        fail(
          file,
          row.first,
          `${columns.length} cells, as in the indicator header at line ${headerRow.first}`,
          `${row.cells.length} cells`,
          "word-cells:row-width",
        );
      }
      const byColumn: Placed["cells"] = {};
      columns.forEach((column, i) => {
        if (column) byColumn[column] = row.cells[i];
      });
      placed.push({ cells: byColumn, row });
      mark(ledger, row.first, row.last, "record");
      continue;
    }
    if (cells.map(compactLabel).includes("三级指标")) {
      columns = readIndicatorHeader(file, ledger, row, cells, {
        columns: COLUMNS,
        required: ["value"],
        expected: "an indicator header naming a value column (指标值, 三级指标目标值, 当年度指标值)",
      });
      headerRow = row;
      continue;
    }

    const { label, note } = splitLabel(row.cells[0]);
    const values = row.cells.slice(1).flatMap(parts);
    if (values.length === 0) {
      mark(ledger, row.first, row.last, "skipped", "a label without a value above the indicator header");
      continue;
    }
    const [first, ...rest] = values as [string, ...string[]];
    if (label === "项目名称") {
      // The whole cell names the project (the task tells same-fund tables apart); a labelled part is also kept apart.
      name = values.join(" ");
      for (const m of rest.map((part) => LABELLED_PART.exec(part))) if (m) extra.push({ label: m[1]!, value: m[2]! });
    } else if (BUDGET_LABELS.has(label)) {
      budget = readBudget(first, note);
      for (const part of rest) extra.push({ label, value: part });
    } else if (GOAL_LABELS.has(label)) {
      goals = goalsByLine(row.cells.slice(1).map(cellText).filter(Boolean).join("\n"));
    } else {
      extra.push({ label, value: row.cells.slice(1).map(cellText).filter(Boolean).join("\n") });
    }
    mark(ledger, row.first, row.last, "record");
  }

  const firstLine = Math.min(...table.heads.map((t) => t.first), ...rows.map((r) => r.first));
  const lastLine = Math.max(...table.heads.map((t) => t.last), ...rows.map((r) => r.last));
  for (const head of table.heads) mark(ledger, head.first, head.last, "record");
  requireIndicators(file, {
    first: firstLine,
    last: lastLine,
    header: "… | 三级指标 | 指标值",
    sawHeader: columns !== null,
    rows: placed.length,
  });
  if (!name) fail(file, firstLine, "a 项目名称 row or heading for this table", "none", "word-cells:no-project-name");

  const levelsOf = carryLevelsDown();
  const indicators = placed.map(({ cells, row }) => {
    const { level1Raw, level2Raw } = levelsOf(
      joinLines(cells.level1Raw?.text ?? ""),
      joinLines(cells.level2Raw?.text ?? ""),
    );
    const broken = [cells.name, cells.value, cells.periodValue].some((c) => c && c.first !== c.last);
    const repaired = Array.from({ length: row.last - row.first + 1 }, (_, k) => row.first + k).some((n) =>
      ledger.repaired.has(n),
    );
    const indicatorCells: IndicatorCells = {
      level1Raw,
      level2Raw,
      name: joinLines(cells.name?.text ?? ""),
      value: tidy(cells.value?.text ?? ""),
      flags: broken || repaired ? ["cellJoined"] : [],
      lines: [row.first, row.last],
      valueLine: cells.value?.first ?? row.first,
    };
    if (cells.periodValue) {
      indicatorCells.periodValue = tidy(cells.periodValue.text);
      indicatorCells.periodValueLine = cells.periodValue.first;
    }
    return indicatorCells;
  });

  return buildRecord(entry, {
    kind: "project",
    key: [null, name, table.scope],
    number,
    name,
    scope: table.scope,
    budget,
    goals,
    extra,
    lines: [firstLine, lastLine],
    indicators,
  });
}
