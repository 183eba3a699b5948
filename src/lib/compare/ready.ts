/**
 * Ready-made selections for the compare view, linked from /compare/ so the
 * page offers comparisons even before anyone picks: for each comparison
 * topic, the project with the largest published budget in each region.
 */
import type { Project } from "../../model/schema.ts";
import { byBudget } from "../site/summary.ts";
import { MAX_SELECTION } from "./selection.ts";
import { regionSlugs, topicsWithComparison, type Corpus } from "./topics.ts";

export type ReadySelection = { topic: string; records: Project[] };

export function readySelections(data: Corpus): ReadySelection[] {
  const slugOf = regionSlugs(data);
  return topicsWithComparison(data).flatMap(({ topic, regions }) => {
    const records = regions.slice(0, MAX_SELECTION).flatMap((slug) => {
      const projects = data.projects.filter(
        (p) => p.kind === "project" && p.topics.includes(topic) && slugOf.get(p.documentId) === slug,
      );
      return byBudget(projects).slice(0, 1);
    });
    return records.length >= 2 ? [{ topic, records }] : [];
  });
}
