/** What the site gates need from a built page: its ids, its links, its scripts. */
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";

export type PageFacts = {
  ids: Set<string>;
  /** href/src values of a, link, img, script and form elements. */
  links: string[];
  /** <script> elements (inline or with src), in document order. */
  scripts: { src: string | null; type: string | null }[];
  lang: string | null;
};

export function pageFacts(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), links: [], scripts: [], lang: null };
  visit(fromHtml(html), "element", (node) => {
    const p = node.properties;
    if (typeof p.id === "string") facts.ids.add(p.id);
    if (node.tagName === "html" && typeof p.lang === "string") facts.lang = p.lang;
    for (const key of ["href", "src", "action"] as const) {
      const value = p[key];
      if (typeof value === "string" && node.tagName !== "script") facts.links.push(value);
    }
    if (node.tagName === "script") {
      facts.scripts.push({
        src: typeof p.src === "string" ? p.src : null,
        type: typeof p.type === "string" ? p.type : null,
      });
    }
  });
  return facts;
}
