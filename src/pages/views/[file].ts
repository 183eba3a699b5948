/** /views/<name>.csv and .json: the rows of one list page (src/lib/views/all-views.ts), written at build time. */
import type { APIRoute, InferGetStaticPropsType } from "astro";
import { allViews } from "../../lib/views/all-views.ts";
import { loadSite } from "../../lib/site/site-data.ts";
import { viewCsv, viewJson } from "../../lib/views/views.ts";

export async function getStaticPaths() {
  const site = await loadSite();
  return allViews(site).flatMap((view) => [
    { params: { file: `${view.name}.csv` }, props: { view, ext: "csv" as const } },
    { params: { file: `${view.name}.json` }, props: { view, ext: "json" as const } },
  ]);
}

export const GET: APIRoute = ({ props }) => {
  const { view, ext } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return ext === "csv"
    ? new Response(viewCsv(view), { headers: { "Content-Type": "text/csv; charset=utf-8" } })
    : new Response(viewJson(view), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
