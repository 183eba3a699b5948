/**
 * The quality report's figures and links. Flags link to their entry in the
 * document's quality section: every entry of report.flags gets an anchor; a
 * flag the report does not list (it should not happen) falls back to the
 * section itself rather than a dead anchor.
 *
 * The figures are taken from each document's parse report and summed, so the
 * overview, a region's page and a document's page never disagree. What grows
 * with the corpus (a document's skipped lines and flags) stays on the
 * document page; /data/quality/ and its region pages show counts and link there.
 */
import { flagCode, type Document, type FlagCode, type Project, type Report } from "../../model/schema.ts";
import { coverageKey, type Coverage, type CoverageCell, type CoverageRow } from "./coverage.ts";
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

const flagLinkers = new WeakMap<Pick<Report, "flags" | "documentId">, FlagLinker>();

/** One per report: every record page of a document links into the same report, which can hold many flags. */
export function flagLinker(report: Pick<Report, "flags" | "documentId">): FlagLinker {
  let link = flagLinkers.get(report);
  if (!link) {
    const anchors = new Set(reportAnchors(report));
    link = (recordId, code) => {
      const anchor = flagAnchor(recordId, code);
      return documentPath(report.documentId, anchors.has(anchor) ? anchor : QUALITY_SECTION);
    };
    flagLinkers.set(report, link);
  }
  return link;
}

export type RecordLink = { href: string; label: string };

/** Record and indicator ids of a document's records → where they are shown. */
export function recordLinks(
  projects: readonly Project[],
  documentId?: string,
): (recordId: string) => RecordLink | null {
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

export type FlagCount = { code: FlagCode; count: number };

/** Flags counted by code, in the vocabulary's order (src/model/flags.ts); codes with none are left out. */
export function flagCounts(flags: readonly { code: FlagCode }[]): FlagCount[] {
  const counts = new Map<FlagCode, number>();
  for (const flag of flags) counts.set(flag.code, (counts.get(flag.code) ?? 0) + 1);
  return flagCode.options.flatMap((code) => {
    const count = counts.get(code);
    return count === undefined ? [] : [{ code, count }];
  });
}

/** A document with its parse report and its records no topic rule caught (the list that tells which rules to add, content/rules/topics.json). */
export type DocumentQuality = { document: Document; report: Report; untopical: Project[] };

/** Each document's report looked up by id, its records grouped in one pass. */
export function documentQualities(
  documents: readonly Document[],
  reports: ReadonlyMap<string, Report>,
  records: readonly Project[],
): DocumentQuality[] {
  const untopical = new Map<string, Project[]>();
  for (const record of records) {
    if (record.topics.length > 0) continue;
    const list = untopical.get(record.documentId) ?? [];
    list.push(record);
    untopical.set(record.documentId, list);
  }
  return documents.map((document) => {
    const report = reports.get(document.id);
    if (!report) throw new Error(`document ${document.id} has no parse report`);
    return { document, report, untopical: untopical.get(document.id) ?? [] };
  });
}

/** The counts of a parse report, which add up across documents. */
export type ReportCounts = Pick<
  Report,
  "lines" | "repairedLines" | "tables" | "records" | "indicators" | "emptyCategories" | "targets"
>;

const sum = (values: Iterable<number | undefined>) => [...values].reduce<number>((n, v) => n + (v ?? 0), 0);

/** Sums by key of records like report.records and report.targets; a key no report has stays out, as in a single report. */
function sumByKey<K extends string>(maps: readonly Partial<Record<K, number>>[]): Partial<Record<K, number>> {
  const keys = [...new Set(maps.flatMap((m) => Object.keys(m) as K[]))];
  return Object.fromEntries(keys.map((key) => [key, sum(maps.map((m) => m[key]))])) as Partial<Record<K, number>>;
}

/** Several documents' reports added up, to be shown as one report (ReportSummary). */
export function sumReports(reports: readonly ReportCounts[]): ReportCounts {
  const total = (pick: (report: ReportCounts) => number) => sum(reports.map(pick));
  return {
    lines: {
      total: total((r) => r.lines.total),
      record: total((r) => r.lines.record),
      structure: total((r) => r.lines.structure),
      blank: total((r) => r.lines.blank),
      skipped: total((r) => r.lines.skipped),
    },
    repairedLines: total((r) => r.repairedLines),
    tables: total((r) => r.tables),
    records: sumByKey(reports.map((r) => r.records)),
    indicators: total((r) => r.indicators),
    emptyCategories: total((r) => r.emptyCategories),
    targets: sumByKey(reports.map((r) => r.targets)),
  };
}

/** All records of a report, of every kind. */
export function recordCount(report: Pick<Report, "records">): number {
  return sum(Object.values(report.records));
}

export type YearCoverage = { records: number; flagged: number; unparsed: number; documents: number };

/**
 * A region's row of the coverage table added up over the kinds of table, one
 * entry per year of the table (null where the region has no data that year):
 * the overview's region × year grid, a third the size of region × year × kind.
 */
export function coverageByYear(matrix: Coverage, row: CoverageRow): (YearCoverage | null)[] {
  return matrix.years.map((year) => {
    const cells = matrix.kinds.flatMap((kind) => row.cells.get(coverageKey(year, kind)) ?? []);
    if (cells.length === 0) return null;
    const total = (pick: (cell: CoverageCell) => number) => sum(cells.map(pick));
    return {
      records: total((c) => c.records),
      flagged: total((c) => c.flagged),
      unparsed: total((c) => c.unparsed),
      documents: new Set(cells.flatMap((c) => c.documents)).size,
    };
  });
}

/** How much of region × year the data covers, and how many records carry a flag (as the coverage table counts them). */
export function coverageFigures(matrix: Coverage): {
  regions: number;
  years: number;
  regionYears: number;
  flaggedRecords: number;
} {
  const byYear = matrix.rows.flatMap((row) => coverageByYear(matrix, row)).filter((cell) => cell !== null);
  return {
    regions: matrix.rows.length,
    years: matrix.years.length,
    regionYears: byYear.length,
    flaggedRecords: sum(byYear.map((cell) => cell.flagged)),
  };
}
