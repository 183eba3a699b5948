/**
 * Finding items for the compare view. A list of every item grows with the
 * corpus (records.json reached 22 MB at ×100), so the picker loads an index of
 * regions first and one region's items when the reader chooses the region: the
 * bytes fetched on load grow with the number of regions only.
 */
import { PROJECT_KIND_SHORT } from "../../shared/model-words.ts";
import type { CompareEntry, CompareItem } from "./records.ts";

export const ITEM_KIND: Record<CompareItem["kind"], string> = {
  project: PROJECT_KIND_SHORT.project,
  unit: PROJECT_KIND_SHORT.unit,
  "budget-unit": "预算单位（所属各表合计）",
};

/** /compare/picker/<slug>.json: a region's items, heads only. */
export type PickerRegion = { slug: string; name: string; items: CompareItem[] };

/**
 * /compare/picker/index.json: the regions with items, in administrative-code order.
 * `prefixes` place an item id in its region without a request: every id is one of them
 * or starts with one and "-" (the region's document ids; an id that does not is listed whole).
 */
export type PickerIndex = { regions: { slug: string; name: string; items: number; prefixes: string[] }[] };

/** An entry without what only the side-by-side table needs. */
export function itemOf({ id, kind, name, region, year, unit, budget }: CompareEntry): CompareItem {
  return { id, kind, name, region, year, unit, budget };
}

/** The entries' heads by region, in the entries' order (compareEntries gives region order). */
export function pickerRegions(entries: readonly CompareEntry[]): PickerRegion[] {
  const regions = new Map<string, PickerRegion>();
  for (const entry of entries) {
    const region = regions.get(entry.region) ?? { slug: entry.region, name: entry.regionName, items: [] };
    region.items.push(itemOf(entry));
    regions.set(entry.region, region);
  }
  return [...regions.values()];
}

export function pickerIndex(regions: readonly PickerRegion[], entries: readonly CompareEntry[] = []): PickerIndex {
  const documents = new Map<string, Set<string>>();
  for (const entry of entries) {
    const set = documents.get(entry.region) ?? new Set<string>();
    for (const record of entry.records) set.add(record.documentId);
    documents.set(entry.region, set);
  }
  return {
    regions: regions.map((r) => {
      const prefixes = [...(documents.get(r.slug) ?? [])].sort();
      const placed = (id: string) => prefixes.some((p) => id === p || id.startsWith(`${p}-`));
      const whole = r.items.map((i) => i.id).filter((id) => !placed(id));
      return { slug: r.slug, name: r.name, items: r.items.length, prefixes: [...prefixes, ...whole] };
    }),
  };
}

/** Items whose name, budget unit or year contains every word of the query (spaces separate words); all of them for an empty query. */
export function searchItems(items: readonly CompareItem[], query: string): CompareItem[] {
  const words = query
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== "");
  return items.filter((item) => {
    const text = `${item.name} ${item.unit ?? ""} ${item.year}`;
    return words.every((w) => text.includes(w));
  });
}
