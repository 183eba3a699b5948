/**
 * A generated copy must read like its original: same records, indicators,
 * skipped lines and flags. A difference means the rewrite broke the layout
 * somewhere, and the scaled figures would not be comparable.
 */
import type { DocumentData } from "../model/schema.ts";

export type DocumentCounts = { records: number; indicators: number; skipped: number; flags: number };

export function documentCounts(data: DocumentData): DocumentCounts {
  let flags = 0;
  let indicators = 0;
  for (const p of data.projects) {
    flags += p.flags.length;
    for (const i of p.indicators) {
      indicators++;
      flags += i.flags.length + (i.target?.flags.length ?? 0) + (i.periodTarget?.flags.length ?? 0);
    }
  }
  return { records: data.projects.length, indicators, skipped: data.report.skipped.length, flags };
}

/** The original's id of a generated copy (qingdao-2023-x7 → qingdao-2023), or the id itself. */
export const originalId = (id: string) => id.replace(/-x\d+$/u, "");

/** Copies whose counts differ from their original's, one line each. */
export function driftFromOriginals(documents: readonly DocumentData[]): string[] {
  const originals = new Map(
    documents.filter((d) => originalId(d.document.id) === d.document.id).map((d) => [d.document.id, documentCounts(d)]),
  );
  const out: string[] = [];
  for (const d of documents) {
    const id = d.document.id;
    const original = originals.get(originalId(id));
    if (!original || originalId(id) === id) continue;
    const counts = documentCounts(d);
    const differ = (Object.keys(counts) as (keyof DocumentCounts)[]).filter((k) => counts[k] !== original[k]);
    if (differ.length > 0)
      out.push(`${id}: ${differ.map((k) => `${k} ${counts[k]} (original ${original[k]})`).join(", ")}`);
  }
  return out;
}
