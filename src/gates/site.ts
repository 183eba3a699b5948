/**
 * The site gates over a built dist/: links and anchors, language, zero
 * JavaScript on content pages, and every indicator of the data shown in a row
 * of its project page.
 */
import type { DocumentData } from "../model/schema.ts";
import { recordPath } from "../lib/site/paths.ts";
import type { PageFacts } from "./html.ts";
import { brokenLinks } from "./links.ts";
import { TABLE_SORT_MAX_GZIP, TABLE_SORT_SCRIPT } from "./shared-script.ts";

/**
 * Pages that need interaction and may ship an island; every other page ships
 * no script but the one shared table-sort file (TABLE_SORT_SCRIPT), once.
 */
export const INTERACTIVE_PAGES = ["/search/", "/compare/"];

export type SiteProblem = { page: string; problem: string };

/** The shared script must exist and stay within its gzipped budget; `gzipBytes` is null when the file is missing. */
export function sharedScriptProblems(gzipBytes: number | null): SiteProblem[] {
  if (gzipBytes === null) return [{ page: TABLE_SORT_SCRIPT, problem: "the shared table-sort script is missing" }];
  if (gzipBytes > TABLE_SORT_MAX_GZIP)
    return [{ page: TABLE_SORT_SCRIPT, problem: `${gzipBytes} bytes gzipped, more than ${TABLE_SORT_MAX_GZIP}` }];
  return [];
}

export function siteProblems(
  pages: ReadonlyMap<string, PageFacts>,
  assets: ReadonlySet<string>,
  data: readonly DocumentData[],
): SiteProblem[] {
  const problems: SiteProblem[] = brokenLinks(pages, assets).map((b) => ({
    page: b.page,
    problem: `broken link ${b.href}: ${b.reason}`,
  }));
  for (const [page, facts] of pages) {
    if (!facts.lang?.startsWith("zh"))
      problems.push({ page, problem: `<html lang> is “${facts.lang ?? ""}”, Pagefind needs zh-CN` });
    if (!INTERACTIVE_PAGES.includes(page)) {
      const others = facts.scripts.filter((s) => s.src !== TABLE_SORT_SCRIPT || s.type !== null);
      if (others.length > 0) problems.push({ page, problem: `${others.length} <script> on a content page` });
      else if (facts.scripts.length > 1)
        problems.push({ page, problem: `${TABLE_SORT_SCRIPT} loaded ${facts.scripts.length} times` });
    }
  }
  for (const { projects } of data) {
    for (const project of projects) {
      const path = recordPath(project);
      const page = pages.get(path);
      if (!page) {
        problems.push({ page: path, problem: "record has no page" });
        continue;
      }
      for (const i of project.indicators) {
        if (!page.ids.has(i.id)) problems.push({ page: path, problem: `indicator ${i.id} has no row` });
      }
    }
  }
  return problems;
}
