import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countFacets, filtersOf, passing, readTable } from "../../src/lib/search/facet-table.ts";
import { orderValues } from "../../src/lib/search/facets.ts";
import { FILTERS, type FilterKey, type PageFilters, type Selection } from "../../src/lib/search/filters.ts";
import { facetsFile } from "../../src/lib/search/index-files.ts";

const pages: Record<string, PageFilters> = {
  t1: { 地区: ["天津市"], 年度: ["2024"], 类型: ["项目"], 主题: ["无线电管理", "中小企业"] },
  t2: { 地区: ["天津市"], 年度: ["2024"], 类型: ["项目"], 主题: ["无线电管理"] },
  t3: { 地区: ["天津市"], 年度: ["2024"], 类型: ["文件"] },
  q1: { 地区: ["青岛市"], 年度: ["2023"], 类型: ["项目"], 主题: ["中小企业"] },
  q2: { 地区: ["青岛市"], 年度: ["2023"], 类型: ["文件"] },
};
/** The table as the search page reads it, from facets.json as the index step writes it; ids are the pages' names. */
const names = Object.keys(pages);
const table = readTable(facetsFile(names.map((name) => pages[name]!)));
const idOf = (name: string) => names.indexOf(name);
const applySelection = (ids: string[], selection: Selection) =>
  passing(table, ids.map(idOf), selection).map((id) => names[id]!);
const facetCounts = (ids: string[], selection: Selection) => countFacets(table, ids.map(idOf), selection);
const counts = (ids: string[], selection: Selection, key: FilterKey) =>
  facetCounts(ids, selection)[key].map(({ value, count }) => [value, count]);

describe("applySelection", () => {
  const ids = ["t1", "q1", "t3", "q2"];
  it("passes everything without a selection", () => {
    expect(applySelection(ids, {})).toEqual(ids);
  });
  it("ORs the values of one filter and ANDs the filters", () => {
    expect(applySelection(ids, { 地区: ["天津市", "青岛市"] })).toEqual(ids);
    expect(applySelection(ids, { 地区: ["天津市"], 类型: ["项目"] })).toEqual(["t1"]);
  });
  it("passes a page carrying any selected value of a filter with several values per page", () => {
    expect(applySelection(ids, { 主题: ["中小企业"] })).toEqual(["t1", "q1"]);
  });
  it("passes nothing for a value no record carries, nor a page without the filter", () => {
    expect(applySelection(ids, { 地区: ["长沙市"] })).toEqual([]);
    expect(applySelection(["t3"], { 主题: ["无线电管理"] })).toEqual([]);
  });
});

describe("facetCounts", () => {
  const all = ["t1", "t2", "t3", "q1", "q2"];
  it("reads back each record's own filters", () => {
    names.forEach((name, id) => expect(filtersOf(table, id)).toEqual(pages[name]));
  });
  it("counts each value among the results, a page once for each of its values", () => {
    expect(counts(["t1", "t2", "q1"], {}, "地区")).toEqual([
      ["天津市", 2],
      ["青岛市", 1],
    ]);
    expect(counts(["t1", "t2", "q1"], {}, "主题")).toEqual([
      ["无线电管理", 2],
      ["中小企业", 2],
    ]);
    expect(counts(["t1", "t2", "q1"], {}, "类型")).toEqual([["项目", 3]]);
    expect(counts(["t1", "t2", "q1"], {}, "一级指标")).toEqual([]);
  });
  it("counts a filter's values under the other filters only, so a chosen region still shows the others", () => {
    expect(counts(all, { 地区: ["天津市"] }, "地区")).toEqual([
      ["天津市", 3],
      ["青岛市", 2],
    ]);
    expect(counts(all, { 地区: ["天津市"] }, "类型")).toEqual([
      ["项目", 2],
      ["文件", 1],
    ]);
  });
  it("with two filters chosen, counts each under the other's choice, not under the filtered results", () => {
    // Among the filtered results (t1, t2) 青岛市 and 文件 would be 0; choosing either would give 1 result.
    const selection = { 地区: ["天津市"], 类型: ["项目"] };
    expect(applySelection(all, selection)).toEqual(["t1", "t2"]);
    expect(counts(all, selection, "地区")).toEqual([
      ["天津市", 2],
      ["青岛市", 1],
    ]);
    expect(counts(all, selection, "类型")).toEqual([
      ["项目", 2],
      ["文件", 1],
    ]);
    expect(counts(all, selection, "年度")).toEqual([["2024", 2]]);
  });
  it("counts a value as the results of choosing it alone, whatever else of its filter is chosen", () => {
    // Under 青岛市 only q1 carries a topic; 无线电管理 stays listed at 0 because it is chosen.
    expect(counts(all, { 主题: ["无线电管理", "中小企业"], 地区: ["青岛市"] }, "主题")).toEqual([
      ["无线电管理", 0],
      ["中小企业", 1],
    ]);
  });
  it("keeps the index's order of values, whatever the counts", () => {
    expect(counts(["t3", "q2", "t1"], {}, "类型")).toEqual([
      ["项目", 1],
      ["文件", 2],
    ]);
  });
  it("keeps a selected value without results, so it can be unticked", () => {
    expect(facetCounts(all, { 地区: ["长沙市"] }).地区).toContainEqual({
      value: "长沙市",
      count: 0,
      selected: true,
    });
  });
});

