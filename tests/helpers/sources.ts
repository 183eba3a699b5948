/** Test helpers: read real sources through the same pipeline the build uses. */
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import type { DocumentData, ManifestEntry } from "../../src/model/schema.ts";
import { CONCEPT_RULES_PATH, loadConceptRules, loadManifest, loadTopicRules, MANIFEST_PATH, TOPIC_RULES_PATH } from "../../src/normalize/manifest.ts";
import { normalizeDocument, sourcePath } from "../../src/normalize/pipeline.ts";

export function manifestEntries(): ManifestEntry[] {
  return loadManifest(new VFile({ path: MANIFEST_PATH }), readFileSync(MANIFEST_PATH, "utf8")).documents;
}

export function entry(id: string): ManifestEntry {
  const found = manifestEntries().find((e) => e.id === id);
  if (!found) throw new Error(`no manifest entry ${id}`);
  return found;
}

export function topicRules() {
  return loadTopicRules(new VFile({ path: TOPIC_RULES_PATH }), readFileSync(TOPIC_RULES_PATH, "utf8"));
}

export function conceptRules() {
  return loadConceptRules(new VFile({ path: CONCEPT_RULES_PATH }), readFileSync(CONCEPT_RULES_PATH, "utf8"));
}

const cache = new Map<string, DocumentData>();

/** The normalized document, as `npm run normalize` would write it. */
export function normalized(id: string): DocumentData {
  if (!cache.has(id)) {
    const e = entry(id);
    cache.set(id, normalizeDocument(e, readFileSync(sourcePath(e)), { topics: topicRules(), concepts: conceptRules() }));
  }
  return cache.get(id)!;
}

export function sourceLines(id: string): string[] {
  return readFileSync(sourcePath(entry(id)), "utf8").split("\n");
}
