/**
 * The site gates over a built dist/: links and anchors, language, zero
 * JavaScript on content pages, and every indicator of the data shown in a row
 * of its project page.
 */
import type { DocumentData } from "../model/schema.ts";
import { recordPath } from "../lib/site/paths.ts";
import type { PageFacts } from "./html.ts";
import { brokenLinks } from "./links.ts";

/** Pages that need interaction and may ship an island; every other page ships no script. */
export const INTERACTIVE_PAGES = ["/search/", "/compare/"];

export type SiteProblem = { page: string; problem: string };

export function siteProblems(pages: ReadonlyMap<string, PageFacts>, assets: ReadonlySet<string>, data: readonly DocumentData[]): SiteProblem[] {
  const problems: SiteProblem[] = brokenLinks(pages, assets).map((b) => ({ page: b.page, problem: `broken link ${b.href}: ${b.reason}` }));
  for (const [page, facts] of pages) {
    if (!facts.lang?.startsWith("zh")) problems.push({ page, problem: `<html lang> is “${facts.lang ?? ""}”, Pagefind needs zh-CN` });
    if (facts.scripts.length > 0 && !INTERACTIVE_PAGES.includes(page)) problems.push({ page, problem: `${facts.scripts.length} <script> on a content page` });
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
