/**
 * URLs of the comparison pages. comparePath (a topic page) lives with the
 * site's other paths in src/lib/site/paths.ts; these are the ones this part adds.
 */
import { selectionSearch } from "./selection.ts";

/** The pick-your-own compare view. */
export const COMPARE = "/compare/";

/** The JSON the compare view loads (src/pages/compare/records.json.ts). */
export const COMPARE_RECORDS = "/compare/records.json";

/** Every occurrence of one indicator concept across regions. */
export function conceptPath(concept: string): string {
  return `/indicators/${concept}/`;
}

/** The compare view with a selection, shareable: /compare/?p=<id>&p=<id>. */
export function selectionPath(ids: readonly string[]): string {
  return `${COMPARE}${selectionSearch(ids)}`;
}
