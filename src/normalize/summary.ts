/** The short parse-report summary printed after a normalize run. */
import type { DocumentData } from "../model/schema.ts";

export function summarize(documents: readonly DocumentData[]): string {
  const rows = documents.map(({ document, report: r }) => {
    const records =
      Object.entries(r.records)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(" + ") || "0 records";
    return [
      document.id.padEnd(16),
      `${String(r.tables).padStart(3)} tables`,
      records.padEnd(22),
      `${String(r.indicators).padStart(4)} indicators`,
      `${String(r.targets.unparsed).padStart(3)} unparsed`,
      `${String(r.lines.skipped).padStart(4)}/${r.lines.total} lines skipped`,
      `${String(r.repairedLines).padStart(3)} repaired`,
      `${String(r.flags.length).padStart(4)} flags`,
    ].join("  ");
  });
  return ["normalize: content/data/ written", ...rows].join("\n");
}
