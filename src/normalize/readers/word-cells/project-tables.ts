/**
 * Numbered project tables of cell-per-line Word exports (Qingdao 2023, Tianjin 2024):
 *
 *   N.<项目名称>绩效目标表            heading (a table of contents may repeat it; TOC lines are not tables)
 *   <unit code><unit name> … 单位：万元
 *   项目编码 | code                    (optional)
 *   项目名称 | name
 *   预算规模及资金用途 | 预算数 | n | 其中：财政资金 | n | 其他资金 | n
 *     | purpose                       (the label cell is merged over two rows)
 *   资金支出计划 | period … / | figure …  (optional)
 *   绩效目标 | goals
 *   一级指标 | 二级指标 | 三级指标 | … | 指标值 | …   indicator header: columns are found by their labels
 *   indicator rows, level cells carried down from merged cells
 */
import type { VFile } from "vfile";
import type { Budget, FlagCode, ManifestEntry, Project } from "../../../model/schema.ts";
import { fail } from "../../errors.ts";
import { figure } from "../../figure.ts";
import type { IndicatorCells } from "../../indicator.ts";
import { mark, type Ledger } from "../../ledger.ts";
import { compactLabel } from "../../levels.ts";
import { buildRecord } from "../record.ts";
import { cellText, isEmptyRow, joinLines, type Row, type Text, type Token } from "./tokens.ts";
import { carryLevelsDown } from "./carry-levels.ts";
import { goalsByLine } from "./goals.ts";
import { rejoinParagraphs } from "./paragraphs.ts";
import { readSpendingPlan } from "./spending-plan.ts";
import { readIndicatorHeader, requireIndicators } from "./indicator-header.ts";

const HEADING = /^\s*(?:\[bookmark:[^\]]*\]\s*)*(\d+)[.．、]\s*(\S.*绩效目标表)\s*$/u;
const UNIT = /^(\d{6})\s*(\S.*)$/u;
const TABLE_UNIT = /^单位[:：]\s*(\S+)$/u;

/** Header labels → the indicator field each column holds (publishers word and order them differently). */
const COLUMNS: Record<string, keyof IndicatorCells | "value"> = {
  一级指标: "level1Raw",
  二级指标: "level2Raw",
  三级指标: "name",
  指标名称: "name",
  三级指标名称: "name",
  绩效指标描述: "description",
  指标解释: "description",
  指标说明: "description",
  指标值: "value",
  目标值: "value",
  指标目标值: "value",
  指标值确定依据: "basis",
  确定依据: "basis",
};

const BUDGET_LABELS: Record<string, "total" | "fiscal" | "other"> = {
  预算数: "total",
  其中财政资金: "fiscal",
  财政资金: "fiscal",
  其他资金: "other",
};

type Heading = { number: number; title: string; token: Text };

/** The number of a line shaped like a table heading ("1.…绩效目标表"), or null. */
export function headingNumber(text: string): number | null {
  const m = HEADING.exec(text);
  return m ? Number(m[1]) : null;
}

export function findHeadings(tokens: readonly Token[]): Heading[] {
  const headings: Heading[] = [];
  tokens.forEach((token, i) => {
    if (token.type !== "text" || token.first !== token.last) return;
    const m = HEADING.exec(token.text);
    const next = tokens[i + 1];
    // A table of contents lists the same headings; only a heading followed by its unit row opens a table.
    if (m && next?.type === "row" && UNIT.test(cellText(next.cells[0]))) {
      headings.push({ number: Number(m[1]), title: m[2]!.trim(), token });
    }
  });
  return headings;
}

function readBudget(row: Row): Budget {
  const cells = row.cells.map(cellText);
  const budget: Budget = { total: null, fiscal: null, other: null, raw: {} };
  cells.forEach((label, i) => {
    const key = BUDGET_LABELS[compactLabel(label).replace(/[:：]/gu, "").replace(/^其中/u, "其中")];
    if (!key) return;
    const raw = cells[i + 1] ?? "";
    budget[key] = figure(raw);
    budget.raw[key] = raw;
  });
  return budget;
}

const LABELS = new Set(["项目编码", "项目名称"]);

/** Label cells and the first non-empty cell after each: one row may hold several pairs. */
function labelledValues(cells: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  cells.forEach((cell, i) => {
    const label = compactLabel(cell);
    if (!LABELS.has(label)) return;
    const rest = cells.slice(i + 1);
    const nextLabel = rest.findIndex((c) => LABELS.has(compactLabel(c)));
    const value = rest.slice(0, nextLabel < 0 ? undefined : nextLabel).find((c) => c !== "");
    if (value !== undefined) out.set(label, value.replace(/\n/gu, ""));
  });
  return out;
}

type TableInput = {
  file: VFile;
  entry: ManifestEntry;
  ledger: Ledger;
  heading: Heading;
  tokens: readonly Token[];
};

