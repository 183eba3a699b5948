/**
 * Regions and their URL slugs. The slug is data, keyed by the GB/T 2260 code,
 * so a second document from the same region lands on the same page.
 */
import type { Document, Project, Region } from "../../model/schema.ts";

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
    const view = bySlug.get(slug) ?? { slug, name: regionName(document.region), region: document.region, documents: [], projects: [] };
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
