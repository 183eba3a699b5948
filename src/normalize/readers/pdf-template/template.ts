/**
 * One application form (附件1-N) → one `template` record:
 *
 *   附件1-4                                   attachment
 *   <title>项目绩效目标申报表 (one or two lines)  name; the title without the suffix is the category
 *   （2021年度）
 *   项目名称 / 项目推荐单位 / … / 年度目标        header fields: blanks, kept in extra with value ""
 *   项目共性绩效指标                           the common section; the indicator header
 *   level labels, sub-groups, indicator names  (no values: the applicant fills them in)
 *   个性指标                                   the specific section, often an empty block
 *   说明：1. … 2. …                           notes
 *
 * A page break repeats the section label and the header mid-table; the
 * levels in force carry on across it.
 */
import type { FlagCode, LineUse, Project } from "../../../model/schema.ts";
import { fail, quote } from "../../errors.ts";
import type { IndicatorCells } from "../../indicator.ts";
import { mark, type Ledger } from "../../ledger.ts";
import { asLevel2, compactLabel } from "../../levels.ts";
import type { ReaderInput } from "../../types.ts";
import { buildRecord } from "../record.ts";
import { hasGlyph, withBoxes, type Line } from "./lines.ts";
import { splitNotes } from "./notes.ts";
import { checkboxOptions, isSingleBox, nameUnit } from "./options.ts";
import { readPieces, type Piece } from "./pieces.ts";
import { labelRole, sectionOf, type Section } from "./vocabulary.ts";

export type TemplateContext = Pick<ReaderInput, "file" | "entry"> & { ledger: Ledger };

/** Mark the text lines of first…last; the empty lines the export puts between them stay blank. */
function markText(ledger: Ledger, first: number, last: number, use: LineUse, reason?: string): void {
  for (let n = first; n <= last; n++) if (ledger.lines[n - 1]!.trim() !== "") mark(ledger, n, n, use, reason);
}

/** Lines read after a change: a check-box glyph mapped to □, a label split off the start of a name. */
function noteRepairs(ledger: Ledger, piece: { first: number; last: number; split?: true }): void {
  if (piece.split) ledger.repaired.add(piece.first);
  for (let n = piece.first; n <= piece.last; n++) if (hasGlyph(ledger.lines[n - 1]!)) ledger.repaired.add(n);
}

type Group = { text: string; glyph: boolean };
type InForce = { section: Section; level1Raw: string | null; level2Raw: string | null; group: Group | null };

/** An indicator-name cell under the labels in force → the cells buildIndicator reads (no value: a blank form). */
function indicatorCells(
  piece: Extract<Piece, { kind: "cell" | "group" }>,
  { section, level1Raw, level2Raw, group }: InForce,
): IndicatorCells {
  const name = withBoxes(piece.text);
  const flags: FlagCode[] = [];
  if (hasGlyph(piece.text) || group?.glyph) flags.push("checkboxGlyph");
  if (piece.lines > 1) flags.push("cellJoined");
  const cells: IndicatorCells = { level1Raw, level2Raw, name, section, flags, lines: [piece.first, piece.last] };
  const unit = nameUnit(name);
  const options = checkboxOptions(name);
  if (group) cells.group = group.text;
  if (unit !== undefined) cells.nameUnit = unit;
  if (options !== undefined) cells.options = options;
  return cells;
}

const YEAR = /^[（(]\d{4}年度[）)]$/u;
const TITLE_SUFFIX = /(?:项目)?绩效目标申报表$/u;

/** 附件1-4, the title lines, the year line; returns the title and where the body starts. */
function readHead(
  { file, ledger }: TemplateContext,
  lines: readonly Line[],
): { attachment: string; title: string; bodyStart: number } {
  const attachmentLine = lines[0]!;
  markText(ledger, attachmentLine.n, attachmentLine.n, "record");
  let title = "";
  let k = 1;
  for (; k < lines.length; k++) {
    const { n, text } = lines[k]!;
    const trimmed = text.trim();
    if (trimmed === "") continue;
    if (YEAR.test(trimmed)) {
      markText(ledger, n, n, "structure", "year of the form");
      k++;
      break;
    }
    if (labelRole(compactLabel(trimmed.split(/\s+/u)[0]!)) === "field") break;
    title += trimmed;
    markText(ledger, n, n, "record");
  }
  if (title === "")
    fail(file, attachmentLine.n, "the form's title after its 附件 line", "none", "pdf-template:no-title");
  return { attachment: compactLabel(attachmentLine.text), title, bodyStart: k };
}

