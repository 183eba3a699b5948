import { describe, expect, it } from "vitest";
import { applySelection, facetCounts, orderValues, type FiltersOf } from "../../src/lib/search/facets.ts";
import { FILTERS, type FilterKey, type PageFilters } from "../../src/lib/search/filters.ts";

const pages: Record<string, PageFilters> = {
  t1: { 地区: ["天津市"], 年度: ["2024"], 类型: ["项目"], 主题: ["无线电管理", "中小企业"] },
  t2: { 地区: ["天津市"], 年度: ["2024"], 类型: ["项目"], 主题: ["无线电管理"] },
  t3: { 地区: ["天津市"], 年度: ["2024"], 类型: ["文件"] },
  q1: { 地区: ["青岛市"], 年度: ["2023"], 类型: ["项目"], 主题: ["中小企业"] },
  q2: { 地区: ["青岛市"], 年度: ["2023"], 类型: ["文件"] },
};
const filtersOf: FiltersOf<string> = (id) => pages[id]!;
const order = Object.fromEntries(FILTERS.map((key) => [key, [] as string[]])) as Record<FilterKey, string[]>;
Object.assign(order, {
  地区: ["天津市", "青岛市"],
  年度: ["2024", "2023"],
  类型: ["项目", "文件"],
  主题: ["无线电管理", "中小企业"],
});

const counts = (ids: string[], selection: Parameters<typeof facetCounts>[1], key: FilterKey) =>
  facetCounts(ids, selection, filtersOf, order)[key].map(({ value, count }) => [value, count]);

describe("applySelection", () => {
  const ids = ["t1", "q1", "t3", "q2"];
  it("passes everything without a selection", () => {
    expect(applySelection(ids, {}, filtersOf)).toEqual(ids);
  });
  it("ORs the values of one filter and ANDs the filters", () => {
    expect(applySelection(ids, { 地区: ["天津市", "青岛市"] }, filtersOf)).toEqual(ids);
    expect(applySelection(ids, { 地区: ["天津市"], 类型: ["项目"] }, filtersOf)).toEqual(["t1"]);
  });
  it("passes a page carrying any selected value of a filter with several values per page", () => {
    expect(applySelection(ids, { 主题: ["中小企业"] }, filtersOf)).toEqual(["t1", "q1"]);
  });
  it("passes nothing for a value no record carries, nor a page without the filter", () => {
    expect(applySelection(ids, { 地区: ["长沙市"] }, filtersOf)).toEqual([]);
    expect(applySelection(["t3"], { 主题: ["无线电管理"] }, filtersOf)).toEqual([]);
  });
});

describe("facetCounts", () => {
  const all = ["t1", "t2", "t3", "q1", "q2"];
  it("counts an id with a weight as that many results with its filters", () => {
    const selection = { 类型: ["项目"] };
    const expanded = ["t1", "t1", "t1", "t3", "q1", "q1"];
    expect(facetCounts(["t1", "t3", "q1"], selection, filtersOf, order, [3, 1, 2])).toEqual(
      facetCounts(expanded, selection, filtersOf, order),
    );
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
    expect(applySelection(all, selection, filtersOf)).toEqual(["t1", "t2"]);
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
    expect(facetCounts(all, { 地区: ["长沙市"] }, filtersOf, order).地区).toContainEqual({
      value: "长沙市",
      count: 0,
      selected: true,
    });
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
