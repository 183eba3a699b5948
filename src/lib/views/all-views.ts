/**
 * Every view file the site writes, one entry per list page (or per whole
 * paginated list): concept targets, topic records and targets, a region's
 * records, a document's records, a record's targets, the indicator-tree lists.
 * Names are unique and say what the rows are.
 */
import { conceptPages } from "../compare/concept-page.ts";
import { topicPages } from "../compare/topic-view-model.ts";
import { perBuild } from "../compare/per-build.ts";
import type { Level1, Level2 } from "../../model/schema.ts";
import type { Site } from "../site/site-data.ts";
import { ALL_SCOPE, LEVEL1_SLUGS, LEVEL2_SLUGS, levelEntries, levelSlug, type LevelKey } from "../site/level-lists.ts";
import { LEVEL2_PARENT } from "../../shared/levels.ts";
import { recordContexts, targetContexts, type View } from "./views.ts";

export const conceptViewName = (concept: string) => `${concept}-targets`;
export const topicRecordsViewName = (topic: string) => `compare-${topic}-records`;
export const topicTargetsViewName = (topic: string) => `compare-${topic}-targets`;
export const regionViewName = (slug: string) => `${slug}-records`;
export const documentViewName = (id: string) => `${id}-records`;
export const recordViewName = (id: string) => `${id}-targets`;

export const allViews = perBuild((site: Site): View[] => {
  const byId = site.documentById;
  const views: View[] = [];
  for (const page of conceptPages(site)) {
    views.push({
      name: conceptViewName(page.concept),
      kind: "targets",
      contexts: targetContexts(
        page.regions.flatMap((r) => r.entries),
        byId,
      ),
    });
  }
  for (const page of topicPages(site)) {
    const records = page.columns.flatMap((c) => [...c.projects, ...c.units]);
    views.push({
      name: topicRecordsViewName(page.topic),
      kind: "records",
      contexts: recordContexts([...records, ...page.templates], byId),
    });
    views.push({
      name: topicTargetsViewName(page.topic),
      kind: "targets",
      contexts: targetContexts(
        records.flatMap((record) => record.indicators.map((indicator) => ({ record, indicator }))),
        byId,
      ),
    });
  }
  for (const region of site.regions)
    views.push({ name: regionViewName(region.slug), kind: "records", contexts: recordContexts(region.projects, byId) });
  for (const document of site.documents) {
    views.push({
      name: documentViewName(document.id),
      kind: "records",
      contexts: recordContexts(site.projectsByDocument.get(document.id)!, byId),
    });
  }
  for (const record of site.projects) {
    views.push({
      name: recordViewName(record.id),
      kind: "targets",
      contexts: targetContexts(
        record.indicators.map((indicator) => ({ record, indicator })),
        byId,
      ),
    });
  }
  const keys: LevelKey[] = [
    ...(Object.keys(LEVEL1_SLUGS) as Level1[]).map((level1) => ({ level1 })),
    ...(Object.keys(LEVEL2_SLUGS) as Level2[]).map((level2) => ({ level1: LEVEL2_PARENT[level2], level2 })),
  ];
  const scopes = [
    { slug: ALL_SCOPE, records: site.projects },
    ...site.regions.map((r) => ({ slug: r.slug, records: r.projects })),
  ];
  for (const key of keys) {
    for (const scope of scopes) {
      const entries = levelEntries(scope.records, key);
      if (entries.length > 0)
        views.push({
          name: `${levelSlug(key)}-${scope.slug}-indicators`,
          kind: "targets",
          contexts: targetContexts(entries, byId),
        });
    }
  }
  const seen = new Set<string>();
  for (const v of views) {
    if (seen.has(v.name)) throw new Error(`views: ${v.name} twice`);
    seen.add(v.name);
  }
  return views;
});
