/**
 * Larger corpora made from the real documents, for the scale benchmark. Copy k
 * of a document is a new manifest entry (`<doc>-x<k>`) from another region and
 * year whose source text is the original with its record names suffixed 第k批
 * (no brackets: a bracket ends a name where the narrative reader looks for
 * one), its region replaced, every year moved by the same number of years and
 * its percentage targets moved a point or two. Every rewrite is a substitution inside a line, applied
 * to every occurrence alike, so the layout the readers parse stays intact and a
 * name repeated in a contents list still matches its table.
 *
 * Pure: the caller reads the real sources and writes the generated ones.
 */
import type { ManifestEntry, Region } from "../model/schema.ts";
import { sha256Hex } from "../shared/hash.ts";
import { BENCH_CITIES, BENCH_PROVINCES, benchRegionsBesides, shortNames, type BenchRegion } from "./regions.ts";

export type SourceDocument = {
  entry: ManifestEntry;
  text: string;
  /** The names of its records (project names, template titles), from its normalized data. */
  names: readonly string[];
};

export type GeneratedCorpus = {
  manifest: { documents: ManifestEntry[] };
  /** file name (as in the manifest) → text. */
  files: Map<string, string>;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/** One pass over `text` replacing every key of `map` (the longest first where keys overlap); a replacement is never rewritten again. */
export function replaceAll(text: string, map: ReadonlyMap<string, string>): string {
  const keys = [...map.keys()].filter((k) => k !== "" && map.get(k) !== k).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  return text.replace(new RegExp(keys.map(escape).join("|"), "gu"), (m) => map.get(m)!);
}

/**
 * The strings standing for a record's name in its source: the name where it is
 * printed whole, else the last of its space-separated parts that is (a name
 * assembled from a heading and a cell, as Guangdong's are). Too short a piece
 * would hit unrelated text and is left out.
 */
export function nameKeys(name: string, text: string): string[] {
  if (text.includes(name)) return [name];
  const last = name
    .split(/\s+/u)
    .filter((p) => p.length >= 4)
    .at(-1);
  return last && text.includes(last) ? [last] : [];
}

/** Text trailing a record name in its heading (…经费绩效目标表), kept after the suffix so the heading still reads as one. */
const TITLE_TAIL = /(?:项目支出|项目)?绩效目标(?:申报)?表$/u;

export type CopyPlan = {
  k: number;
  region: BenchRegion;
  year: number;
};

/**
 * The region and year of copy k of the document at `index`: spread over many regions
 * (none of `real`, the regions of the real sources), five years around the original.
 */
export function copyPlan(entry: ManifestEntry, index: number, k: number, real: readonly Region[]): CopyPlan {
  const list = benchRegionsBesides(real, entry.region.city === null ? BENCH_PROVINCES : BENCH_CITIES);
  if (list.length === 0) throw new Error("every bench region is a real one: add regions to src/bench/regions.ts");
  const region = list[(k * 7 + index * 11) % list.length]!;
  const year = entry.year + (((k * 3) % 5) - 2);
  return { k, region, year };
}

/** Percentage targets (≥90%) moved up by `shift` points, kept below 100. */
export function shiftPercentTargets(text: string, shift: number): string {
  if (shift === 0) return text;
  return text.replace(
    /([≥≤＞＜><]=?)(\d{1,2})(%|％)/gu,
    (_, op: string, n: string, pct: string) => `${op}${Math.min(99, Number(n) + shift)}${pct}`,
  );
}

/** The region substitutions of a copy: 青岛 → 济南, 山东 → 江苏. */
function regionMap(from: Region, plan: CopyPlan): Map<string, string> {
  const { short, provinceShort } = shortNames(from);
  const map = new Map<string, string>();
  map.set(provinceShort, plan.region.provinceShort);
  // The city's own name wins where city and province are one (天津).
  map.set(short, plan.region.short);
  return map;
}

/**
 * Every year moved by `delta`: a four-digit 19xx/20xx before 年 (2023年, 2023 年),
 * and the document's own year standing alone (2024电力需求…). Never a year inside
 * a project code (37020023P…) or a figure (2076.70). Moving all years alike
 * keeps a period such as 12个月（2020年11月至2021年10月） consistent.
 */
export function shiftYears(text: string, documentYear: number, delta: number): string {
  if (delta === 0) return text;
  const yearWord = /\s*年/uy;
  return text.replace(/(?<![\d.,])(?:19|20)\d{2}(?![\d.,])/gu, (year: string, offset: number) => {
    yearWord.lastIndex = offset + year.length;
    return yearWord.test(text) || Number(year) === documentYear ? String(Number(year) + delta) : year;
  });
}

/** Copy k of one document: its manifest entry and rewritten text. */
export function copyDocument(source: SourceDocument, plan: CopyPlan): { entry: ManifestEntry; text: string } {
  const { entry } = source;
  const suffix = `第${plan.k}批`;
  const names = new Map<string, string>();
  for (const name of source.names) {
    for (const key of nameKeys(name, source.text)) {
      const tail = key.match(TITLE_TAIL)?.[0] ?? "";
      const stem = key.slice(0, key.length - tail.length);
      // A stem too short to be a name (a title that is nothing but 绩效目标表) is left alone.
      if (stem.length >= 2) names.set(key, `${stem}${suffix}${tail}`);
    }
  }
  const map = regionMap(entry.region, plan);
  const rewrite = (s: string) => shiftYears(replaceAll(s, map), entry.year, plan.year - entry.year);
  const text = rewrite(shiftPercentTargets(replaceAll(source.text, names), plan.k % 3));
  const stem = entry.file.replace(/\.txt$/u, "");
  const region: Region = {
    province: plan.region.province,
    city: plan.region.city,
    adminCode: plan.region.adminCode,
    slug: plan.region.slug,
  };
  const copy: ManifestEntry = {
    ...entry,
    id: `${entry.id}-x${plan.k}`,
    file: `${stem}-x${plan.k}.txt`,
    title: `${rewrite(entry.title)}（${suffix}）`,
    publisher: rewrite(entry.publisher),
    region,
    year: plan.year,
    sha256: sha256Hex(new TextEncoder().encode(text)),
    ...(entry.origin ? { origin: rewrite(entry.origin) } : {}),
  };
  return { entry: copy, text };
}

/** A corpus `scale` times the size of `sources`: the originals (copy 0) and copies 1 … scale-1 of each. */
export function generateCorpus(sources: readonly SourceDocument[], scale: number): GeneratedCorpus {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number ≥ 1, got ${scale}`);
  const documents: ManifestEntry[] = [];
  const files = new Map<string, string>();
  for (const source of sources) {
    documents.push(source.entry);
    files.set(source.entry.file, source.text);
  }
  const real = sources.map((s) => s.entry.region);
  for (let k = 1; k < scale; k++) {
    for (const [index, source] of sources.entries()) {
      const { entry, text } = copyDocument(source, copyPlan(source.entry, index, k, real));
      documents.push(entry);
      files.set(entry.file, text);
    }
  }
  return { manifest: { documents }, files };
}
