/**
 * The files of the static search index besides the posting lists (ngram.ts),
 * all under /search/data/<version>/, written by scripts/search-index.ts. The
 * version is a hash of everything in the folder, written into the search page
 * (a meta tag), so every file can be cached for good and a page never mixes
 * two builds.
 */
import type { FilterKey, PageFilters } from "./filters.ts";
import { FILTERS } from "./filters.ts";

/** The folder of the index, relative to the site root, without the version. */
export const INDEX_ROOT = "/search/data/";
/** The placeholder the search page carries until the index step writes the version in. */
export const VERSION_PLACEHOLDER = "__SEARCH_INDEX_VERSION__";

/** facets.json: each record's filter values, compact. Record ids are positions in build order (document by document). */
export type FacetsFile = {
  records: number;
  values: Record<FilterKey, string[]>;
  /** Runs of records sharing 地区 and 年度: [first id, 地区 value, 年度 value]. */
  places: [number, number, number][];
  /** Each distinct set of the other filters' values, as [类型, 一级指标, 二级指标, 主题…] value indexes (−1: none). */
  combos: number[][];
  /** Per record, its combo. */
  combo: number[];
};

/** values.json, fetched only to sort by value: units, then [id, value, unit]. */
export type ValuesFile = { units: string[]; rows: [number, number, number][] };

/** r/<folder>/<id>.json: what a result shows. */
export type RecordFile = {
  url: string;
  title: string;
  kind: string;
  region: string;
  year: string;
  /** The record an indicator belongs to, the document a record belongs to. */
  parent?: string;
  budget?: string;
  stated?: string;
  reading?: string;
  /** The record's text, its lines separated by newlines (the first is the title). */
  content: string;
};

/** p/<a>/<b>.json and p/<a>.json: a bigram's or a character's first page of results (ngram.ts bigramPageFile). */
export type PageFile = { ids: number[]; records: RecordFile[] };

const OTHER = FILTERS.filter((key) => key !== "地区" && key !== "年度");

/** Each record's filters, from the file. */
export function readFacets(file: FacetsFile): {
  filtersOf: (id: number) => PageFilters;
  regionYear: (id: number) => [string, string];
  /** Records of one group carry the same filters (same place, same combo): counting groups counts records. */
  groupOf: (id: number) => number;
} {
  const placeOf = new Int32Array(file.records);
  file.places.forEach(([first], i) => {
    const end = file.places[i + 1]?.[0] ?? file.records;
    placeOf.fill(i, first, end);
  });
  const comboFilters = file.combos.map((combo) => {
    const filters: PageFilters = {};
    OTHER.forEach((key, k) => {
      const picked = k < OTHER.length - 1 ? [combo[k]!] : combo.slice(k);
      const values = picked.filter((v) => v >= 0).map((v) => file.values[key][v]!);
      if (values.length > 0) filters[key] = values;
    });
    return filters;
  });
  const cache = new Map<number, PageFilters>();
  const regionYear = (id: number): [string, string] => {
    const [, region, year] = file.places[placeOf[id]!]!;
    return [file.values["地区"][region]!, file.values["年度"][year]!];
  };
  const groupOf = (id: number) => placeOf[id]! * file.combos.length + file.combo[id]!;
  return {
    regionYear,
    groupOf,
    filtersOf(id) {
      const group = groupOf(id);
      const cached = cache.get(group);
      if (cached) return cached;
      const [region, year] = regionYear(id);
      const filters = { 地区: [region], 年度: [year], ...comboFilters[file.combo[id]!] };
      cache.set(group, filters);
      return filters;
    },
  };
}

/** The combo of a record's other filters, as the file stores it. */
export function comboOf(filters: PageFilters, valueIndex: (key: FilterKey, value: string) => number): number[] {
  return OTHER.flatMap((key, k) => {
    const values = filters[key] ?? [];
    if (k === OTHER.length - 1) return values.map((v) => valueIndex(key, v));
    return [values[0] === undefined ? -1 : valueIndex(key, values[0])];
  });
}
