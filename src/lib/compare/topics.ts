/**
 * Which comparisons exist: topics with records in two or more regions (the
 * /compare/<topic>/ pages) and indicator concepts with occurrences (the
 * /indicators/<concept>/ pages). Pure functions over the loaded data, so the
 * portal pages can link a record or a region to the comparisons it appears in.
 */
import type { Document, Indicator, Project } from "../../model/schema.ts";
import { groupByRegion, regionSlug } from "../site/regions.ts";
import { sharedTopics } from "../site/summary.ts";
import { perBuild } from "./per-build.ts";

/** What the comparison helpers read: documents and their records (the site's loadSite() result fits). Not the downloads' Dataset. */
export type Corpus = { documents: readonly Document[]; projects: readonly Project[] };

export type TopicComparison = { topic: string; regions: string[] };

/**
 * Topics with records that carry targets (projects, whole units) in at least
 * two regions, most regions first. Templates do not count: they are forms the
 * province asks applicants to fill, not spending.
 */
export const topicsWithComparison = perBuild((data: Corpus): TopicComparison[] =>
  sharedTopics(groupByRegion([...data.documents], [...data.projects])),
);

/** Comparison topics a record appears on (a template appears apart, below the regions). */
export function comparisonsFor(data: Corpus, projectId: string): TopicComparison[] {
  const record = projectsById(data).get(projectId);
  if (!record) return [];
  return topicsWithComparison(data).filter((t) => record.topics.includes(t.topic));
}

/** Comparison topics where a region has a record (its templates included). */
export function comparisonsForRegion(data: Corpus, slug: string): TopicComparison[] {
  const topics = topicsByRegion(data).get(slug) ?? new Set();
  return topicsWithComparison(data).filter((t) => topics.has(t.topic));
}

/** id → record: a find() per record page was quadratic. */
const projectsById = perBuild((data: Corpus) => new Map(data.projects.map((p) => [p.id, p])));

/** Region slug → the topics of its records: a scan of every record per region page was quadratic. */
const topicsByRegion = perBuild((data: Corpus) => {
  const slugOf = regionSlugs(data);
  const topics = new Map<string, Set<string>>();
  for (const p of data.projects) {
    const slug = slugOf.get(p.documentId)!;
    const set = topics.get(slug) ?? new Set<string>();
    for (const topic of p.topics) set.add(topic);
    topics.set(slug, set);
  }
  return topics;
});

/** documentId → region slug. */
export function regionSlugs(data: Corpus): Map<string, string> {
  return new Map(data.documents.map((d) => [d.id, regionSlug(d.region)]));
}

export type Occurrence = { record: Project; indicator: Indicator; region: string };

/** Every indicator of a concept, in data order (documents by id, records and rows as published). */
export function conceptOccurrences(data: Corpus, concept: string): Occurrence[] {
  const slugOf = regionSlugs(data);
  return data.projects.flatMap((record) =>
    record.indicators
      .filter((i) => i.concept === concept)
      .map((indicator) => ({ record, indicator, region: slugOf.get(record.documentId)! })),
  );
}

export type ConceptSummary = { concept: string; occurrences: number; regions: string[] };

/** Concepts found in the data, each with how often and in which regions; most regions first. */
export function conceptsWithOccurrences(data: Corpus): ConceptSummary[] {
  const slugOf = regionSlugs(data);
  const summaries = new Map<string, ConceptSummary>();
  for (const record of data.projects) {
    for (const { concept } of record.indicators) {
      if (concept === undefined) continue;
      const summary = summaries.get(concept) ?? { concept, occurrences: 0, regions: [] };
      summary.occurrences++;
      const region = slugOf.get(record.documentId)!;
      if (!summary.regions.includes(region)) summary.regions.push(region);
      summaries.set(concept, summary);
    }
  }
  return [...summaries.values()].sort(
    (a, b) =>
      b.regions.length - a.regions.length || b.occurrences - a.occurrences || a.concept.localeCompare(b.concept),
  );
}
