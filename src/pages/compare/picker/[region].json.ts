/** /compare/picker/<region>.json: one region's items for the picker, fetched when the reader chooses the region. */
import type { APIRoute, InferGetStaticPropsType } from "astro";
import { jsonResponse } from "../../../lib/compare/json-response.ts";
import { pickerRegions } from "../../../lib/compare/picker.ts";
import { siteCompareEntries } from "../../../lib/compare/records.ts";
import { loadSite } from "../../../lib/site/site-data.ts";

export async function getStaticPaths() {
  const site = await loadSite();
  return pickerRegions(siteCompareEntries(site)).map((region) => ({
    params: { region: region.slug },
    props: { region },
  }));
}

export const GET: APIRoute = ({ props }) =>
  jsonResponse((props as InferGetStaticPropsType<typeof getStaticPaths>).region);
