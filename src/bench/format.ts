/** The benchmark's printed table and its units. */

/** Columns a terminal gives a character: 2 for CJK and full-width forms, 1 otherwise. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x20000 && c <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

export type Align = "left" | "right";

/** A plain-text table: columns padded to their widest cell, numbers right-aligned by default, a rule under the header. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  const columns = Math.max(header.length, ...rows.map((r) => r.length));
  const cell = (row: readonly string[], i: number) => row[i] ?? "";
  const widths = Array.from({ length: columns }, (_, i) =>
    Math.max(displayWidth(cell(header, i)), ...rows.map((r) => displayWidth(cell(r, i)))),
  );
  const alignOf = (i: number): Align => align?.[i] ?? (i === 0 ? "left" : "right");
  const pad = (text: string, i: number) => {
    const fill = " ".repeat(widths[i]! - displayWidth(text));
    return alignOf(i) === "left" ? text + fill : fill + text;
  };
  const line = (row: readonly string[]) =>
    Array.from({ length: columns }, (_, i) => pad(cell(row, i), i))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** 1536 → "1.5 KB"; binary units, one decimal. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return "–";
  const units = ["B", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

/** Milliseconds as seconds with two decimals below 10 s, one above. */
export function formatSeconds(ms: number): string {
  if (!Number.isFinite(ms)) return "–";
  const s = ms / 1000;
  return `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
}

export function formatCount(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString("en-US") : "–";
}

/** A growth ratio; "–" where undefined. */
export function formatRatio(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : "–";
}
