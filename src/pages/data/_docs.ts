/// <reference types="astro/client" />
/**
 * The documentation pages of the data section: Markdown in src/content/docs/,
 * rendered by Astro. A page whose frontmatter says `generated: true` has its
 * own route that adds content computed from the data; the others are served
 * by [doc].astro. (The reference above gives import.meta.glob its type where
 * .astro/types.d.ts has not been generated yet.)
 */
import type { MarkdownInstance } from "astro";

export type DocFrontmatter = {
  title: string;
  titleEn: string;
  description: string;
  /** Position in the list on /data/. */
  order: number;
  generated?: boolean;
};

export type Doc = { slug: string; page: MarkdownInstance<DocFrontmatter> };

const pages = import.meta.glob<MarkdownInstance<DocFrontmatter>>("../../content/docs/*.md", { eager: true });

export const DOCS: readonly Doc[] = Object.entries(pages)
  .map(([path, page]) => ({ slug: path.slice(path.lastIndexOf("/") + 1, -".md".length), page }))
  .sort((a, b) => a.page.frontmatter.order - b.page.frontmatter.order);

export function doc(slug: string): Doc {
  const found = DOCS.find((d) => d.slug === slug);
  if (!found) throw new Error(`no src/content/docs/${slug}.md`);
  return found;
}
