/**
 * How normalize time grows with the length of one line: a copy of a real
 * document with one long line added (a run of digits in Changsha's narrative,
 * the shape that once cost minutes; text in a stray line elsewhere) is read at
 * 1k, 10k and 100k characters (and without it, the baseline); longer lines
 * are refused (LIMITS in src/normalize/source.ts). A linear reader adds time in proportion to the characters: the time added per 1,000
 * characters stays flat (or falls, as fixed costs spread); a quadratic one
 * multiplies it by ten at each step (1k digits once cost 0.8 s, 4k 6 s).
 */
import { VFile } from "vfile";
import { normalizeDocument } from "../normalize/pipeline.ts";
import { sha256Hex } from "../shared/hash.ts";
import type { SourceDocument } from "./corpus.ts";
import { formatSeconds, formatTable } from "./format.ts";

export const LINE_LENGTHS = [0, 1_000, 10_000, 100_000] as const;
/** Unmeasured runs first, so the first length does not pay for the JIT. */
const WARM_UP = 3;

/** The documents and where their long line goes: after a line of the narrative (Changsha) or of a table. */
export const LONG_LINE_CASES = [{ id: "changsha-2023", after: 89, line: (n: number) => "1".repeat(n) }] as const;

/** `text` with `line` inserted after line `after` (1-based). */
export function withLine(text: string, after: number, line: string): string {
  const lines = text.split("\n");
  return [...lines.slice(0, after), line, ...lines.slice(after)].join("\n");
}

export type LongLinePoint = { id: string; length: number; ms: number };

/** Fastest normalize time (the least disturbed by the other processes on a shared machine) of each case at each length. Throws if a case does not read (the figure would mean nothing). */
export function measureLongLines(
  sources: readonly SourceDocument[],
  runs: number,
  lengths: readonly number[] = LINE_LENGTHS,
): LongLinePoint[] {
  const points: LongLinePoint[] = [];
  for (const c of LONG_LINE_CASES) {
    const source = sources.find((s) => s.entry.id === c.id);
    if (!source) throw new Error(`long lines: no source ${c.id}`);
    for (const length of lengths) {
      const bytes = Buffer.from(withLine(source.text, c.after, c.line(length)));
      const entry = { ...source.entry, sha256: sha256Hex(bytes) };
      const times = Array.from({ length: runs + (length === lengths[0] ? WARM_UP : 0) }, () => {
        const start = performance.now();
        normalizeDocument(entry, bytes, { file: new VFile({ path: entry.file }) });
        return performance.now() - start;
      });
      points.push({ id: c.id, length, ms: Math.min(...times.slice(-runs)) });
    }
  }
  return points;
}

export function formatLongLines(points: readonly LongLinePoint[]): string {
  const rows = points.map((p) => {
    const base = points.find((b) => b.id === p.id && b.length === 0);
    const added = base ? Math.max(0, p.ms - base.ms) : Number.NaN;
    return [
      p.id,
      p.length === 0 ? "none" : `${p.length.toLocaleString("en-US")} chars`,
      formatSeconds(p.ms),
      p.length === 0 ? "" : `${added.toFixed(0)} ms`,
      p.length === 0 ? "" : `${((added / p.length) * 1000).toFixed(3)} ms`,
    ];
  });
  return `\nOne long line: normalize of one document (fastest of the runs)\n${formatTable(["document", "added line", "normalize", "added", "added per 1k chars"], rows)}`;
}
