/**
 * “Download this view”: CSV and JSON files of exactly the rows a page lists,
 * written at build time (src/pages/views/[file].ts). The columns are the
 * download tables' own (records: projects.csv, targets: indicators.csv, same
 * names as the data dictionary), so a view's file reads like a slice of the
 * full download. A paginated list links the files of its whole list.
 */
import { csvOf } from "../downloads/csv.ts";
import { rowsOfContexts, table, type Cell, type RowContext } from "../downloads/tables.ts";
import type { Document, Indicator, Project } from "../../model/schema.ts";

export const VIEWS_DIR = "/views/";

export type ViewKind = "records" | "targets";

export type View = {
  /** File name without extension; says what the rows are (service-satisfaction-targets). */
  name: string;
  kind: ViewKind;
  contexts: RowContext[];
};

export const viewPath = (name: string, ext: "csv" | "json"): string => `${VIEWS_DIR}${name}.${ext}`;
export const viewLinks = (name: string) => ({ csv: viewPath(name, "csv"), json: viewPath(name, "json") });

export function recordContexts(records: readonly Project[], documentById: ReadonlyMap<string, Document>): RowContext[] {
  return records.map((project) => ({ document: documentById.get(project.documentId)!, project }));
}

export function targetContexts(
  entries: readonly { record: Project; indicator: Indicator }[],
  documentById: ReadonlyMap<string, Document>,
): RowContext[] {
  return entries.map(({ record, indicator }) => ({
    document: documentById.get(record.documentId)!,
    project: record,
    indicator,
  }));
}

const tableOf = (kind: ViewKind) => table(kind === "records" ? "projects" : "indicators");

export function viewCsv(view: View): string {
  const t = tableOf(view.kind);
  return csvOf(t, rowsOfContexts(t, view.contexts));
}

/**
 * JSON: `{ name, table, columns, rows }`, each row an object keyed by column
 * name in column order; a null cell is left out of its row (`columns` lists
 * them all), which keeps the files of the wide indicator table small.
 */
export function viewJson(view: View): string {
  const t = tableOf(view.kind);
  const names = t.columns.map((c) => c.name);
  const rows = rowsOfContexts(t, view.contexts).map((row) =>
    Object.fromEntries(row.flatMap((cell: Cell, i) => (cell === null ? [] : [[names[i]!, cell] as const]))),
  );
  return `${JSON.stringify({ name: view.name, table: t.name, columns: names, rows })}\n`;
}
