/** A 绩效目标 cell → goal items, one per non-empty line, each verbatim (numbering included). */
export function goalsByLine(text: string): string[] {
  return text
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}
