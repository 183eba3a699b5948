/**
 * The files of the static search index besides the posting lists (ngram.ts),
 * all under /search/data/<version>/, written by scripts/search-index.ts. The
 * version is a hash of everything in the folder, written into the search page
 * (a meta tag), so every file can be cached for good and a page never mixes
 * two builds.
 */
import { FILTERS, type FilterKey, type PageFilters } from "./filters.ts";

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

/**
 * g/<a>/<b>.json and u/<a>.json (ngram.ts bigramFile): the n-gram's postings,
 * as text (ngram.ts encodeNumbers: parsing one string is fast, parsing as
 * many JSON numbers was not), and the first page of its one-word search:
 * result ids and their record files.
 */
export type GramFile = { postings: string; ids: number[]; records: RecordFile[] };

/** The filters a combo holds, in its order: single-valued ones first, 主题 (several values) last. */
export const OTHER_FILTERS = FILTERS.filter((key) => key !== "地区" && key !== "年度");

/**
 * facets.json from every record's filters, in record order: values in
 * first-seen order, records as runs of places and combos of the rest.
 */
export function facetsFile(filters: readonly PageFilters[]): FacetsFile {
  const values = Object.fromEntries(FILTERS.map((key) => [key, [] as string[]])) as Record<FilterKey, string[]>;
  const positionOf = new Map<string, number>();
  const valueIndex = (key: FilterKey, value: string): number => {
    const name = `${key}\0${value}`;
    let i = positionOf.get(name);
    if (i === undefined) {
      i = values[key].push(value) - 1;
      positionOf.set(name, i);
    }
    return i;
  };
  const places: FacetsFile["places"] = [];
  const combos: number[][] = [];
  const comboIndex = new Map<string, number>();
  const combo: number[] = [];
  filters.forEach((own, id) => {
    const region = valueIndex("地区", own["地区"]![0]!);
    const year = valueIndex("年度", own["年度"]![0]!);
    const last = places.at(-1);
    if (!last || last[1] !== region || last[2] !== year) places.push([id, region, year]);
    const values = OTHER_FILTERS.flatMap((key, k) => {
      const named = own[key] ?? [];
      if (k === OTHER_FILTERS.length - 1) return named.map((v) => valueIndex(key, v));
      return [named[0] === undefined ? -1 : valueIndex(key, named[0])];
    });
    const name = values.join(",");
    let c = comboIndex.get(name);
    if (c === undefined) {
      c = combos.push(values) - 1;
      comboIndex.set(name, c);
    }
    combo.push(c);
  });
  return { records: filters.length, values, places, combos, combo };
}
