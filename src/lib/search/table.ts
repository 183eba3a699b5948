/**
 * The facet table: which filter values each indexed page carries, keyed by
 * Pagefind's page id (a result's id). scripts/search-index.ts writes it from
 * Pagefind's own fragments, next to the index; the search page fetches it once.
 *
 * Pagefind could count filter values itself, but only once its filter chunks
 * are loaded, and from then on every search counts every loaded filter by
 * scanning the result list once per page carrying a value: at 111,800 pages
 * a search with 11,700 results takes 10 s with all filters loaded instead of
 * 0.9 s. So Pagefind is never given a filter, and results are filtered and
 * counted against this table (facets.ts).
 */
import { z } from "zod";
import { orderValues } from "./facets.ts";
import { FILTERS, type FilterKey, type PageFilters } from "./filters.ts";

/** The part of Pagefind's pagefind-entry.json that names the index: one hash per language, new with every build that changes a page. */
const pagefindEntry = z.object({ languages: z.record(z.object({ hash: z.string() })) });
export type PagefindEntry = z.infer<typeof pagefindEntry>;

/**
 * The table's name in Pagefind's output folder: the index's hash, so a cached
 * table can only be the one of the index it is used with (a page id is a
 * short hash of the page, lengthened on a collision, and Pagefind's source
 * warns that across builds two such ids can swap). Gzipped, as Pagefind's
 * own files are.
 */
export function tableFile(entry: PagefindEntry): string {
  const hashes = Object.values(entry.languages).map((language) => language.hash);
  if (hashes.length === 0) throw new Error("pagefind-entry.json names no index");
  return `facets.${hashes.sort().join(".")}.json.gz`;
}

/** The file: each filter's values once, and per page the indexes of its values. */
export type TableFile = {
  /** Pagefind page ids; row i of every column belongs to ids[i]. */
  ids: string[];
  columns: Record<FilterKey, { values: string[]; rows: number[][] }>;
};

const column = z.object({ values: z.array(z.string()), rows: z.array(z.array(z.number().int().nonnegative())) });
/** TableFile as read back: every filter's column present, every row index naming one of its values. */
const tableFileSchema = z
  .object({
    ids: z.array(z.string()),
    columns: z.object(Object.fromEntries(FILTERS.map((key) => [key, column])) as Record<FilterKey, typeof column>),
  })
  .superRefine((file, ctx) => {
    for (const key of FILTERS) {
      const { values, rows } = file.columns[key];
      if (rows.length !== file.ids.length) ctx.addIssue({ code: "custom", path: ["columns", key, "rows"], message: "one row per page id" });
      if (rows.some((row) => row.some((i) => i >= values.length))) {
        ctx.addIssue({ code: "custom", path: ["columns", key, "rows"], message: "a row names a value the column lacks" });
      }
    }
  });

export type FacetTable = {
  /** Each filter's values in display order (facets.ts, orderValues). */
  order: Record<FilterKey, readonly string[]>;
  /** The values a result carries. Throws for an id the table lacks: an index and a table from different builds would count wrong. */
  filtersOf: (id: string) => PageFilters;
};

/** The table of pages as Pagefind holds them (a fragment's filters); filters not in FILTERS are left out. */
export function buildTable(pages: readonly { id: string; filters: Readonly<Record<string, readonly string[] | undefined>> }[]): TableFile {
  const columns = {} as TableFile["columns"];
  for (const key of FILTERS) {
    const values = [...new Set(pages.flatMap((page) => page.filters[key] ?? []))];
    const position = new Map(values.map((value, i) => [value, i]));
    // Each value once per page, as Pagefind counts pages.
    columns[key] = { values, rows: pages.map((page) => [...new Set(page.filters[key] ?? [])].map((value) => position.get(value)!)) };
  }
  return { ids: pages.map((page) => page.id), columns };
}

export function readTable(file: TableFile): FacetTable {
  const row = new Map(file.ids.map((id, i) => [id, i]));
  const order = {} as FacetTable["order"];
  for (const key of FILTERS) {
    const { values, rows } = file.columns[key];
    const counts: Record<string, number> = Object.fromEntries(values.map((value) => [value, 0]));
    for (const carried of rows) for (const i of carried) counts[values[i]!]! += 1;
    order[key] = orderValues(key, counts);
  }
  return {
    order,
    filtersOf(id) {
      const i = row.get(id);
      if (i === undefined) throw new Error(`搜索索引与筛选表不一致：${id}`);
      const filters: PageFilters = {};
      for (const key of FILTERS) {
        const { values, rows } = file.columns[key];
        const carried = rows[i]!;
        if (carried.length > 0) filters[key] = carried.map((v) => values[v]!);
      }
      return filters;
    },
  };
}

/** The table from the file's bytes, which a host may already have unzipped (served with Content-Encoding: gzip). */
export async function parseTable(bytes: Uint8Array<ArrayBuffer>): Promise<FacetTable> {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const stream = new Blob([bytes]).stream();
  const text = await new Response(gzipped ? stream.pipeThrough(new DecompressionStream("gzip")) : stream).text();
  return readTable(tableFileSchema.parse(JSON.parse(text)));
}

/** The table of the index served at `base` (Pagefind's folder, ending in /); the entry is asked afresh each time, as Pagefind does. */
export async function fetchTable(base: string): Promise<FacetTable> {
  const entry = pagefindEntry.parse(await (await fetchOk(`${base}pagefind-entry.json?ts=${Date.now()}`)).json());
  return parseTable(new Uint8Array(await (await fetchOk(`${base}${tableFile(entry)}`)).arrayBuffer()));
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}
