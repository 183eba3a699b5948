/**
 * Every URL the site links to, in one place, so a link is never spelled by hand
 * and a page that does not exist is never linked.
 */
import type { Project } from "../../model/schema.ts";

export const HOME = "/";
export const INDICATORS = "/indicators/";
export const GLOSSARY = "/glossary/";
/** The search page belongs to the search issue; the forms point here. */
export const SEARCH = "/search/";

/** Page `page` of a region's record list; page 1 is the region page itself. */
export function regionPath(slug: string, page = 1): string {
  return page === 1 ? `/regions/${slug}/` : `/regions/${slug}/${page}/`;
}

export function documentPath(documentId: string, section?: string): string {
  return `/documents/${documentId}/${section ? `#${section}` : ""}`;
}

/** The published text with line anchors; `line` lands on `#L<line>`, highlighted by `:target`. */
export function sourcePath(documentId: string, line?: number): string {
  return `/documents/${documentId}/source/${line === undefined ? "" : `#L${line}`}`;
}

/** Templates have their own pages; projects and whole-unit records share /projects/. */
export function recordPath(record: Pick<Project, "id" | "kind">): string {
  return record.kind === "template" ? `/templates/${record.id}/` : `/projects/${record.id}/`;
}

export function indicatorPath(record: Pick<Project, "id" | "kind">, indicatorId: string): string {
  return `${recordPath(record)}#${indicatorId}`;
}

/** A topic comparison page (another issue); linked only when its route exists, see the home page. */
export function comparePath(topic: string): string {
  return `/compare/${topic}/`;
}

/** One step of a breadcrumb trail; the last one (the current page) has no link. */
export type Crumb = { label: string; href?: string };

/** Anchor of the n-th (0-based) budget table on its document page. */
export function budgetTableAnchor(index: number): string {
  return `budget-table-${index + 1}`;
}
