/** Office-file fixtures read through the pipeline, and the model compared without provenance. */
import { readFileSync } from "node:fs";
import type { DocumentData, ManifestEntry, Project } from "../../src/model/schema.ts";
import type { SourceFormat } from "../../src/model/grid.ts";
import { normalizeSource } from "../../src/normalize/pipeline.ts";
import { sha256Hex } from "../../src/shared/hash.ts";
import { conceptRules, entry, topicRules } from "./sources.ts";

export const OFFICE_FIXTURES = "tests/fixtures/office";

/** The fixture read as if it were the document `id` (same id, so record ids match). */
export async function normalizedFixture(
  id: string,
  file: string,
  format: SourceFormat,
  reader?: ManifestEntry["reader"],
): Promise<DocumentData> {
  const bytes = readFileSync(`${OFFICE_FIXTURES}/${file}`);
  const e: ManifestEntry = { ...entry(id), file, format, sha256: sha256Hex(bytes), ...(reader ? { reader } : {}) };
  return normalizeSource(e, bytes, { topics: topicRules(), concepts: conceptRules() });
}

/** A record without its provenance (line numbers, places, source file) and line-derived flags. */
export function withoutProvenance(p: Project): unknown {
  return {
    ...p,
    source: undefined,
    flags: p.flags,
    emptyCategories: p.emptyCategories.map((c) => ({ ...c, line: undefined })),
    indicators: p.indicators.map((i) => ({
      ...i,
      source: undefined,
      flags: i.flags.filter((f) => f !== "cellJoined"),
    })),
  };
}
