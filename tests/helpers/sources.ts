/** Test helpers: read real sources through the same pipeline the build uses. */
import { readFileSync } from "node:fs";
import { readPipelineInputs } from "../../scripts/lib/pipeline-inputs.ts";
import type { ConceptRule, DocumentData, ManifestEntry, TopicRule } from "../../src/model/schema.ts";
import { normalizeDocument, sourcePath } from "../../src/normalize/pipeline.ts";
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
