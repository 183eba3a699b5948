/**
 * /data/targets.json: every document and record in one file, validated with
 * the model's targetsFile schema so the download never drifts from the format.
 */
import type { APIRoute } from "astro";
import { readDocuments } from "../../lib/data.ts";
import { SCHEMA_VERSION, targetsFile } from "../../model/schema.ts";

export const GET: APIRoute = () => {
  const data = readDocuments();
  const body = targetsFile.parse({
    schemaVersion: SCHEMA_VERSION,
    documents: data.map((d) => d.document),
    projects: data.flatMap((d) => d.projects),
  });
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
