/**
 * A cell a spreadsheet will show as text, never run as a formula: a string
 * starting with = + - @, a tab or a carriage return gets a leading apostrophe
 * (OWASP, "CSV Injection"). Only for the spreadsheet flavour of the CSV files;
 * the machine CSV files of the data package stay verbatim.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe<C extends string | number | null>(cell: C): C | string {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}
