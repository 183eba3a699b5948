import { describe, expect, it } from "vitest";
import { countFacets, find, PAGE, searching, selectResults, type Found, type Pagefind } from "../../src/lib/search/engine.ts";
import type { PageFilters } from "../../src/lib/search/filters.ts";
import { buildTable, readTable } from "../../src/lib/search/table.ts";

/** A stand-in for Pagefind: fixed answers per term; it records what it is asked (options included) and which fragments are fetched. */
function fakePagefind(answers: Record<string, string[]>, texts: Record<string, string> = {}): Pagefind & { asked: unknown[][]; fetched: string[] } {
  const asked: unknown[][] = [];
  const fetched: string[] = [];
  const result = (id: string) => ({
    id,
    data: () => {
      fetched.push(id);
      return Promise.resolve({ url: `/${id}/`, content: texts[id] ?? "", excerpt: id, meta: {}, filters: {} });
    },
  });
  return {
    asked,
    fetched,
    search(...args: unknown[]) {
      asked.push(args);
      return Promise.resolve({ results: (answers[args[0] as string] ?? []).map(result) });
    },
  };
}

function tableOf(pages: Record<string, PageFilters>) {
  return readTable(buildTable(Object.entries(pages).map(([id, filters]) => ({ id, filters }))));
}

const table = tableOf({
  a: { 地区: ["天津市"], 类型: ["项目"] },
  b: { 地区: ["青岛市"], 类型: ["项目"] },
  c: { 地区: ["天津市"], 类型: ["文件"] },
  d: { 地区: ["青岛市"], 类型: ["项目"] },
});
const pick = (facets: ReturnType<typeof countFacets>, key: "地区" | "类型") => facets![key].map(({ value, count }) => [value, count]);

describe("find", () => {
  it("runs one Pagefind search per piece, never with a filter, and keeps what all found in the first search's order", async () => {
    const pagefind = fakePagefind({ '"无 线 电"': ["a", "b", "c"], '"天 津"': ["c", "a", "d"] });
    const found = await find(pagefind, "无线电 天津");
    expect(pagefind.asked).toEqual([['"无 线 电"'], ['"天 津"']]);
    expect(found.results.map((r) => r.id)).toEqual(["a", "c"]);
  });

  it("asks nothing for a query without letters or digits", async () => {
    const pagefind = fakePagefind({});
    expect(await find(pagefind, "——")).toEqual({ terms: [], results: [], complete: true });
    expect(pagefind.asked).toEqual([]);
  });
});

describe("counts of a query of several pieces", () => {
  it("are those of the results all searches found, not of the first search", async () => {
    const found = await find(fakePagefind({ '"无 线 电"': ["a", "b", "c", "d"], '"天 津"': ["a", "c"] }), "无线电 天津");
    // The first search alone would say 青岛市 2, 项目 3.
    expect(pick(countFacets(found, {}, table), "地区")).toEqual([["天津市", 2]]);
    expect(pick(countFacets(found, {}, table), "类型")).toEqual([["项目", 1], ["文件", 1]]);
  });
});

describe("a query with punctuation", () => {
  it("keeps only results whose text holds the query as typed, and counts those", async () => {
    const pagefind = fakePagefind({ "100": ["a", "b", "c"] }, { a: "完成率 100%", b: "≥100个", c: "100 %" });
    const found = await find(pagefind, "100%");
    expect(found.results.map((r) => r.id)).toEqual(["a", "c"]);
    // Pagefind's 100 alone would count b (青岛市) too.
    expect(pick(countFacets(found, {}, table), "地区")).toEqual([["天津市", 2]]);
  });
});

describe("a query with punctuation and many candidates", () => {
  // p0…p99 all hold 100; every third says 100% (p0, p3, …: 34 of them).
  const ids = Array.from({ length: 100 }, (_, i) => `p${i}`);
  const texts = Object.fromEntries(ids.map((id, i) => [id, i % 3 === 0 ? "完成率 100%" : "≥100个"]));
  const table = tableOf(Object.fromEntries(ids.map((id) => [id, { 类型: ["项目"] }])));

  it("gives its first page before checking the rest, without counts, then the complete answer with them", async () => {
    const pagefind = fakePagefind({ "100": ids }, texts);
    const steps: { found: Found; fetched: number }[] = [];
    for await (const found of searching(pagefind, "100%")) steps.push({ found, fetched: pagefind.fetched.length });
    const [first, last] = steps;
    expect(steps).toHaveLength(2);
    expect(first!.found.complete).toBe(false);
    expect(first!.found.results.map((r) => r.id)).toEqual(ids.filter((_, i) => i % 3 === 0).slice(0, PAGE));
    expect(first!.fetched).toBeLessThan(ids.length);
    expect(countFacets(first!.found, {}, table)).toBeNull();
    expect(last!.found.complete).toBe(true);
    expect(last!.found.results).toHaveLength(34);
    expect(pick(countFacets(last!.found, {}, table), "类型")).toEqual([["项目", 34]]);
  });

  it("gives one complete answer when the first candidates are all there are", async () => {
    const few = ids.slice(0, 30);
    const steps = [];
    for await (const found of searching(fakePagefind({ "100": few }, texts), "100%")) steps.push(found);
    expect(steps.map((f) => [f.complete, f.results.length])).toEqual([[true, 10]]);
  });
});

describe("filters on two keys", () => {
  const found = find(fakePagefind({ "5g": ["a", "b", "c", "d"] }), "5G");
  const selection = { 地区: ["青岛市"], 类型: ["文件"] };

  it("keep the results carrying a chosen value of each", async () => {
    expect(selectResults(await found, selection, table)).toEqual([]);
    expect(selectResults(await found, { 地区: ["青岛市"], 类型: ["项目", "文件"] }, table)?.map((r) => r.id)).toEqual(["b", "d"]);
  });

  it("count each filter under the other's choice only", async () => {
    const facets = countFacets(await found, selection, table);
    // Counted among the (empty) filtered results every count would be 0.
    expect(pick(facets, "地区")).toEqual([["青岛市", 0], ["天津市", 1]]);
    expect(pick(facets, "类型")).toEqual([["项目", 2], ["文件", 0]]);
  });
});

describe("selectResults before the facet table has arrived", () => {
  it("gives every result when nothing is selected, and waits (null) when something is", async () => {
    const found = await find(fakePagefind({ "5g": ["a", "b"] }), "5G");
    expect(selectResults(found, {}, null)).toBe(found.results);
    expect(selectResults(found, { 地区: [] }, null)).toBe(found.results);
    expect(selectResults(found, { 地区: ["天津市"] }, null)).toBeNull();
  });
});
