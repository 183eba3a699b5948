/**
 * The budget summary tables of a disclosure (收支总表, 收入/支出总表 by 功能科目,
 * 基本支出 by 经济科目, 三公 …) → budget tables. Pages of one table (same title,
 * one after the other) are merged; a repeated header is dropped. A table with
 * two 项目 columns (收 入 | 支 出) becomes one table per side.
 *
 * Header rows are the rows before the first row with a figure; a row of "**"
 * and column numbers (** ** 1 2 3) belongs to the header and tells which
 * columns are codes or names (**) and which are figures.
 */
import type { BudgetTable } from "../../../model/schema.ts";
import { figure } from "../../figure.ts";
import { compactLabel } from "../../levels.ts";
import type { Page, SourceRow } from "./pages.ts";
import type { Cell } from "./text.ts";

const isIndexRow = (cells: readonly Cell[]) => cells.some((c) => c.text === "**");
const hasFigure = (cells: readonly Cell[]) => !isIndexRow(cells) && cells.some((c) => figure(c.text) !== null);
const sameRow = (a: readonly Cell[], b: readonly Cell[]) =>
  a
    .map((c) => compactLabel(c.text))
    .filter(Boolean)
    .join("|") ===
  b
    .map((c) => compactLabel(c.text))
    .filter(Boolean)
    .join("|");

type ColumnKind = "code" | "name" | "value";

function columnKind(header: string, index: string | undefined): ColumnKind {
  const h = compactLabel(header);
  if (/编码|^类$|^款$|^项$|^科目编码/u.test(h)) return "code";
  if (index !== undefined && index !== "**") return "value";
  if (/项目$|名称$|科目$/u.test(h) || index === "**") return "name";
  return "value";
}

type Column = { col: number; name: string; kind: ColumnKind };

function readColumns(header: readonly (readonly Cell[])[]): Column[] {
  const index = header.find(isIndexRow);
  const named = header.filter((r) => r !== index);
  const width = Math.max(...header.map((r) => r.length));
  const columns: Column[] = [];
  for (let col = 0; col < width; col++) {
    const name = named
      .map((r) => compactLabel(r[col]?.text ?? ""))
      .filter(Boolean)
      .join("/");
    const mark = index?.[col]?.text;
    if (name === "" && !mark) continue;
    columns.push({ col, name, kind: columnKind(name, mark === "" ? undefined : mark) });
  }
  return columns;
}

/** A side: a name column and the code columns before it, the value columns after it up to the next name column. */
type Side = { label: string; code: Column[]; name: Column; values: Column[] };

function sides(columns: readonly Column[], header: readonly (readonly Cell[])[]): Side[] {
  const names = columns.filter((c) => c.kind === "name");
  return names.map((name, i) => {
    const next = names[i + 1]?.col ?? Infinity;
    const top = compactLabel(header[0]?.[name.col]?.text ?? "");
    return {
      label: names.length > 1 ? top : "",
      code: i === 0 ? columns.filter((c) => c.kind === "code" && c.col < name.col) : [],
      name,
      values: columns.filter((c) => c.kind === "value" && c.col > name.col && c.col < next),
    };
  });
}

/** 收入 → income, 支出 → spending; null for a one-sided table or a heading that names neither. */
function sideOf(label: string): BudgetTable["side"] {
  const compact = label.replace(/\s/g, "");
  if (/收入/u.test(compact) && !/支出/u.test(compact)) return "income";
  if (/支出/u.test(compact) && !/收入/u.test(compact)) return "spending";
  return null;
}

function rowsOf(side: Side, rows: readonly SourceRow[]): BudgetTable["rows"] {
  return rows.flatMap((row) => {
    const text = (c: Column) => row.cells[c.col]?.text ?? "";
    const codes = side.code.map(text).filter(Boolean);
    const raw = side.values.map(text);
    const name = text(side.name);
    if (name === "" && codes.length === 0 && raw.every((r) => r === "")) return [];
    return [{ code: codes.length > 0 ? codes.join(" ") : null, name, values: raw.map(figure), raw, line: row.line }];
  });
}

/** Consecutive pages of one title, header rows split off (the first page's, repeated on the others). */
function mergePages(pages: readonly Page[]): { first: Page; last: Page; header: Cell[][]; body: SourceRow[] }[] {
  const tables: { first: Page; last: Page; header: Cell[][]; body: SourceRow[] }[] = [];
  for (const page of pages) {
    const open = tables.at(-1);
    if (open && open.last.title === page.title) {
      const repeated = open.header.every((h, i) => page.rows[i] && sameRow(h, page.rows[i].cells));
      open.body.push(...page.rows.slice(repeated ? open.header.length : 0));
      open.last = page;
      continue;
    }
    const split = page.rows.findIndex((r) => hasFigure(r.cells));
    const end = split < 0 ? page.rows.length : split;
    tables.push({
      first: page,
      last: page,
      header: page.rows.slice(0, end).map((r) => r.cells),
      body: page.rows.slice(end),
    });
  }
  return tables;
}

export function readBudgetTables(pages: readonly Page[]): BudgetTable[] {
  return mergePages(pages).flatMap(({ first, last, header, body }) => {
    const columns = readColumns(header);
    return sides(columns, header).map((side) => ({
      kind: "table" as const,
      title: side.label ? `${first.title}（${side.label}）` : first.title,
      side: sideOf(side.label),
      unit: first.unit,
      columns: side.values.map((c) => c.name),
      rows: rowsOf(side, body),
      source: { lines: [first.titleLine, last.lines[1]] as [number, number] },
    }));
  });
}
