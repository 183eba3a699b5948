/**
 * A 绩效目标 cell → goal items. Numbered items ("1. … 2. …", "（一）…（二）…")
 * become one item each, numbering included (as published); a cell without a
 * numbered sequence stays one item.
 */

const HAN_NUMERALS = "一二三四五六七八九十";

/** A marker at the start or after a sentence break, so "GB/T19580" or "2.5" are not items. */
const MARKER = /(?<=^|[。；;，,\s])(?:(\d{1,2})[.．、]|[（(]([一二三四五六七八九十]{1,2})[）)])/gu;

function ordinal(arabic: string | undefined, han: string | undefined): number {
  if (arabic) return Number(arabic);
  const h = han ?? "";
  if (h.length === 1) return HAN_NUMERALS.indexOf(h) + 1;
  // 十一 … 十九
  return h.startsWith("十") ? 10 + HAN_NUMERALS.indexOf(h.charAt(1)) + 1 : 0;
}

export function goalsByNumbering(text: string | null): string[] {
  const goal = (text ?? "").trim();
  if (goal === "") return [];
  // Markers numbered 1, 2, 3 … in order; others (a "3." inside item 1) are text.
  const starts: number[] = [];
  for (const m of goal.matchAll(MARKER)) {
    if (ordinal(m[1], m[2]) === starts.length + 1) starts.push(m.index);
  }
  if (starts.length < 2) return [goal];
  const preamble = goal.slice(0, starts[0]).trim();
  const items = starts.map((start, i) => goal.slice(start, starts[i + 1]).trim());
  return preamble ? [preamble, ...items] : items;
}