export function readTemplate(context: TemplateContext, lines: readonly Line[], number: number): Project {
  const { file, entry, ledger } = context;
  const { attachment, title, bodyStart } = readHead(context, lines);
  const pieces = readPieces(lines.slice(bodyStart));

  const extra: Project["extra"] = [];
  let notes: string[] = [];
  const rows: IndicatorCells[] = [];
  let section: Section | null = null;
  let sawSpecific = false;
  let level1Raw: string | null = null;
  let level2Raw: string | null = null;
  let group: Group | null = null;
  let levelSeen = false;

  pieces.forEach((piece, k) => {
    const next = pieces[k + 1];
    const record = () => markText(ledger, piece.first, piece.last, "record");
    if (piece.kind === "notes") {
      notes = splitNotes(piece.lines);
      record();
    } else if (piece.kind === "label" && piece.role === "field") {
      extra.push({ label: piece.text, value: "" });
      record();
    } else if (piece.kind === "label" && piece.role === "header") {
      markText(ledger, piece.first, piece.last, "structure", "indicator table header");
    } else if (piece.kind === "label" && piece.role === "section") {
      const opened = sectionOf(piece.text)!;
      if (opened === section) {
        markText(ledger, piece.first, piece.last, "structure", "section label repeated after a page break");
        return;
      }
      section = opened;
      sawSpecific ||= opened === "specific";
      level1Raw = level2Raw = group = null;
      levelSeen = false;
      record();
    } else if (piece.kind === "label") {
      // A level-1 word heads level-2 labels; followed by indicator names it stands in the level-2 column (成本指标 under 产出).
      const isLevel1 = !asLevel2(piece.text) && next?.kind === "label" && next.role === "level";
      if (isLevel1) {
        level1Raw = piece.text;
        level2Raw = null;
      } else {
        level2Raw = piece.text;
      }
      group = null;
      levelSeen = true;
      record();
    } else if (section === null) {
      markText(
        ledger,
        piece.first,
        piece.last,
        "skipped",
        "text between the form's header fields and its indicator table",
      );
    } else if (section === "common" && !levelSeen) {
      // 附件1-28 splits the value column in two (建设发展方向 / 重大共性技术开发方向) under the header.
      markText(ledger, piece.first, piece.last, "structure", "sub-header of the value column");
    } else if (piece.kind === "group" || (isSingleBox(withBoxes(piece.text)) && next?.kind === "cell")) {
      group = { text: withBoxes(piece.text), glyph: hasGlyph(piece.text) };
      noteRepairs(ledger, piece);
      record();
    } else {
      rows.push(indicatorCells(piece, { section, level1Raw, level2Raw, group }));
      noteRepairs(ledger, piece);
      record();
    }
  });

  const last = lines.filter((l) => l.text.trim() !== "").at(-1)!.n;
  if (!rows.some((r) => r.section === "common")) {
    fail(
      file,
      lines[0]!.n,
      "common indicators (项目共性绩效指标) in this form",
      `the form ending at line ${last} without any`,
      "pdf-template:no-indicators",
    );
  }
  // Every form closes with its 个性指标 section (often an empty block): a form without one was cut off,
  // like the last form of a file cut in half, whose last indicator name then ends mid-word (服务对象满).
  if (!sawSpecific) {
    const lastText = lines.find((l) => l.n === last)!.text;
    fail(
      file,
      last,
      "the form to close with its 个性指标 section",
      `the form ending after ${quote(lastText)} (the file cut off?)`,
      "pdf-template:form-incomplete",
    );
  }
  // Notes (说明) are sentences: notes that stop mid-sentence are a file cut off inside them.
  const lastNote = notes.at(-1)?.trim();
  if (lastNote && !/[。！？.]$/u.test(lastNote)) {
    fail(
      file,
      last,
      "the form's notes (说明) to end with a full stop",
      `notes ending in ${quote(lastNote.slice(-20))} (the file cut off?)`,
      "pdf-template:form-incomplete",
    );
  }
  // An empty 个性指标 block is a blank the applicant fills in, like the header fields.
  if (sawSpecific && !rows.some((r) => r.section === "specific")) extra.push({ label: "个性指标", value: "" });

  return buildRecord(entry, {
    kind: "template",
    key: [null, title, null],
    number,
    name: title,
    extra,
    template: { attachment, category: title.replace(TITLE_SUFFIX, ""), notes },
    lines: [lines[0]!.n, last],
    indicators: rows,
  });
}
