/**
 * A text cell as a spreadsheet must show it: a cell starting with = + - @, a
 * TAB or a CR is read by Excel and LibreOffice as a formula (=HYPERLINK(…),
 * +cmd|…, @SUM(…)), so it gets a leading ' (OWASP's CSV-injection advice),
 * which spreadsheets hide and treat as "this is text". Pure; where it is applied
 * is the downloads' decision. Not for numbers: a negative number stays a number.
 */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r"]);

export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.has(cell.charAt(0)) ? `'${cell}` : cell;
}
