/**
 * Loaded as a module script by index.astro (an external file: allowed under
 * script-src 'self'), before and apart from the React island: starts the
 * search the URL asks for and shows its first page of results as plain DOM
 * in #search-early, built like the island's list (_Results.tsx) with text
 * nodes only. The island empties #search-early once it shows its own list,
 * and hydrates only after this script has drawn (client:afterfirst).
 */
import { FIRST_DRAWN } from "../../lib/search/after-first.ts";
import { excerptParts } from "../../lib/search/excerpt.ts";
import type { RecordFile } from "../../lib/search/index-files.ts";
import { prime } from "../../lib/search/session.ts";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function result(record: RecordFile, words: readonly (readonly string[])[]): HTMLLIElement {
  const link = element("a", "", record.title);
  link.href = record.url;
  const isIndicator = record.url.includes("#");
  const where = [record.parent, record.region, `${record.year}年`, record.budget && `预算 ${record.budget}`]
    .filter(Boolean)
    .join(" · ");
  const parts: Node[] = [
    element("p", "eyebrow", isIndicator ? `绩效指标 · ${record.kind}` : record.kind),
    element("h3", "", link),
  ];
  if (record.stated !== undefined)
    parts.push(
      element(
        "p",
        "search-target",
        "指标值（原文）：",
        element("span", "raw", record.stated.trim() === "" ? "（空白）" : record.stated),
        ...(record.reading ? [element("span", "search-reading", `\u3000读作：${record.reading}`)] : []),
      ),
    );
  parts.push(element("p", "search-where muted small", where));
  parts.push(
    element(
      "p",
      "search-excerpt",
      ...excerptParts(record.content, words).map((part) => (part.mark ? element("mark", "", part.text) : part.text)),
    ),
  );
  return element("li", "search-result", ...parts);
}

/** Lets the island hydrate (client:afterfirst, src/lib/search/after-first.ts): the first results are drawn, or there are none to draw. */
function drawn(): void {
  Object.assign(window, { __searchFirstDrawn: true });
  dispatchEvent(new Event(FIRST_DRAWN));
}

void prime()
  .then((page) => {
    const early = document.getElementById("search-early");
    // The island may already show its own list.
    if (!page || !early || document.querySelector(".search-results .search-result")) return;
    early.replaceChildren(element("ol", "", ...page.records.map((record) => result(record, page.found.words))));
  })
  .finally(drawn);
