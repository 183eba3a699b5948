/** A 绩效目标 cell → goal items, each verbatim (numbering included). */
export function splitGoals(text: string): string[] {
  return text
    .split("\n")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}
