/**
 * Budget figures of the narrative (部门预算说明), for the consistency checks:
 *
 * - statements "… N万元，其中，A a万元，B b万元。", kept as budget tables of kind
 *   "statement" (first row the whole, then its parts);
 * - mentions "<name> N 万元", which name a project whose table is missing.
 *
 * A page break cuts sentences ("…公务用车运行" ⏎ "费 22.24 万元）"): a long
 * line not ending a sentence is joined with the next narrative line first.
 */
import type { BudgetTable } from "../../../model/schema.ts";
import { figure } from "../../figure.ts";

type Paragraph = { text: string; starts: { offset: number; line: number }[] };

export type Mention = { name: string; amount: number; raw: string; line: number };

const SENTENCE_END = /[。！？：:；;）)”"]$/u;
const BROKEN_MIN = 40;
/** Labels are short; a longer run before a figure keeps only its last LABEL_MAX characters. */
const LABEL_MAX = 80;
const YUAN = "万元";
/** What may not stand in the label of a whole (a clause: no comma, colon or full stop). */
const WHOLE_LABEL_STOP = new Set("。；;：:，,");
/** What may not stand in the name of a mention (a bare name: no punctuation, no bracket, no space). */
const MENTION_STOP = new Set("，,、；;。：:（）()");
/** "，其中" (with its optional "：") right after "…万元" opens the parts of a whole. */
const AFTER_WHOLE = /^\s*[，,]\s*其中\s*[，,：:]?/u;
/** How far after 万元 the opening "，其中：" is looked for (white space included). */
const OPENING_MAX = 40;

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined) => c !== undefined && c !== "" && c.trim() === "";

/**
 * The figure ("2,170.30", read as \d[\d,]*(?:\.\d+)?) ending at `end`: the
 * longest one, found by walking back. Each step looks at one character and the
 * characters walked over are digits, commas or a point, which no other figure
 * (ending before another 万元) walks over again: the scan of a paragraph is linear
 * where a regex searching forward for a figure followed by 万元 retried every
 * start inside a long run of digits (quadratic, minutes for 20,000 digits).
 */
function figureBefore(text: string, end: number): number | null {
  let start = end;
  while (isDigit(text[start - 1]) || text[start - 1] === ",") start--;
  // A decimal point with digits after it, all digits: the integer part comes before it.
  if (text[start - 1] === "." && start < end && !text.slice(start, end).includes(",")) {
    let whole = start - 1;
    while (isDigit(text[whole - 1]) || text[whole - 1] === ",") whole--;
    while (whole < start - 1 && !isDigit(text[whole])) whole++;
    if (whole < start - 1) start = whole;
  }
  while (start < end && !isDigit(text[start])) start++;
  return start < end ? start : null;
}

/** Back over white space from `end`. */
function spacesBefore(text: string, end: number): number {
  while (isSpace(text[end - 1])) end--;
  return end;
}

/** Where a label ending at `end` starts: back over at most LABEL_MAX characters outside `stops`, not before `floor`. */
function labelStart(text: string, end: number, floor: number, stops: ReadonlySet<string>, spaceStops: boolean): number {
  let start = end;
  const limit = Math.max(floor, end - LABEL_MAX);
  while (start > limit && !stops.has(text[start - 1]!) && !(spaceStops && isSpace(text[start - 1]))) start--;
  return start;
}

type Amount = { start: number; end: number; after: number };

/** Each "<figure> 万元" of a text in order: where its figure starts and ends, and where its 万元 ends. */
function* amounts(text: string, from = 0): Generator<Amount> {
  for (let at = text.indexOf(YUAN, from); at >= 0; at = text.indexOf(YUAN, at + YUAN.length)) {
    const end = spacesBefore(text, at);
    const start = figureBefore(text, end);
    if (start !== null) yield { start, end, after: at + YUAN.length };
  }
}

/** A part "<name> N万元" of a statement; null when the segment is anything else. */
function partOf(segment: string): { name: string; raw: string } | null {
  if (!segment.endsWith(YUAN)) return null;
  const end = spacesBefore(segment, segment.length - YUAN.length);
  const start = figureBefore(segment, end);
  if (start === null) return null;
  const name = segment.slice(0, start).trim();
  return name === "" ? null : { name, raw: segment.slice(start, end) };
}

