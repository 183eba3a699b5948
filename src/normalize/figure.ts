/** Published figures as numbers: shared by the readers, the target grammar and the checks. */

/**
 * The printed digits as a number, or null past 15 significant digits, where a
 * double would no longer print back the same digits (a 10,000-digit amount is
 * not Infinity: it is not read).
 */
export function toNumber(digits: string): number | null {
  return digits.replace(/^0+|\./g, "").length > 15 ? null : Number(digits);
}

/** A published figure ("2,170.30", "197") as a number; null for anything else, and for more digits than a number keeps. */
export function figure(raw: string): number | null {
  const text = raw.trim();
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u.test(text)) return null;
  return toNumber(text.replace(/,/gu, ""));
}
