/**
 * Links from a flag to its entry in the document's quality section. Every
 * entry of report.flags gets an anchor; a flag the report does not list (it
 * should not happen) falls back to the section itself rather than a dead anchor.
 */
import type { FlagCode, Project, Report } from "../../model/schema.ts";
import { documentPath, indicatorPath, recordPath } from "./paths.ts";

export const QUALITY_SECTION = "quality";

export function flagAnchor(recordId: string, code: FlagCode): string {
  return `flag-${recordId}-${code}`;
}

/** The anchor of each report entry; a repeated (record, code) pair gets no second anchor. */
export function reportAnchors(report: Pick<Report, "flags">): (string | null)[] {
  const seen = new Set<string>();
  return report.flags.map((f) => {
    const anchor = flagAnchor(f.recordId, f.code);
    if (seen.has(anchor)) return null;
    seen.add(anchor);
    return anchor;
  });
}

export type FlagLinker = (recordId: string, code: FlagCode) => string;

export function flagLinker(report: Pick<Report, "flags" | "documentId">): FlagLinker {
  const anchors = new Set(reportAnchors(report));
  return (recordId, code) => {
    const anchor = flagAnchor(recordId, code);
    return documentPath(report.documentId, anchors.has(anchor) ? anchor : QUALITY_SECTION);
  };
}

export type RecordLink = { href: string; label: string };

/** Record and indicator ids of a document's records → where they are shown. */
export function recordLinks(projects: readonly Project[], documentId?: string): (recordId: string) => RecordLink | null {
  const links = new Map<string, RecordLink>();
  // A check on the document as a whole (its totals) names the document, not a record.
  if (documentId) links.set(documentId, { href: documentPath(documentId), label: "整份文件（合计与预算表）" });
  for (const project of projects) {
    links.set(project.id, { href: recordPath(project), label: project.name });
    for (const indicator of project.indicators) {
      links.set(indicator.id, {
        href: indicatorPath(project, indicator.id),
        label: `${project.name} › ${indicator.name ?? "（未填名称的指标）"}`,
      });
    }
  }
  return (recordId) => links.get(recordId) ?? null;
}
