// The source page numbers its lines with src/shared/lines.ts, the normalize step's own splitter.

/** The line-range label a reader sees: "第 71 行" or "第 71–77 行". */
export function lineLabel(lines: readonly [number, number] | number): string {
  if (typeof lines === "number") return `第 ${lines} 行`;
  const [first, last] = lines;
  return first === last ? `第 ${first} 行` : `第 ${first}–${last} 行`;
}
