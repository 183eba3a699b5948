/** /compare/picker/index.json: the regions the compare view's picker offers (src/lib/compare/picker.ts). */
import type { APIRoute } from "astro";
import { jsonResponse } from "../../../lib/compare/json-response.ts";
import { pickerIndex, pickerRegions } from "../../../lib/compare/picker.ts";
import { siteCompareEntries } from "../../../lib/compare/records.ts";
import { loadSite } from "../../../lib/site/site-data.ts";

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const entries = siteCompareEntries(site);
  return jsonResponse(pickerIndex(pickerRegions(entries), entries));
};
