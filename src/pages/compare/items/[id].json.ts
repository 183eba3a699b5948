/** /compare/items/<id>.json: one item as the side-by-side table needs it, fetched only once it is chosen. */
import type { APIRoute, InferGetStaticPropsType } from "astro";
import { jsonResponse } from "../../../lib/compare/json-response.ts";
import { siteCompareEntries } from "../../../lib/compare/records.ts";
import { loadSite } from "../../../lib/site/site-data.ts";

export async function getStaticPaths() {
  const site = await loadSite();
  return siteCompareEntries(site).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute = ({ props }) =>
  jsonResponse((props as InferGetStaticPropsType<typeof getStaticPaths>).entry);
