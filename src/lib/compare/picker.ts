/** Finding items for the compare view: by name, budget unit or region, and by region for browsing. */
import type { CompareItem, CompareRecords } from "./records.ts";

export const ITEM_KIND: Record<CompareItem["kind"], string> = {
  project: "项目",
  unit: "部门（单位）整体",
  "budget-unit": "预算单位（所属各表合计）",
};

/** Items whose name, budget unit or region contains every word of the query (spaces separate words). */
export function searchItems(file: CompareRecords, query: string): CompareItem[] {
  const words = query.trim().split(/\s+/u).filter((w) => w !== "");
  if (words.length === 0) return [];
  const regionName = new Map(file.regions.map((r) => [r.slug, r.name]));
  return file.items.filter((item) => {
    const text = `${item.name} ${item.unit ?? ""} ${regionName.get(item.region) ?? ""} ${item.year}`;
    return words.every((w) => text.includes(w));
  });
}

/** Items by region, in the file's region order, for browsing without a query. */
export function itemsByRegion(file: CompareRecords): { slug: string; name: string; items: CompareItem[] }[] {
  return file.regions
    .map((r) => ({ ...r, items: file.items.filter((i) => i.region === r.slug) }))
    .filter((r) => r.items.length > 0);
}
