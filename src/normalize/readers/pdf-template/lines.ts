/**
 * Text lines of PDF-exported application forms (Jiangsu 2021 templates).
 *
 * The export writes each text line of a table cell on a line of its own,
 * mostly with an empty line between. Where a cell ends is told by white space:
 * a line ending in two or more spaces carries its (empty) value cell on the
 * same line, and a line of spaces only is the empty value cell of a name that
 * took several lines. A cell line ending in at most one space continues.
 */

export type Line = { n: number; text: string };

/** The check box the forms print before or after an alternative. */
export const BOX = "□";
/** A private-use glyph (Wingdings-style) some exports write for the check box. */
export const BOX_GLYPH = "\uF0A3";

export const hasGlyph = (text: string) => text.includes(BOX_GLYPH);
export const withBoxes = (text: string) => text.replaceAll(BOX_GLYPH, BOX);

/** A line of spaces only: an empty cell. Truly empty lines are dropped before reading. */
export const isBlankCell = (line: Line) => line.text.trim() === "";

/** The line ends its cell: its empty value cell follows on the same line. */
export const endsRow = (line: Line) => /\S\s{2,}$/u.test(line.text);
