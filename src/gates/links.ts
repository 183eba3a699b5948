/**
 * Every internal link of the built site resolves: the page exists and, when the
 * link has a fragment, the page has an element with that id (source-line
 * anchors included). External links are listed, not fetched (no network here).
 */
import type { PageFacts } from "./html.ts";

export type BrokenLink = { page: string; href: string; reason: string };

/** Site path of a built file: "regions/qingdao/index.html" → "/regions/qingdao/". */
export function routeOf(file: string): string {
  const path = `/${file.replace(/\\/gu, "/")}`;
  return path.endsWith("/index.html") ? path.slice(0, -"index.html".length) : path;
}

function resolve(page: string, href: string): URL {
  return new URL(href, `http://site.invalid${page}`);
}

export function brokenLinks(pages: ReadonlyMap<string, PageFacts>, assets: ReadonlySet<string>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, facts] of pages) {
    for (const href of facts.links) {
      if (/^(?:https?:|mailto:|data:)/u.test(href)) continue;
      if (/^javascript:/iu.test(href)) {
        broken.push({ page, href, reason: "javascript: link" });
        continue;
      }
      const url = resolve(page, href);
      const path = decodeURIComponent(url.pathname);
      const target = pages.get(path) ?? pages.get(`${path}/`);
      if (!target) {
        if (!assets.has(path)) broken.push({ page, href, reason: "no such page or file" });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !target.ids.has(fragment))
        broken.push({ page, href, reason: `no element with id “${fragment}”` });
    }
  }
  return broken;
}
