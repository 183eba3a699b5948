/** The parse report of one document: what was read, placed, repaired, skipped and flagged. */
import type { Project, Report, ReportFlag } from "../model/schema.ts";
import { targetKind } from "../model/schema.ts";
import type { Ledger } from "./ledger.ts";

/** Every flag of every record and indicator, with where it stands. */
export function collectFlags(projects: readonly Project[]): ReportFlag[] {
  const out: ReportFlag[] = [];
  for (const p of projects) {
    for (const code of p.flags) out.push({ code, recordId: p.id, line: p.source.lines[0], detail: p.name });
    for (const i of p.indicators) {
      const label = i.name ?? i.description ?? "";
      for (const code of i.flags) out.push({ code, recordId: i.id, line: i.source.line, detail: label });
      for (const t of [i.target, i.periodTarget]) {
        for (const code of t?.flags ?? [])
          out.push({ code, recordId: i.id, line: i.source.line, detail: `${label}: ${t!.raw}` });
      }
    }
  }
  return out;
}

export function buildReport(
  documentId: string,
  path: string,
  ledger: Ledger,
  tables: number,
  projects: readonly Project[],
  checkFlags: readonly ReportFlag[] = [],
): Report {
  const lines = { total: ledger.lines.length, record: 0, structure: 0, blank: 0, skipped: 0 };
  const skipped: Report["skipped"] = [];
  ledger.entries.forEach((entry, i) => {
    const use = entry?.use ?? "skipped";
    lines[use]++;
    if (use !== "skipped") return;
    const reason = entry?.reason ?? "not accounted for";
    const previous = skipped[skipped.length - 1];
    // Consecutive lines skipped for the same reason make one report entry.
    if (previous && previous.lines[1] === i && previous.reason === reason) {
      previous.lines[1] = i + 1;
      previous.text += `\n${ledger.lines[i]}`;
    } else {
      skipped.push({ lines: [i + 1, i + 1], reason, text: ledger.lines[i]! });
    }
  });
  const targets = Object.fromEntries(targetKind.options.map((k) => [k, 0])) as Report["targets"];
  const records = { project: 0, unit: 0, template: 0 };
  let indicators = 0;
  let emptyCategories = 0;
  for (const p of projects) {
    records[p.kind]++;
    emptyCategories += p.emptyCategories.length;
    for (const i of p.indicators) {
      indicators++;
      for (const t of [i.target, i.periodTarget]) if (t) targets[t.kind] = (targets[t.kind] ?? 0) + 1;
    }
  }
  return {
    documentId,
    file: path,
    lines,
    repairedLines: ledger.repaired.size,
    tables,
    records,
    indicators,
    emptyCategories,
    targets,
    skipped,
    // A check's finding carries the figures; the same code collected from the record would only repeat it.
    flags: [
      ...checkFlags,
      ...collectFlags(projects).filter((f) => !checkFlags.some((c) => c.code === f.code && c.recordId === f.recordId)),
    ],
  };
}
