/**
 * Content collections over the normalized data (content/data/, written by
 * `npm run normalize`), validated with the one data model.
 */
import { defineCollection } from "astro:content";
import { z } from "zod";
import { document, project, report } from "./model/schema.ts";
import { readDocuments } from "./lib/data.ts";

const documents = defineCollection({
  loader: () => readDocuments().map((d) => d.document),
  schema: document,
});

const projects = defineCollection({
  loader: () => readDocuments().flatMap((d) => d.projects),
  schema: project,
});

const reports = defineCollection({
  loader: () => readDocuments().map((d) => ({ id: d.report.documentId, ...d.report })),
  schema: report.extend({ id: z.string() }),
});

export const collections = { documents, projects, reports };
