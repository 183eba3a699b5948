/**
 * URLs of the comparison pages. comparePath (a topic page) lives with the
 * site's other paths in src/lib/site/paths.ts; these are the ones this part adds.
 */
import { comparePath } from "../site/paths.ts";
import { selectionSearch } from "./selection.ts";

/** The pick-your-own compare view. */
export const COMPARE = "/compare/";

/**
 * Folders under /compare/ holding the compare view's JSON; a topic may never
 * take one of these names (tested), or its pages would land among the files.
 */
export const COMPARE_DATA_FOLDERS = ["picker", "items"] as const;

/** The picker's index: regions and how many items each has (src/pages/compare/picker/index.json.ts). */
export const PICKER_INDEX = "/compare/picker/index.json";

/** One region's items for the picker. */
export function pickerRegionPath(slug: string): string {
  return `/compare/picker/${encodeURIComponent(slug)}.json`;
}

/** Everything the side-by-side table needs about one item, fetched only once it is chosen. */
export function compareItemPath(id: string): string {
  return `/compare/items/${encodeURIComponent(id)}.json`;
}

/** Page `n` (from 1) of a paginated comparison: page 1 is the page's own address. */
export function nthPage(path: string, n: number): string {
  return n === 1 ? path : `${path}${n}/`;
}

/** The `[...page]` route parameter of page `n`: none for page 1. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : String(n);
}

/** Where a region's part of a paginated comparison starts on its page. */
export const regionAnchor = (slug: string): string => `region-${slug}`;

/** Every occurrence of one indicator concept across regions. */
export function conceptPath(concept: string): string {
  return `/indicators/${concept}/`;
}

export const topicSheetPath = (topic: string, n: number): string => nthPage(comparePath(topic), n);
export const conceptSheetPath = (concept: string, n: number): string => nthPage(conceptPath(concept), n);

/** The compare view with a selection, shareable: /compare/?p=<id>&p=<id>. */
export function selectionPath(ids: readonly string[]): string {
  return `${COMPARE}${selectionSearch(ids)}`;
}
