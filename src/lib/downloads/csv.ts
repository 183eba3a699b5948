/**
 * A table as CSV: a header row of column names, then one line per row;
 * CRLF line ends, as RFC 4180 and the Frictionless dialect default expect.
 * Nothing but the table goes in the file: the version is named by the
 * datapackage, never by a note line a CSV reader would take for data.
 *
 * Two flavours. The data package's CSV files are for machines: UTF-8 with no
 * byte-order mark (the package declares utf-8, and a BOM would make the first
 * header read as "\ufeffid"), every cell verbatim. The spreadsheet flavour
 * (excel/<table>.csv, outside the package) has a BOM, because Excel reads a CSV
 * without one in the system's legacy code page and garbles the Chinese, and
 * formula-safe cells (spreadsheetSafe), because Excel runs a cell that starts with "=".
 */
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "./spreadsheet-safe.ts";
import type { Cell, Table } from "./tables.ts";

/** The dialect written here, as the datapackage declares it. */
export const CSV_DIALECT = {
  delimiter: ",",
  lineTerminator: "\r\n",
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

export type CsvFlavour = "package" | "spreadsheet";

export function csvOf(table: Table, rows: readonly Cell[][], flavour: CsvFlavour = "package"): string {
  const body = flavour === "spreadsheet" ? rows.map((row) => row.map(spreadsheetSafe)) : rows;
  return stringify([table.columns.map((c) => c.name), ...body], {
    bom: flavour === "spreadsheet",
    delimiter: CSV_DIALECT.delimiter,
    record_delimiter: "windows",
    quote: CSV_DIALECT.quoteChar,
  });
}
