/**
 * The published text, line by line, numbered exactly as the normalize step
 * numbers it (src/normalize/source.ts: BOM dropped, LF or CRLF breaks, no
 * phantom line after a final break), so `#L<n>` anchors match `source.line`.
 * tests/unit/site-source.test.ts holds the two to the same count.
 */
export function sourceLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The line-range label a reader sees: "第 71 行" or "第 71–77 行". */
export function lineLabel(lines: readonly [number, number] | number): string {
  if (typeof lines === "number") return `第 ${lines} 行`;
  const [first, last] = lines;
  return first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
}
