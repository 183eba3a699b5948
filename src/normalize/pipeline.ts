/**
 * One manifest entry and its bytes → one validated DocumentData, or a fatal
 * vfile message. Pure apart from hashing: the caller does all file I/O.
 */
import { VFile } from "vfile";
import {
  SCHEMA_VERSION,
  documentData,
  type Document,
  type DocumentData,
  type ManifestEntry,
  type Project,
  type TopicRule,
  type ConceptRule,
} from "../model/schema.ts";
import { runChecks } from "./checks/index.ts";
import { fail } from "./errors.ts";
import { closeLedger } from "./ledger.ts";
import { READERS } from "./readers/index.ts";
import { buildReport } from "./report.ts";
import { flagSharedCodes } from "./shared-codes.ts";
import { uniqueIds } from "./unique-ids.ts";
import { checkHash, LIMITS, sourcePath } from "./source.ts";
import { assignTopics } from "./topics.ts";
import { matchConcept } from "./concepts.ts";
import { extractAny, extractSync, gridLines, placeOf } from "./extract/index.ts";
import type { Lines } from "./extract/adapt.ts";
import { Refusal } from "./extract/refusal.ts";
import type { Place } from "../model/grid.ts";

// Re-exported: the scripts and tests that drive the pipeline read the source from the same path.
export { sourcePath } from "./source.ts";

export type NormalizeOptions = {
  /** Receives the messages; a fresh vfile named after the source by default. */
  file?: VFile;
  topics?: readonly TopicRule[];
  concepts?: readonly ConceptRule[];
  /** Lines already extracted from an office file (normalizeSource does this for PDF and .xlsx, which read asynchronously). */
  extracted?: Lines;
};

/**
 * Source bytes → lines for the reader, and each line's place in the published
 * file: one path for every format — the manifest hash, then the format's
 * extractor into the grid (extract/), then the reader family's adapter.
 * A text export's place is its line number, which every record's `source.line`
 * already is: its places are left out (null), as the data has always had it.
 */
function sourceLines(
  file: VFile,
  bytes: Uint8Array,
  entry: ManifestEntry,
  extracted?: Lines,
): { lines: string[]; places: Place[] | null } {
  const format = entry.format ?? "text";
  checkHash(file, bytes, entry);
  try {
    const { lines, places } =
      extracted ??
      gridLines(extractSync(bytes, format, sourcePath(entry), { reader: entry.reader, file }), entry.reader);
    return { lines, places: format === "text" ? null : places };
  } catch (error) {
    throw asFatal(file, error);
  }
}

/** The lines a reader reads from a source of a synchronous format (text, .docx), checked as normalizeDocument checks them. */
export function readSourceLines(file: VFile, bytes: Uint8Array, entry: ManifestEntry): string[] {
  return sourceLines(file, bytes, entry).lines;
}

/** normalizeDocument for any format: PDF and .xlsx are extracted first (asynchronously). */
export async function normalizeSource(
  entry: ManifestEntry,
  bytes: Uint8Array,
  options: NormalizeOptions = {},
): Promise<DocumentData> {
  const format = entry.format ?? "text";
  if (format === "text" || format === "docx") return normalizeDocument(entry, bytes, options);
  const file = options.file ?? new VFile({ path: sourcePath(entry) });
  let extracted: Lines;
  try {
    extracted = gridLines(await extractAny(bytes, format, sourcePath(entry)), entry.reader);
  } catch (error) {
    throw asFatal(file, error);
  }
  return normalizeDocument(entry, bytes, { ...options, file, extracted });
}