export function readProjectTable({ file, entry, ledger, heading, tokens }: TableInput): Project {
  const rows = rejoinParagraphs(tokens, ledger);
  const flags: FlagCode[] = [];
  let unit: Project["unit"] = null;
  let tableUnit: string | null = null;
  let code: string | null = null;
  let name: string | null = null;
  let budget: Budget | null = null;
  let purpose: string | null = null;
  let goals: string[] = [];
  let spendingPlan: Project["spendingPlan"] = [];
  let expectPurpose = false;
  let planHeader: Row | null = null;
  let columns: (keyof IndicatorCells | "value" | null)[] | null = null;
  let headerRow: Row | null = null;
  const indicatorRows: { cells: Partial<Record<string, string>>; row: Row; valueLine: number; joined: boolean }[] = [];

  for (const row of rows) {
    const cells = row.cells.map(cellText);
    const first = compactLabel(cells[0] ?? "");
    if (isEmptyRow(row)) {
      mark(ledger, row.first, row.last, "structure", "empty table row");
      continue;
    }
    if (columns && headerRow) {
      if (row.cells.length > columns.length) {
        fail(
          file,
          row.first,
          `at most ${columns.length} cells, as in the indicator header at line ${headerRow.first}`,
          `${row.cells.length} cells`,
          "word-cells:row-too-long",
        );
      }
      if (row.cells.length < columns.length) {
        fail(
          file,
          row.last,
          `${columns.length} cells, as in the indicator header at line ${headerRow.first}`,
          `a row cut off after ${row.cells.length} cells`,
          "word-cells:row-cut-off",
        );
      }
      const placed: Partial<Record<string, string>> = {};
      let valueLine = row.first;
      columns.forEach((field, i) => {
        if (!field) return;
        placed[field] = row.cells[i]!.text;
        if (field === "value") valueLine = row.cells[i]!.first;
      });
      indicatorRows.push({ cells: placed, row, valueLine, joined: row.cells.some((c) => c.first !== c.last) });
      mark(ledger, row.first, row.last, "record");
      continue;
    }

    const unitMatch = UNIT.exec(cells[0] ?? "");
    for (const cell of cells) {
      const m = TABLE_UNIT.exec(cell);
      if (m) tableUnit = m[1]!;
    }
    const labelled = labelledValues(cells);
    if (unitMatch && !unit) {
      unit = { code: unitMatch[1]!, name: unitMatch[2]!.trim() };
    } else if (labelled.has("项目编码") || labelled.has("项目名称")) {
      code = labelled.get("项目编码") ?? code;
      name = labelled.get("项目名称") ?? name;
    } else if (first.startsWith("预算规模")) {
      budget = readBudget(row);
      expectPurpose = true;
    } else if (expectPurpose && first === "") {
      purpose = cells.filter(Boolean).join("\n") || null;
      expectPurpose = false;
    } else if (first.startsWith("资金支出计划")) {
      planHeader = row;
    } else if (planHeader && first === "") {
      const plan = readSpendingPlan(planHeader, row, budget);
      spendingPlan = plan.entries;
      flags.push(...plan.flags);
      planHeader = null;
    } else if (first === "绩效目标") {
      goals = goalsByLine(cells.slice(1).filter(Boolean).join("\n"));
    } else if (cells.map(compactLabel).includes("一级指标")) {
      columns = readIndicatorHeader(file, ledger, row, cells, {
        columns: COLUMNS,
        required: ["value", "name"],
        expected: "an indicator header naming 三级指标 and 指标值",
      });
      headerRow = row;
      continue;
    } else {
      mark(ledger, row.first, row.last, "skipped", "row not recognised above the indicator header");
      continue;
    }
    mark(ledger, row.first, row.last, "record");
  }

  const lastLine = Math.max(heading.token.last, ...rows.map((r) => r.last));
  requireIndicators(file, {
    first: heading.token.first,
    last: lastLine,
    header: "一级指标 | 二级指标 | 三级指标 | … | 指标值",
    sawHeader: columns !== null,
    rows: indicatorRows.length,
  });
  if (!name) fail(file, heading.token.first, "a 项目名称 row in this table", "none", "word-cells:no-project-name");
  mark(ledger, heading.token.first, heading.token.last, "record");

  const levelsOf = carryLevelsDown();
  const indicators = indicatorRows.map(({ cells, row, valueLine, joined }): IndicatorCells => {
    const { level1Raw, level2Raw } = levelsOf(joinLines(cells.level1Raw ?? ""), joinLines(cells.level2Raw ?? ""));
    // A TAB inside the basis cell separates a scoring note from the basis itself.
    const [basis, ...scoring] = (cells.basis ?? "").split(/\t+/u);
    return {
      level1Raw,
      level2Raw,
      name: joinLines(cells.name ?? ""),
      description: joinLines(cells.description ?? ""),
      basis: basis ?? null,
      scoring: scoring.join(" ").trim() || null,
      value: (cells.value ?? "").trim(),
      flags: joined ? ["cellJoined"] : [],
      lines: [row.first, row.last],
      valueLine,
    };
  });

  return buildRecord(entry, {
    kind: "project",
    key: [unit?.code, code, name],
    number: heading.number,
    name,
    code,
    unit,
    budget,
    purpose,
    goals,
    spendingPlan,
    flags,
    lines: [heading.token.first, lastLine],
    indicators,
    tableUnit,
  });
}
