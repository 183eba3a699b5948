/** Published figures as numbers: shared by the readers and the checks. */

/** A published figure ("2,170.30", "197") as a number; null for anything else. */
export function figure(raw: string): number | null {
  const text = raw.trim();
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u.test(text)) return null;
  return Number(text.replace(/,/gu, ""));
}
