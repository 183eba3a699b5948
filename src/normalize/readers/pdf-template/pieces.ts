/**
 * The lines of one form below its title → pieces in reading order:
 *
 *   label  a vocabulary word, possibly printed one character per line
 *          (产⏎出⏎指⏎标, 满意度⏎指标, 项目⏎共性⏎绩效⏎指标), or several on one
 *          line (二级指标 三级指标 项目完成后预期达到的指标值), or leading a
 *          line (时效指标 项目完成及时率（%）: the rest is a cell);
 *   group  a check-box sub-group printed in a narrow column, a few characters
 *          per line, ending with its box (安⏎全⏎服⏎务⏎□, 工业互⏎联网与⏎…应用□);
 *   cell   an indicator name, its lines joined until the cell ends (lines.ts);
 *   notes  the 说明 paragraph to the end of the form.
 */
import { compactLabel } from "../../levels.ts";
import { BOX, endsRow, isBlankCell, withBoxes, type Line } from "./lines.ts";
import { labelRole, type LabelRole } from "./vocabulary.ts";

export type Piece =
  | { kind: "label"; role: LabelRole; text: string; first: number; last: number }
  /** `lines`: how many text lines the piece took; `split`: a label was split off its first line. */
  | { kind: "group" | "cell"; text: string; first: number; last: number; lines: number; split?: true }
  | { kind: "notes"; lines: string[]; first: number; last: number };

/** The longest vertical label is 项⏎目⏎共⏎性⏎绩⏎效⏎指⏎标. */
const MAX_LABEL_LINES = 8;
/** Group labels sit in a column a few characters wide. */
const MAX_GROUP_LINE = 4;

const NOTES = /^说明[:：]/u;
const endsWithBox = (text: string) => withBoxes(text.trim()).endsWith(BOX);

/** `时效指标 项目完成及时率（%）`: a level label, then the start of a name on the same line. */
function leadingLevel(line: Line): { label: string; rest: string } | null {
  const m = /^\s*(\S+)\s+(\S.*)$/su.exec(line.text);
  return m && labelRole(m[1]!) === "level" ? { label: m[1]!, rest: m[2]! } : null;
}

/** A label spread over lines i…: the most lines whose joined text is a vocabulary word. */
function labelAt(lines: readonly Line[], i: number): { role: LabelRole; text: string; end: number } | null {
  let best: { role: LabelRole; text: string; end: number } | null = null;
  let joined = "";
  for (let j = i; j < lines.length && j < i + MAX_LABEL_LINES; j++) {
    const line = lines[j]!;
    if (isBlankCell(line)) break;
    joined += compactLabel(line.text);
    const role = labelRole(joined);
    if (role) best = { role, text: joined, end: j + 1 };
    if (endsRow(line)) break;
  }
  return best;
}

/** A line made of vocabulary words only, two or more (二级指标 三级指标 …, 项目推荐单位   项目承担单位). */
function wordsAt(line: Line): { role: LabelRole; text: string }[] | null {
  const words = line.text.trim().split(/\s+/u);
  if (words.length < 2) return null;
  const roles = words.map(labelRole);
  return roles.every((r) => r !== null) ? words.map((text, k) => ({ role: roles[k]!, text })) : null;
}

/** A short-line run ending with a check box, two lines at least. */
function groupAt(lines: readonly Line[], i: number): number | null {
  for (let j = i; j < lines.length; j++) {
    const line = lines[j]!;
    const short = withBoxes(compactLabel(line.text)).replaceAll(BOX, "").length <= MAX_GROUP_LINE;
    if (isBlankCell(line) || endsRow(line) || !short) return null;
    if (endsWithBox(line.text)) return j > i ? j + 1 : null;
  }
  return null;
}

/** A cell from line i (its text starting at `lead` when a label opened the line): the index after it. */
function cellAt(lines: readonly Line[], i: number, lead?: string): { text: string; end: number } {
  let text = "";
  let j = i;
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    // A cell also ends where the next piece visibly begins, should its end have gone unmarked.
    if (j > i && (isBlankCell(line) || NOTES.test(line.text.trim()) || labelAt(lines, j) || leadingLevel(line))) break;
    text += (j === i && lead !== undefined ? lead : line.text).trim();
    if (endsRow(line)) return { text, end: j + 1 };
  }
  return { text, end: j };
}

export function readPieces(all: readonly Line[]): Piece[] {
  const lines = all.filter((l) => l.text !== "");
  const pieces: Piece[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlankCell(line)) {
      i++;
      continue;
    }
    if (NOTES.test(line.text.trim())) {
      const rest = lines.slice(i).filter((l) => !isBlankCell(l));
      pieces.push({
        kind: "notes",
        lines: rest.map((l) => l.text.trim()),
        first: line.n,
        last: rest[rest.length - 1]!.n,
      });
      break;
    }
    const words = wordsAt(line);
    if (words) {
      for (const w of words) pieces.push({ kind: "label", ...w, first: line.n, last: line.n });
      i++;
      continue;
    }
    const label = labelAt(lines, i);
    if (label) {
      pieces.push({ kind: "label", role: label.role, text: label.text, first: line.n, last: lines[label.end - 1]!.n });
      i = label.end;
      continue;
    }
    const lead = leadingLevel(line);
    if (lead) {
      pieces.push({ kind: "label", role: "level", text: lead.label, first: line.n, last: line.n });
      const cell = cellAt(lines, i, lead.rest);
      pieces.push({
        kind: "cell",
        text: cell.text,
        first: line.n,
        last: lines[cell.end - 1]!.n,
        lines: cell.end - i,
        split: true,
      });
      i = cell.end;
      continue;
    }
    const groupEnd = groupAt(lines, i);
    const { text, end } = groupEnd
      ? {
          text: lines
            .slice(i, groupEnd)
            .map((l) => l.text.trim())
            .join(""),
          end: groupEnd,
        }
      : cellAt(lines, i);
    pieces.push({ kind: groupEnd ? "group" : "cell", text, first: line.n, last: lines[end - 1]!.n, lines: end - i });
    i = end;
  }
  return pieces;
}
