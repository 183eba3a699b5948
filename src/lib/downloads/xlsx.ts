/**
 * The workbook /data/targets.xlsx: an about sheet (versions, licence, every
 * column explained) and one sheet per table, with the same columns and rows as
 * the CSV files. Cells are typed (text stays text), so values like "=100" or
 * "0502" survive, which Excel's CSV import does not promise.
 */
import writeXlsxFile, { type Row, type Sheet } from "write-excel-file/node";
import { ABOUT } from "./about.ts";
import { COLUMN_DICTIONARY_HEADER, columnDictionary, TABLES, type Cell, type TableRows } from "./tables.ts";
import { withFixedTimes } from "./zip-times.ts";

export const ABOUT_SHEET = "about";

const bold = (value: string) => ({ value, fontWeight: "bold" as const });

const cell = (value: Cell) =>
  value === null ? null : typeof value === "number" ? { value, type: Number } : { value, type: String };

function aboutRows(): Row[] {
  return [
    ...ABOUT.map(({ label, value }) => [bold(label), value]),
    [],
    COLUMN_DICTIONARY_HEADER.map(bold),
    ...columnDictionary().map((row) => row.map(cell)),
  ];
}

export async function workbookOf(rows: TableRows): Promise<Uint8Array> {
  const sheets: Sheet<Buffer>[] = [
    {
      sheet: ABOUT_SHEET,
      data: aboutRows(),
      columns: [{ width: 24 }, { width: 28 }, { width: 10 }, { width: 8 }, { width: 60 }, { width: 60 }],
    },
    ...TABLES.map((t) => ({
      sheet: t.name,
      data: [t.columns.map((c) => bold(c.name)), ...rows.get(t)!.map((row) => row.map(cell))],
      stickyRowsCount: 1,
    })),
  ];
  const buffer = await writeXlsxFile(sheets).toBuffer();
  return withFixedTimes(new Uint8Array(buffer));
}
