/**
 * Number formatting for figures shown on the site. A published figure is shown
 * as its raw text; the only computed figures are sums, and a sum is written with
 * exactly as many decimals as its most precise part, computed in integers so no
 * binary rounding can change a digit (170.00 + 2076.70 → "2246.70", never "2246.7000000001").
 */

/** Digits after the decimal point of the first number in a published figure ("2076.70" → 2, "170" → 0). */
export function decimalsOf(raw: string): number {
  const match = /\d[\d,]*(?:\.(\d+))?/u.exec(raw);
  return match?.[1]?.length ?? 0;
}

/** A figure and the text it was read from. */
export type Figure = { value: number; raw: string };

/** The exact sum of published figures, or null when there is nothing to add. */
export function sumExact(figures: readonly Figure[]): string | null {
  if (figures.length === 0) return null;
  const decimals = Math.max(...figures.map((f) => decimalsOf(f.raw)));
  const factor = 10 ** decimals;
  const total = figures.reduce((acc, f) => acc + Math.round(f.value * factor), 0);
  return fixedFromInteger(total, decimals);
}

/** `units / 10^decimals` written with exactly `decimals` decimals, without floating-point division. */
export function fixedFromInteger(units: number, decimals: number): string {
  if (!Number.isSafeInteger(units)) throw new Error(`sum out of exact range: ${units}`);
  const sign = units < 0 ? "-" : "";
  const digits = String(Math.abs(units)).padStart(decimals + 1, "0");
  if (decimals === 0) return sign + digits;
  return `${sign}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** A published cell for display: empty cells say so instead of vanishing. */
export function shownRaw(raw: string | undefined | null): string {
  return raw === undefined || raw === null || raw.trim() === "" ? "（空白）" : raw;
}
