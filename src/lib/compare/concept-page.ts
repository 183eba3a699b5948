/**
 * The view model of a concept page (/indicators/<concept>/): every occurrence
 * of one indicator concept, by region, aligned across all regions at once;
 * template rows (no targets) apart; the topic comparisons it appears on.
 */
import { groupByRegion } from "../site/regions.ts";
import { alignInput, alignRow, type AlignedGroup } from "./align.ts";
import { scopeOf } from "./scope.ts";
import type { RowEntry } from "./topic-view-model.ts";
import {
  conceptOccurrences,
  conceptsWithOccurrences,
  topicsWithComparison,
  type Corpus,
  type Occurrence,
  type TopicComparison,
} from "./topics.ts";

export type ConceptRegion = { slug: string; name: string; years: number[]; entries: RowEntry[] };

export type ConceptPage = {
  concept: string;
  regions: ConceptRegion[];
  groups: AlignedGroup[];
  comparableRegions: string[];
  /** Occurrences with a target (projects and whole units). */
  total: number;
  templates: Occurrence[];
  topics: TopicComparison[];
};

export function conceptPage(data: Corpus, concept: string): ConceptPage {
  const occurrences = conceptOccurrences(data, concept);
  const regionViews = groupByRegion([...data.documents], [...data.projects]);
  // Region by region (administrative-code order, as everywhere on the site), publication order within.
  const withTargets = regionViews.flatMap((r) =>
    occurrences.filter((o) => o.region === r.slug && o.record.kind !== "template"),
  );
  const alignment = alignRow(withTargets.map((o) => alignInput(o.region, o.indicator.target)));
  const entries = withTargets.map((o, i) => ({ ...o, scope: scopeOf(o.indicator), aligned: alignment.cells[i]! }));
  const yearOf = new Map(data.documents.map((d) => [d.id, d.year]));
  const regions = regionViews
    .map((r) => {
      const own = entries.filter((e) => e.region === r.slug);
      return {
        slug: r.slug,
        name: r.name,
        years: [...new Set(own.map((e) => yearOf.get(e.record.documentId)!))].sort(),
        entries: own,
      };
    })
    .filter((r) => r.entries.length > 0);
  const recordTopics = new Set(occurrences.flatMap((o) => o.record.topics));
  return {
    concept,
    regions,
    groups: alignment.groups,
    comparableRegions: alignment.comparableColumns,
    total: withTargets.length,
    templates: occurrences.filter((o) => o.record.kind === "template"),
    topics: topicsWithComparison(data).filter((t) => recordTopics.has(t.topic)),
  };
}

/** Every concept page the data supports, for getStaticPaths. */
export function conceptPages(data: Corpus): ConceptPage[] {
  return conceptsWithOccurrences(data).map((c) => conceptPage(data, c.concept));
}
