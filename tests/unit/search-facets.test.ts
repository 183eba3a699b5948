import { describe, expect, it } from "vitest";
import { applySelection, facetCounts, intersect, orderValues, type FilterIndex } from "../../src/lib/search/facets.ts";
import type { FilterKey } from "../../src/lib/search/filters.ts";

function filterIndex(entries: Partial<Record<FilterKey, Record<string, string[]>>>): FilterIndex {
  return new Map(
    Object.entries(entries).map(([key, values]) => [key as FilterKey, new Map(Object.entries(values).map(([v, ids]) => [v, new Set(ids)]))]),
  );
}

const index = filterIndex({
  地区: { 天津市: ["t1", "t2", "t3"], 青岛市: ["q1", "q2"] },
  年度: { "2024": ["t1", "t2", "t3"], "2023": ["q1", "q2"] },
  类型: { 项目: ["t1", "t2", "q1"], 文件: ["t3", "q2"] },
});

describe("intersect", () => {
  it("keeps the ids every search found, in the first search's order", () => {
    expect(intersect([["c", "a", "b"], ["a", "c"], ["c", "a", "x"]])).toEqual(["c", "a"]);
  });
  it("is the one list for one search, and empty for none", () => {
    expect(intersect([["a", "b"]])).toEqual(["a", "b"]);
    expect(intersect([])).toEqual([]);
  });
});

describe("applySelection", () => {
  const ids = ["t1", "q1", "t3", "q2"];
  it("passes everything without a selection", () => {
    expect(applySelection(ids, {}, index)).toEqual(ids);
  });
  it("ORs the values of one filter and ANDs the filters", () => {
    expect(applySelection(ids, { 地区: ["天津市", "青岛市"] }, index)).toEqual(ids);
    expect(applySelection(ids, { 地区: ["天津市"], 类型: ["项目"] }, index)).toEqual(["t1"]);
  });
  it("passes nothing for a value no record carries", () => {
    expect(applySelection(ids, { 地区: ["长沙市"] }, index)).toEqual([]);
  });
});

describe("facetCounts", () => {
  const ids = ["t1", "t2", "q1"];
  it("counts each value among the results", () => {
    const facets = facetCounts(ids, {}, index);
    expect(facets.地区).toEqual([
      { value: "天津市", count: 2, selected: false },
      { value: "青岛市", count: 1, selected: false },
    ]);
    expect(facets.类型).toEqual([{ value: "项目", count: 3, selected: false }]);
    expect(facets.主题).toEqual([]);
  });
  it("counts a filter's values under the other filters only, so a chosen region still shows the others", () => {
    const facets = facetCounts(ids, { 地区: ["天津市"] }, index);
    expect(facets.地区).toEqual([
      { value: "天津市", count: 2, selected: true },
      { value: "青岛市", count: 1, selected: false },
    ]);
    expect(facets.年度).toEqual([{ value: "2024", count: 2, selected: false }]);
  });
  it("keeps the index's order of values, whatever the counts", () => {
    expect(facetCounts(["t3", "q2", "t1"], {}, index).类型).toEqual([
      { value: "项目", count: 1, selected: false },
      { value: "文件", count: 2, selected: false },
    ]);
  });
  it("keeps a selected value without results, so it can be unticked", () => {
    expect(facetCounts(ids, { 地区: ["长沙市"] }, index).地区).toContainEqual({ value: "长沙市", count: 0, selected: true });
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
