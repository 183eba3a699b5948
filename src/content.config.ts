/**
 * The content layer holds the prose: the data section's documentation pages
 * (src/content/docs/*.md), frontmatter checked by a schema, rendered by
 * Astro's remark pipeline.
 *
 * The normalized data (content/data/, written by `npm run normalize`) is not a
 * collection. Astro 5 compiles a build's whole data store into one JavaScript
 * module; with the records in it the build needed more than Node's default
 * 4 GB heap at ×100 the real corpus and would need some 40 GB at ×1000
 * (npm run bench; withastro/astro#13360, #12888). The site reads the data
 * through the same zod model instead (src/lib/site/site-data.ts).
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "zod";

const docs = defineCollection({
  loader: glob({ pattern: "*.md", base: "./src/content/docs" }),
  schema: z.object({
    title: z.string(),
    titleEn: z.string(),
    description: z.string(),
    /** Position in the list on /data/. */
    order: z.number().int(),
    /** The page has its own route that adds content computed from the data. */
    generated: z.boolean().default(false),
  }),
});

export const collections = { docs };
