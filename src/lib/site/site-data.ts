/**
 * The site's data, loaded once per build from the normalized data (validated
 * by the one model in src/lib/data.ts; why it is not a content collection:
 * src/content.config.ts) and the reviewed rule files (topic and concept
 * names). Pages and components share this one load.
 */
import { readFileSync } from "node:fs";
import { conceptRules, topicRules, type Document, type Project, type Report } from "../../model/schema.ts";
import { contentPath, readDocuments } from "../data.ts";
import { documentPath, HOME, regionPath, type Crumb } from "./paths.ts";
import { groupByRegion, regionSlug, type RegionView } from "./regions.ts";

export type Site = {
  documents: Document[];
  projects: Project[];
  reports: Map<string, Report>;
  regions: RegionView[];
  documentById: Map<string, Document>;
  projectById: Map<string, Project>;
  /** A document's records in site order ([] for a document without any), so pages need not filter every record per document. */
  projectsByDocument: Map<string, Project[]>;
  regionBySlug: Map<string, RegionView>;
  /** The region a document belongs to. */
  regionOf: (documentId: string) => RegionView;
  topicName: (id: string) => string;
  conceptName: (id: string) => string;
};

/** id → zh name from a reviewed rule file; an id the file lacks is shown as itself. */
function names(path: string, read: (json: unknown) => { id: string; zh: string }[]): (id: string) => string {
  const map = new Map(read(JSON.parse(readFileSync(contentPath(path), "utf8"))).map((r) => [r.id, r.zh]));
  return (id) => map.get(id) ?? id;
}

/** Topic names, shared with the search records (src/lib/search/load.ts) so both name a topic alike. */
export function readTopicNames(): (id: string) => string {
  return names("content/rules/topics.json", (json) => topicRules.parse(json).topics);
}

let loaded: Promise<Site> | null = null;

export function loadSite(): Promise<Site> {
  loaded ??= Promise.resolve(load());
  return loaded;
}

function load(): Site {
  // Documents by id; records keep their order inside a document (the order of the publication).
  const data = [...readDocuments()].sort((a, b) => a.document.id.localeCompare(b.document.id));
  const documents = data.map((d) => d.document);
  const projects = data.flatMap((d) => d.projects);
  const reports = new Map<string, Report>(data.map((d) => [d.document.id, d.report]));
  const regions = groupByRegion(documents, projects);
  const documentById = new Map(documents.map((d) => [d.id, d]));
  const regionBySlug = new Map(regions.map((r) => [r.slug, r]));
  const projectsByDocument = new Map<string, Project[]>(documents.map((d) => [d.id, []]));
  for (const project of projects) projectsByDocument.get(project.documentId)!.push(project);
  return {
    documents,
    projects,
    reports,
    regions,
    documentById,
    projectById: new Map(projects.map((p) => [p.id, p])),
    projectsByDocument,
    regionBySlug,
    regionOf: (documentId) => {
      const document = documentById.get(documentId);
      if (!document) throw new Error(`unknown document ${documentId}`);
      return regionBySlug.get(regionSlug(document.region))!;
    },
    topicName: readTopicNames(),
    conceptName: names("content/rules/concepts.json", (json) => conceptRules.parse(json).concepts),
  };
}

/** Static routes for record pages: one per record that passes `test`, the record as its prop. */
export async function recordRoutes(test: (record: Project) => boolean) {
  const { projects } = await loadSite();
  return projects.filter(test).map((record) => ({ params: { id: record.id }, props: { record } }));
}

/** Static routes for document pages, the document as its prop. */
export async function documentRoutes() {
  const { documents } = await loadSite();
  return documents.map((document) => ({ params: { id: document.id }, props: { document } }));
}

/**
 * What every page under a document starts from: the site, the document's
 * region, and the breadcrumb trail home → region → document. A page below the
 * document appends its own step; the document page uses the trail as it is
 * (Breadcrumbs leaves the last step unlinked).
 */
export async function documentContext(
  document: Document,
): Promise<{ site: Site; region: RegionView; crumbs: Crumb[] }> {
  const site = await loadSite();
  const region = site.regionOf(document.id);
  const crumbs = [
    { label: "首页", href: HOME },
    { label: region.name, href: regionPath(region.slug) },
    { label: document.title, href: documentPath(document.id) },
  ];
  return { site, region, crumbs };
}
