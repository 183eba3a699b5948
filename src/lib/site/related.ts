/**
 * “Other regions' records on the same topic”, as a record page lists them.
 *
 * Scanning every record on every record page is quadratic in the corpus, and
 * listing every match makes each page grow with it: at ×10 the real documents a
 * record page is 4× its base size, at ×100 some 40× (npm run bench). So the
 * matches come from one index per site (topic → records), and a page shows at
 * most `limit` of them, one per region first, and says how many there are; the
 * topic's comparison page lists them all.
 */
import type { Document, Project } from "../../model/schema.ts";
import { regionSlug } from "./regions.ts";

/** Enough to see what other regions do; the rest are one link away. */
export const RELATED_LIMIT = 12;

type Data = { documents: readonly Document[]; projects: readonly Project[] };

type Index = { slugOf: Map<string, string>; byTopic: Map<string, Project[]>; position: Map<string, number> };

const indexes = new WeakMap<readonly Project[], Index>();

function indexOf(data: Data): Index {
  let index = indexes.get(data.projects);
  if (!index) {
    const slugOf = new Map(data.documents.map((d) => [d.id, regionSlug(d.region)]));
    const byTopic = new Map<string, Project[]>();
    const position = new Map<string, number>();
    for (const [i, p] of data.projects.entries()) {
      position.set(p.id, i);
      for (const t of p.topics) {
        const list = byTopic.get(t);
        if (list) list.push(p);
        else byTopic.set(t, [p]);
      }
    }
    index = { slugOf, byTopic, position };
    indexes.set(data.projects, index);
  }
  return index;
}

export type Related = {
  /** At most `limit` records, in data order: each other region's first match, then further matches. */
  shown: Project[];
  /** All matches. */
  total: number;
};

/** Records of other regions sharing a topic with `record`. */
export function relatedRecords(data: Data, record: Project, limit: number = RELATED_LIMIT): Related {
  const { slugOf, byTopic, position } = indexOf(data);
  const own = slugOf.get(record.documentId);
  const seen = new Set<string>();
  const matches: Project[] = [];
  for (const topic of record.topics) {
    for (const p of byTopic.get(topic) ?? []) {
      if (p.id === record.id || seen.has(p.id) || slugOf.get(p.documentId) === own) continue;
      seen.add(p.id);
      matches.push(p);
    }
  }
  // Data order (documents by id, records as published), as a scan of data.projects would give.
  if (record.topics.length > 1) matches.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const regions = new Set<string>();
  const first: Project[] = [];
  const rest: Project[] = [];
  for (const p of matches) {
    const slug = slugOf.get(p.documentId)!;
    if (regions.has(slug)) rest.push(p);
    else {
      regions.add(slug);
      first.push(p);
    }
  }
  const picked = new Set([...first, ...rest].slice(0, limit).map((p) => p.id));
  return { shown: matches.filter((p) => picked.has(p.id)), total: matches.length };
}
