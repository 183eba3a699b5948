/**
 * The documentation pages of the data section: the `docs` collection
 * (src/content/docs/*.md, src/content.config.ts). A page whose frontmatter
 * says `generated: true` has its own route that adds content computed from
 * the data; the others are served by [doc].astro.
 */
import { getCollection, getEntry, render, type CollectionEntry } from "astro:content";

export type Doc = CollectionEntry<"docs">;

/** Every documentation page, in the order of their `order` field. */
export async function docs(): Promise<Doc[]> {
  return (await getCollection("docs")).sort((a, b) => a.data.order - b.data.order);
}

export async function doc(slug: string): Promise<Doc> {
  const found = await getEntry("docs", slug);
  if (!found) throw new Error(`no src/content/docs/${slug}.md`);
  return found;
}

/** A page's Markdown rendered, for a route that places it among content of its own. */
export async function docContent(slug: string) {
  return (await render(await doc(slug))).Content;
}
