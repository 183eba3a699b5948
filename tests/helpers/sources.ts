/** Test helpers: read real sources through the same pipeline the build uses. */
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import { expect } from "vitest";
import { readPipelineInputs } from "../../scripts/lib/pipeline-inputs.ts";
import type { ConceptRule, DocumentData, ManifestEntry, TopicRule } from "../../src/model/schema.ts";
import { normalizeDocument, sourcePath } from "../../src/normalize/pipeline.ts";
import { sha256Hex } from "../../src/shared/hash.ts";
import { splitSourceLines } from "../../src/shared/lines.ts";

export function manifestEntries(): ManifestEntry[] {
  return readPipelineInputs().manifest.documents;
}

export function entry(id: string): ManifestEntry {
  const found = manifestEntries().find((e) => e.id === id);
  if (!found) throw new Error(`no manifest entry ${id}`);
  return found;
}

export function topicRules(): TopicRule[] {
  return readPipelineInputs().topics;
}

export function conceptRules(): ConceptRule[] {
  return readPipelineInputs().concepts;
}

const cache = new Map<string, DocumentData>();

/** The normalized document, as `npm run normalize` would write it. */
export function normalized(id: string): DocumentData {
  if (!cache.has(id)) {
    const e = entry(id);
    cache.set(
      id,
      normalizeDocument(e, readFileSync(sourcePath(e)), { topics: topicRules(), concepts: conceptRules() }),
    );
  }
  return cache.get(id)!;
}

export function sourceLines(id: string): string[] {
  return splitSourceLines(readFileSync(sourcePath(entry(id)), "utf8"));
}

/**
 * `text` read as a document of the same layout family as the manifest entry `base`,
 * through the whole pipeline: the data, or null where it stopped (its message is on `file`).
 */
export function readAsFamilyOf(base: string, text: string): { data: DocumentData | null; file: VFile } {
  const bytes = new TextEncoder().encode(text);
  const e = { ...entry(base), id: "fixture", file: "fixture.txt", sha256: sha256Hex(bytes) };
  const file = new VFile({ path: "fixture.txt" });
  try {
    return { data: normalizeDocument(e, bytes, { file }), file };
  } catch {
    return { data: null, file };
  }
}

/** Every line of the document counted once in its report (record, structure, blank or skipped), `total` in all. */
export function expectEveryLineOnce({ report, document }: DocumentData, total: number): void {
  const { record, structure, blank, skipped } = report.lines;
  expect(report.lines.total).toBe(total);
  expect(document.source.lines).toBe(total);
  expect(record + structure + blank + skipped).toBe(total);
}
