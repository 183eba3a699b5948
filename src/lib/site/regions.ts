/**
 * Regions and their URL slugs. The slug is data, keyed by the GB/T 2260 code,
 * so a second document from the same region lands on the same page.
 */
import { projectKind, type Document, type Project, type ProjectKind, type Region } from "../../model/schema.ts";
import { paginate, type Page } from "./pagination.ts";
import { byBudget } from "./summary.ts";

/** The region's URL name: the manifest's slug, else its administrative code, so a new region needs no code. */
export function regionSlug(region: Region): string {
  return region.slug ?? region.adminCode;
}

/** The name a reader knows the region by: the city, or the province for a provincial publisher. */
export function regionName(region: Region): string {
  return region.city ?? region.province;
}

/** Province and city, without repeating a municipality's name (天津市, not 天津市 天津市). */
export function regionFullName(region: Region): string {
  return region.city && region.city !== region.province ? `${region.province} ${region.city}` : region.province;
}

export type RegionView = {
  slug: string;
  name: string;
  region: Region;
  documents: Document[];
  projects: Project[];
};

/** Documents and records by region, in administrative-code order. */
export function groupByRegion(documents: readonly Document[], projects: readonly Project[]): RegionView[] {
  const bySlug = new Map<string, RegionView>();
  const slugOfDocument = new Map<string, string>();
  for (const document of documents) {
    const slug = regionSlug(document.region);
    slugOfDocument.set(document.id, slug);
    const view = bySlug.get(slug) ?? {
      slug,
      name: regionName(document.region),
      region: document.region,
      documents: [],
      projects: [],
    };
    view.documents.push(document);
    bySlug.set(slug, view);
  }
  for (const project of projects) {
    const slug = slugOfDocument.get(project.documentId);
    if (!slug) throw new Error(`record ${project.id} names document ${project.documentId}, which is not loaded`);
    bySlug.get(slug)!.projects.push(project);
  }
  return [...bySlug.values()].sort((a, b) => a.region.adminCode.localeCompare(b.region.adminCode));
}

/**
 * Records per page of a region's record list: enough for every region of the
 * bundled sources to stay on its region page, while a region publishing for
 * many years gets further pages instead of one page that grows with every
 * document (a page of 50 rows is some 15–25 KB).
 */
export const RECORDS_PER_PAGE = 50;

/** The order a region's pages list its records in: projects by budget, then whole units, then templates. */
export function regionRecordOrder(projects: readonly Project[]): Project[] {
  return projectKind.options.flatMap((kind) => {
    const ofKind = projects.filter((p) => p.kind === kind);
    return kind === "project" ? byBudget(ofKind) : ofKind;
  });
}

/** A region's records in pages: page 1 is shown on the region page, page n on /regions/<slug>/<n>/. */
export function regionPages(projects: readonly Project[]): Page<Project>[] {
  return paginate(regionRecordOrder(projects), RECORDS_PER_PAGE);
}

/** A page's records by kind, in the model's order of kinds (regionRecordOrder lists them so): each kind has its own heading. */
export function byKind(records: readonly Project[]): { kind: ProjectKind; records: Project[] }[] {
  return projectKind.options
    .map((kind) => ({ kind, records: records.filter((r) => r.kind === kind) }))
    .filter((g) => g.records.length > 0);
}