/** Normalize one document. Throws only a VFileMessage (fatal) for bad input; `file` carries warnings. */
export function normalizeDocument(
  entry: ManifestEntry,
  bytes: Uint8Array,
  options: NormalizeOptions = {},
): DocumentData {
  const file = options.file ?? new VFile({ path: sourcePath(entry) });
  const { lines, places } = sourceLines(file, bytes, entry, options.extracted);
  const read = READERS[entry.reader]({ file, lines, entry });
  const result = places ? { ...read, projects: read.projects.map((p) => withPlaces(p, places)) } : read;
  closeLedger(result.ledger, "text outside the target tables (titles, contents, notes, page numbers)");
  checkCellLengths(file, result.projects);
  const labelled = flagSharedCodes(uniqueIds(result.projects)).map((p) => ({
    ...p,
    topics: assignTopics(p, options.topics ?? []),
    indicators: p.indicators.map((i) => {
      const concept = matchConcept(i, options.concepts ?? []);
      return concept ? { ...i, concept } : i;
    }),
  }));
  const document: Document = {
    id: entry.id,
    title: entry.title,
    publisher: entry.publisher,
    region: entry.region,
    year: entry.year,
    kind: entry.kind,
    reader: entry.reader,
    origin: entry.origin ?? null,
    format: entry.format ?? "text",
    retrieved: entry.retrieved ?? null,
    source: {
      file: sourcePath(entry),
      sha256: entry.sha256,
      lines: lines.length,
      ...(places ? { extracted: lines.map((text, i) => ({ text, place: places[i] ?? null })) } : {}),
    },
    ...(result.budgetTables?.length ? { budgetTables: result.budgetTables } : {}),
  };
  const { projects, reportFlags } = runChecks({ document, projects: labelled });
  const data: DocumentData = {
    schemaVersion: SCHEMA_VERSION,
    document,
    projects,
    report: buildReport(entry.id, sourcePath(entry), result.ledger, result.tables, projects, reportFlags),
  };
  const checked = documentData.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    fail(
      file,
      lineOf(data, issue.path),
      "records that fit the data model",
      `${issue.path.join(".")}: ${issue.message}`,
      "pipeline:model",
    );
  }
  return checked.data;
}

/**
 * No cell longer than LIMITS.cellChars: a reader joins broken cells and takes
 * any text in a cell's place, so a stray megabyte would otherwise become a name
 * or a value (and a page of that size on the site).
 */
function checkCellLengths(file: VFile, projects: readonly Project[]): void {
  const tooLong = (text: string | null | undefined) => text != null && text.length > LIMITS.cellChars;
  const limit = `at most ${LIMITS.cellChars.toLocaleString("en-US")} characters`;
  for (const p of projects) {
    if (tooLong(p.name))
      fail(
        file,
        p.source.lines[0],
        `a record name of ${limit}`,
        `${p.name.length.toLocaleString("en-US")} characters`,
        "pipeline:cell-too-long",
      );
    for (const i of p.indicators) {
      const cells = {
        name: i.name,
        description: i.description,
        scoring: i.scoring,
        value: i.target?.raw,
        "period value": i.periodTarget?.raw,
      };
      for (const [role, text] of Object.entries(cells)) {
        if (tooLong(text))
          fail(
            file,
            i.source.line,
            `an indicator ${role} of ${limit}`,
            `${text!.length.toLocaleString("en-US")} characters`,
            "pipeline:cell-too-long",
          );
      }
    }
  }
}

/** The source line of the record or indicator a validation issue points at. */
function lineOf(data: DocumentData, path: readonly (string | number)[]): number {
  if (path[0] !== "projects" || typeof path[1] !== "number") return 1;
  const project = data.projects[path[1]];
  const indicator = path[2] === "indicators" && typeof path[3] === "number" ? project?.indicators[path[3]] : undefined;
  return indicator?.source.line ?? project?.source.lines[0] ?? 1;
}

/** Records and indicators pointed back to their place in the published office file. */
function withPlaces(project: Project, places: readonly Place[]): Project {
  const at = (line: number) => placeOf(places, line);
  const first = at(project.source.lines[0]);
  return {
    ...project,
    source: first ? { ...project.source, place: first } : project.source,
    indicators: project.indicators.map((i) => {
      const place = at(i.source.line);
      return place ? { ...i, source: { ...i.source, place } } : i;
    }),
  };
}

/** A refused office file becomes the document's fatal message (file.fail throws it); any other error passes through. */
function asFatal(file: VFile, error: unknown): unknown {
  if (error instanceof Refusal) {
    file.fail(`${error.message} — ${error.todo}`, {
      place: { line: 1, column: 1 },
      ruleId: error.ruleId,
      source: "normalize",
    });
  }
  return error;
}
