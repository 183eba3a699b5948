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
const FIGURE = String.raw`(\d[\d,]*(?:\.\d+)?)\s*万元`;
// Labels are short: bounding them keeps a long line from costing quadratic time.
const WHOLE = new RegExp(String.raw`([^。；;：:，,]{0,80}?)${FIGURE}\s*[，,]\s*其中\s*[，,：:]?`, "gu");
const PART = new RegExp(String.raw`^(.+?)\s*${FIGURE}$`, "u");
const MENTION = new RegExp(String.raw`([^，,、；;。：:（）()\s]{1,80}?)\s*${FIGURE}`, "gu");

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
const wholeLabel = (clause: string) => clause.trim().replace(/\s*(?:为|是)$/u, "");

function statementsOf(p: Paragraph): BudgetTable[] {
  const tables: BudgetTable[] = [];
  for (const m of p.text.matchAll(WHOLE)) {
    const afterWhole = m.index + m[0].length;
    const sentence = p.text.slice(afterWhole).split("。")[0]!.replace(/[（(]其中[^）)]*[）)]/gu, "");
    const parts: BudgetTable["rows"] = [];
    for (const segment of sentence.split(/[，,；;、]/u)) {
      const part = PART.exec(segment.trim());
      if (!part) break;
      const offset = p.text.indexOf(segment.trim(), afterWhole);
      parts.push({ code: null, name: part[1]!.trim(), values: [figure(part[2]!)], raw: [part[2]!], line: lineAt(p, offset) });
    }
    if (parts.length === 0) continue;
    const line = lineAt(p, m.index + m[1]!.length);
    const name = wholeLabel(m[1]!);
    const rows = [{ code: null, name, values: [figure(m[2]!)], raw: [m[2]!], line }, ...parts];
    tables.push({
      kind: "statement",
      title: name,
      side: null,
      // Every figure of a statement is read with 万元 (see FIGURE).
      unit: "万元",
      columns: ["金额"],
      rows,
      source: { lines: [line, Math.max(...rows.map((r) => r.line))] },
    });
  }
  return tables;
}

export type Narrative = { statements: BudgetTable[]; mentions: Mention[]; lines: number[] };

export function readNarrative(lines: readonly string[], narrative: readonly number[]): Narrative {
  const statements: BudgetTable[] = [];
  const mentions: Mention[] = [];
  for (const p of paragraphs(lines, narrative)) {
    statements.push(...statementsOf(p));
    for (const m of p.text.matchAll(MENTION)) {
      const value = figure(m[2]!);
      if (value !== null) mentions.push({ name: m[1]!, amount: value, raw: m[2]!, line: lineAt(p, m.index + m[1]!.length) });
    }
  }
  const used = new Set(statements.flatMap((t) => t.rows.map((r) => r.line)));
  return { statements, mentions, lines: [...used].sort((a, b) => a - b) };
}
