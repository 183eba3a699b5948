/**
 * /compare/records.json: what the compare view needs to put any records side
 * by side (see src/lib/compare/records.ts), loaded by the island instead of
 * being passed in its props.
 */
import type { APIRoute } from "astro";
import { compareRecords } from "../../lib/compare/records.ts";
import { loadSite } from "../../lib/site/collections.ts";

export const GET: APIRoute = async () => {
  const site = await loadSite();
  return new Response(JSON.stringify(compareRecords(site, site)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
