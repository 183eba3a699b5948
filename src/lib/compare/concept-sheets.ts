/**
 * A concept page in pages (/indicators/<concept>/, …/2/, …): the groups and
 * the count per region on the first page (bounded by the number of regions),
 * the target rows region by region in pages of at most CONCEPT_PAGE_LIMITS
 * rows, template rows after them. Each row keeps its concept-wide alignment.
 */
import type { ConceptPage, ConceptRegion } from "./concept-page.ts";
import { firstPages, pack, type Limits } from "./sheets.ts";
import type { RowEntry } from "./topic-view-model.ts";
import type { Occurrence } from "./topics.ts";

/**
 * 100 table rows (some 60 KB of HTML): every concept of the real sources
 * stays on one page (the largest has 78 rows). Regions are row groups here,
 * not columns, so their number per page needs no limit.
 */
export const CONCEPT_PAGE_LIMITS: Limits = { weight: 100, groups: Number.POSITIVE_INFINITY };

export type ConceptPart = {
  region: ConceptRegion;
  entries: RowEntry[];
  /** 1-based positions within the region, for “第 11–19 项” when a region is split. */
  first: number;
  last: number;
};

export type ConceptSheet = { number: number; parts: ConceptPart[]; templates: Occurrence[] };

type Item = { kind: "entry"; entry: RowEntry } | { kind: "template"; occurrence: Occurrence };

/** The pages, and the page each region (slug) and the template rows (null) start on. */
export type ConceptSheets = { sheets: ConceptSheet[]; starts: Map<string | null, number> };

export function conceptSheets(page: ConceptPage, limits: Limits = CONCEPT_PAGE_LIMITS): ConceptSheets {
  const groups = [
    ...page.regions.map((region) => ({
      key: region,
      items: region.entries.map((entry): Item => ({ kind: "entry", entry })),
    })),
    { key: null, items: page.templates.map((occurrence): Item => ({ kind: "template", occurrence })) },
  ];
  const pages = pack(groups, () => 1, limits);
  // A concept with nothing to list still has its first page.
  if (pages.length === 0) pages.push([]);
  const sheets = pages.map((parts, i) => ({
    number: i + 1,
    parts: parts.flatMap((part): ConceptPart[] =>
      part.key === null
        ? []
        : [
            {
              region: part.key,
              entries: part.items.flatMap((item) => (item.kind === "entry" ? [item.entry] : [])),
              first: part.from + 1,
              last: part.from + part.items.length,
            },
          ],
    ),
    templates: parts.flatMap((part) =>
      part.items.flatMap((item) => (item.kind === "template" ? [item.occurrence] : [])),
    ),
  }));
  return { sheets, starts: firstPages(pages.map((parts) => parts.map((p) => p.key?.slug ?? null))) };
}
