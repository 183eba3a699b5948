/**
 * A table as CSV: a header row of column names, then one line per row.
 * UTF-8 with a byte-order mark, because Excel reads a CSV without one in the
 * system's legacy code page and garbles the Chinese; CRLF line ends, as RFC 4180
 * and the Frictionless dialect default expect. Nothing but the table goes in
 * the file: the version is named by the datapackage, never by a note line a
 * CSV reader would take for data.
 */
import { stringify } from "csv-stringify/sync";
import type { Cell, Table } from "./tables.ts";

/** The dialect written here, as the datapackage declares it. */
export const CSV_DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true } as const;

export function csvOf(table: Table, rows: readonly Cell[][]): string {
  return stringify([table.columns.map((c) => c.name), ...rows], {
    bom: true,
    delimiter: CSV_DIALECT.delimiter,
    record_delimiter: "windows",
    quote: CSV_DIALECT.quoteChar,
  });
}
