/**
 * A topic comparison in pages (/compare/<topic>/, /compare/<topic>/2/, …).
 * The first page carries the figures per region, which grow only with the
 * number of regions; the records, their budgets and their aligned targets are
 * packed into pages of at most TOPIC_PAGE_LIMITS (sheets.ts), region by region, with
 * templates after the regions. Alignment stays topic-wide: a target's common
 * unit, its reason and its row's verdict read the same on whichever page it lands.
 */
import type { Project } from "../../model/schema.ts";
import { continued, continues, firstPages, pack, type Limits, type Part } from "./sheets.ts";
import type { ConceptRow, OtherRow, RegionColumn, TopicPage } from "./topic-view-model.ts";

/**
 * About 150 indicators (some 100 KB of HTML) and six region columns, so every
 * topic of the real sources stays on one page (the largest has 135) and a
 * page's table still fits a laptop screen.
 */
export const TOPIC_PAGE_LIMITS: Limits = { weight: 150, groups: 6 };

/** A record weighs its indicators; a template is one line of the template table. */
const weightOf = (record: Project): number => (record.kind === "template" ? 1 : Math.max(1, record.indicators.length));

/** A region's records on one page. */
export type SheetColumn = {
  region: RegionColumn;
  projects: Project[];
  units: Project[];
  /** The region began on an earlier page. */
  continued: boolean;
  /** The region runs on to the next page. */
  continues: boolean;
};

export type TopicSheet = {
  /** From 1. */
  number: number;
  columns: SheetColumn[];
  /** The topic's aligned rows, cut to this page's columns and records; rows with nothing here are left out. */
  rows: ConceptRow[];
  others: OtherRow[];
  templates: Project[];
};

/** The pages, and the page each region (slug) and the templates (null) start on, for the first page's links. */
export type TopicSheets = { sheets: TopicSheet[]; starts: Map<string | null, number> };

export function topicSheets(page: TopicPage, limits: Limits = TOPIC_PAGE_LIMITS): TopicSheets {
  // `null` keys the templates: they belong to no column.
  const groups = [
    ...page.columns.map((c) => ({ key: c, items: [...c.projects, ...c.units] })),
    { key: null, items: page.templates },
  ];
  const pages = pack(groups, weightOf, limits);
  // A topic with nothing to list still has its first page.
  if (pages.length === 0) pages.push([]);
  return {
    sheets: pages.map((parts, i) => sheet(page, parts, i + 1)),
    starts: firstPages(pages.map((parts) => parts.map((p) => p.key?.slug ?? null))),
  };
}

function sheet(page: TopicPage, parts: readonly Part<RegionColumn | null, Project>[], number: number): TopicSheet {
  const columns = parts.flatMap((part): SheetColumn[] =>
    part.key === null
      ? []
      : [
          {
            region: part.key,
            projects: part.items.filter((r) => r.kind === "project"),
            units: part.items.filter((r) => r.kind === "unit"),
            continued: continued(part),
            continues: continues(part),
          },
        ],
  );
  const here = new Set(parts.flatMap((p) => p.items.map((r) => r.id)));
  const cut = <E extends { record: Project }>(cells: readonly { region: string; entries: E[] }[]) =>
    columns.map((c) => ({
      region: c.region.slug,
      entries: (cells.find((cell) => cell.region === c.region.slug)?.entries ?? []).filter((e) =>
        here.has(e.record.id),
      ),
    }));
  const some = (row: { cells: { entries: unknown[] }[] }) => row.cells.some((c) => c.entries.length > 0);
  return {
    number,
    columns,
    rows: page.rows.map((row) => ({ ...row, cells: cut(row.cells) })).filter(some),
    others: page.others.map((row) => ({ ...row, cells: cut(row.cells) })).filter(some),
    templates: parts.flatMap((p) => (p.key === null ? p.items : [])),
  };
}