/** The rule the table must keep, spelled out record by record. */
function passesNaively(page: PageFilters, selection: Selection, except?: FilterKey): boolean {
  return FILTERS.every((key) => {
    const chosen = selection[key] ?? [];
    return key === except || chosen.length === 0 || chosen.some((value) => page[key]?.includes(value));
  });
}

describe("the facet table, against the rule record by record", () => {
  const value = (key: string, n: number) => fc.constantFrom(...Array.from({ length: n }, (_, i) => `${key}${i}`));
  const page = fc.record(
    {
      地区: value("r", 3).map((v) => [v]),
      年度: value("y", 2).map((v) => [v]),
      类型: value("k", 3).map((v) => [v]),
      一级指标: value("a", 2).map((v) => [v]),
      二级指标: value("b", 3).map((v) => [v]),
      主题: fc.uniqueArray(value("t", 4), { minLength: 1, maxLength: 3 }),
    },
    { requiredKeys: ["地区", "年度", "类型"] },
  );
  const selection = fc.record(
    {
      地区: fc.uniqueArray(value("r", 4), { maxLength: 2 }),
      年度: fc.uniqueArray(value("y", 2), { maxLength: 1 }),
      类型: fc.uniqueArray(value("k", 3), { maxLength: 2 }),
      一级指标: fc.uniqueArray(value("a", 2), { maxLength: 1 }),
      二级指标: fc.uniqueArray(value("b", 3), { maxLength: 2 }),
      主题: fc.uniqueArray(value("t", 5), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  );
  it("passes and counts exactly what the rule gives, for any records, results and selection", () => {
    fc.assert(
      fc.property(
        fc.array(page, { minLength: 1, maxLength: 40 }),
        selection,
        fc.array(fc.nat(), { maxLength: 40 }),
        (pages, chosen, picks) => {
          const t = readTable(facetsFile(pages));
          const ids = [...new Set(picks.map((p) => p % pages.length))];
          expect(passing(t, ids, chosen)).toEqual(ids.filter((id) => passesNaively(pages[id]!, chosen)));
          const facets = countFacets(t, ids, chosen);
          for (const key of FILTERS) {
            const shown = new Map(facets[key].map((v) => [v.value, v.count]));
            for (const v of new Set([...t.values[key], ...(chosen[key] ?? [])])) {
              const truth = ids.filter(
                (id) => passesNaively(pages[id]!, chosen, key) && (pages[id]![key] ?? []).includes(v),
              ).length;
              expect(shown.get(v) ?? 0).toBe(truth);
              expect(shown.has(v)).toBe(truth > 0 || (chosen[key] ?? []).includes(v));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("orderValues", () => {
  it("puts years newest first", () => {
    expect(orderValues("年度", { "2021": 300, "2024": 10, "2023": 50 })).toEqual(["2024", "2023", "2021"]);
  });
  it("puts other values by how many records carry them, ties by pinyin", () => {
    expect(orderValues("地区", { 天津市: 5, 江苏省: 9, 青岛市: 5 })).toEqual(["江苏省", "青岛市", "天津市"]);
  });
});
