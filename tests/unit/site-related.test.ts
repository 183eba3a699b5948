import { describe, expect, test } from "vitest";
import { generateCorpus } from "../../src/bench/corpus.ts";
import type { DocumentData, Project } from "../../src/model/schema.ts";
import { normalizeDocument } from "../../src/normalize/pipeline.ts";
import { regionSlug } from "../../src/lib/site/regions.ts";
import { relatedRecords, RELATED_LIMIT } from "../../src/lib/site/related.ts";
import { conceptRules, manifestEntries, normalized, topicRules } from "../helpers/sources.ts";
import { readFileSync } from "node:fs";
import { sourcePath } from "../../src/normalize/pipeline.ts";

/** The page's former rule: every record of another region sharing a topic, in data order. */
function scan(data: { documents: DocumentData["document"][]; projects: Project[] }, record: Project): Project[] {
  const slug = (id: string) => regionSlug(data.documents.find((d) => d.id === id)!.region);
  return data.projects.filter(
    (p) =>
      p.id !== record.id &&
      slug(p.documentId) !== slug(record.documentId) &&
      p.topics.some((t) => record.topics.includes(t)),
  );
}

function siteOf(docs: DocumentData[]) {
  const sorted = [...docs].sort((a, b) => a.document.id.localeCompare(b.document.id));
  return { documents: sorted.map((d) => d.document), projects: sorted.flatMap((d) => d.projects) };
}

describe("relatedRecords", () => {
  const base = siteOf(manifestEntries().map((e) => normalized(e.id)));

  test("on the real documents: the same records as a full scan, where they fit under the limit", () => {
    for (const record of base.projects) {
      const all = scan(base, record);
      const { shown, total } = relatedRecords(base, record, 1000);
      expect(total).toBe(all.length);
      expect(shown.map((p) => p.id)).toEqual(all.map((p) => p.id));
    }
  });

  test("on a ×4 corpus: at most the limit, one per region first, in data order, with the full count", () => {
    const sources = manifestEntries().map((entry) => ({
      entry,
      text: readFileSync(sourcePath(entry), "utf8"),
      names: [...new Set(normalized(entry.id).projects.map((p) => p.name))],
    }));
    const corpus = generateCorpus(sources, 4);
    const data = siteOf(
      corpus.manifest.documents.map((entry) =>
        normalizeDocument(entry, new TextEncoder().encode(corpus.files.get(entry.file)), {
          topics: topicRules(),
          concepts: conceptRules(),
        }),
      ),
    );
    const record = data.projects.find((p) => p.topics.length > 0 && scan(data, p).length > RELATED_LIMIT)!;
    const all = scan(data, record);
    const { shown, total } = relatedRecords(data, record);
    expect(total).toBe(all.length);
    expect(shown).toHaveLength(RELATED_LIMIT);
    const allIds = all.map((p) => p.id);
    // A subsequence of the full list …
    expect(shown.map((p) => allIds.indexOf(p.id))).toEqual(
      [...shown.map((p) => allIds.indexOf(p.id))].sort((a, b) => a - b),
    );
    // … covering as many regions as fit.
    const slug = (p: Project) => regionSlug(data.documents.find((d) => d.id === p.documentId)!.region);
    const regions = new Set(all.map(slug)).size;
    expect(new Set(shown.map(slug)).size).toBe(Math.min(regions, RELATED_LIMIT));
  }, 60_000);

  test("a record without topics has none", () => {
    const record = { ...base.projects[0]!, topics: [] };
    expect(relatedRecords(base, record)).toEqual({ shown: [], total: 0 });
  });
});