function paragraphs(lines: readonly string[], narrative: readonly number[]): Paragraph[] {
  const out: Paragraph[] = [];
  let open: Paragraph | null = null;
  for (const n of narrative) {
    const text = lines[n - 1]!.trim();
    if (open) {
      open.starts.push({ offset: open.text.length, line: n });
      open.text += text;
    } else {
      open = { text, starts: [{ offset: 0, line: n }] };
      out.push(open);
    }
    // A short line without a full stop is a heading; only a long one was cut by a page break.
    if (SENTENCE_END.test(text) || text.length < BROKEN_MIN) open = null;
  }
  return out;
}

const lineAt = (p: Paragraph, offset: number) => p.starts.filter((s) => s.offset <= offset).at(-1)!.line;

/** The label of a whole: its clause, without a closing 为/是 ("…的金额为"). */
function wholeLabel(clause: string): string {
  const text = clause.trim();
  return text.endsWith("为") || text.endsWith("是") ? text.slice(0, -1).trimEnd() : text;
}

function statementsOf(p: Paragraph): BudgetTable[] {
  const tables: BudgetTable[] = [];
  let floor = 0;
  for (const whole of amounts(p.text)) {
    const opening = AFTER_WHOLE.exec(p.text.slice(whole.after, whole.after + OPENING_MAX));
    if (!opening) continue;
    const labelFrom = labelStart(p.text, whole.start, floor, WHOLE_LABEL_STOP, false);
    const afterWhole = whole.after + opening[0].length;
    floor = afterWhole;
    const stop = p.text.indexOf("。", afterWhole);
    // "（其中…）" inside a part is a part of that part, not of the whole; no bracket nests in another.
    const sentence = p.text.slice(afterWhole, stop < 0 ? undefined : stop).replace(/[（(]其中[^（(）)]*[）)]/gu, "");
    const parts: BudgetTable["rows"] = [];
    let cursor = afterWhole;
    for (const piece of sentence.split(/[，,；;、]/u)) {
      const segment = piece.trim();
      const part = partOf(segment);
      if (!part) break;
      const offset = p.text.indexOf(segment, cursor);
      if (offset >= 0) cursor = offset + segment.length;
      parts.push({ code: null, name: part.name, values: [figure(part.raw)], raw: [part.raw], line: lineAt(p, offset) });
    }
    if (parts.length === 0) continue;
    const raw = p.text.slice(whole.start, whole.end);
    const line = lineAt(p, whole.start);
    const name = wholeLabel(p.text.slice(labelFrom, whole.start));
    const rows = [{ code: null, name, values: [figure(raw)], raw: [raw], line }, ...parts];
    tables.push({
      kind: "statement",
      title: name,
      side: null,
      // Every figure of a statement is read with 万元 (see amounts).
      unit: "万元",
      columns: ["金额"],
      rows,
      source: { lines: [line, Math.max(...rows.map((r) => r.line))] },
    });
  }
  return tables;
}

/** Mentions "<name> N 万元": a name right before the figure (white space between allowed). */
function mentionsOf(p: Paragraph): Mention[] {
  const mentions: Mention[] = [];
  let floor = 0;
  for (const amount of amounts(p.text)) {
    const nameEnd = spacesBefore(p.text, amount.start);
    const nameStart = labelStart(p.text, nameEnd, floor, MENTION_STOP, true);
    if (nameStart === nameEnd) continue;
    floor = amount.after;
    const raw = p.text.slice(amount.start, amount.end);
    const value = figure(raw);
    if (value !== null)
      mentions.push({ name: p.text.slice(nameStart, nameEnd), amount: value, raw, line: lineAt(p, amount.start) });
  }
  return mentions;
}

export type Narrative = { statements: BudgetTable[]; mentions: Mention[]; lines: number[] };

export function readNarrative(lines: readonly string[], narrative: readonly number[]): Narrative {
  const statements: BudgetTable[] = [];
  const mentions: Mention[] = [];
  for (const p of paragraphs(lines, narrative)) {
    statements.push(...statementsOf(p));
    mentions.push(...mentionsOf(p));
  }
  const used = new Set(statements.flatMap((t) => t.rows.map((r) => r.line)));
  return { statements, mentions, lines: [...used].sort((a, b) => a - b) };
}
