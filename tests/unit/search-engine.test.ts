import { describe, expect, it } from "vitest";
import { runSearch, type Pagefind } from "../../src/lib/search/engine.ts";

/** A stand-in for Pagefind: fixed answers per term, filter values per record. */
function fakePagefind(
  answers: Record<string, string[]>,
  filters: Record<string, Record<string, string>>,
  texts: Record<string, string> = {},
): Pagefind & { asked: string[] } {
  const asked: string[] = [];
  const result = (id: string) => ({ id, data: async () => ({ url: `/${id}/`, content: texts[id] ?? "", excerpt: id, meta: {}, filters: {} }) });
  return {
    asked,
    async search(term, options) {
      const [filter] = Object.entries(options?.filters ?? {});
      if (!filter) asked.push(term);
      const found = answers[term] ?? [];
      return { results: (filter ? found.filter((id) => filters[id]?.[filter[0]] === filter[1]) : found).map(result) };
    },
    async filters() {
      const counts: Record<string, Record<string, number>> = {};
      for (const values of Object.values(filters))
        for (const [key, value] of Object.entries(values)) (counts[key] ??= {})[value] = (counts[key]![value] ?? 0) + 1;
      return counts;
    },
  };
}

const pagefind = fakePagefind(
  { '"无 线 电"': ["a", "b", "c"], '"天 津"': ["c", "a"], "5g": ["d"] },
  { a: { 地区: "天津市", 类型: "项目" }, b: { 地区: "青岛市", 类型: "项目" }, c: { 地区: "天津市", 类型: "文件" }, d: { 地区: "青岛市" } },
);

describe("runSearch", () => {
  it("runs one Pagefind search per piece and keeps what all found, in the first search's order", async () => {
    pagefind.asked.length = 0;
    const outcome = await runSearch(pagefind, { q: "无线电 天津", selection: {} });
    expect(pagefind.asked).toEqual(['"无 线 电"', '"天 津"']);
    expect(outcome.results.map((r) => r.id)).toEqual(["a", "c"]);
    expect(outcome.unfiltered).toBe(2);
  });

  it("filters with the ids of each filter value among the results and counts the values", async () => {
    const outcome = await runSearch(pagefind, { q: "无线电", selection: { 类型: ["项目"] } });
    expect(outcome.results.map((r) => r.id)).toEqual(["a", "b"]);
    expect(outcome.unfiltered).toBe(3);
    // Ordered by records in the whole index (two each), ties by pinyin: qing before tian.
    expect(outcome.facets.地区).toEqual([
      { value: "青岛市", count: 1, selected: false },
      { value: "天津市", count: 1, selected: false },
    ]);
    expect(outcome.facets.类型).toEqual([
      { value: "项目", count: 2, selected: true },
      { value: "文件", count: 1, selected: false },
    ]);
  });

  it("asks nothing for a query without letters or digits", async () => {
    const before = pagefind.asked.length;
    const outcome = await runSearch(pagefind, { q: "——", selection: {} });
    expect(outcome).toMatchObject({ terms: [], unfiltered: 0, results: [] });
    expect(pagefind.asked.length).toBe(before);
  });
});

describe("runSearch with punctuation in the query", () => {
  it("keeps only results whose text holds the query as typed", async () => {
    const pagefind = fakePagefind({ "100": ["x", "y", "z"] }, { x: { 类型: "项目" }, y: { 类型: "项目" }, z: { 类型: "项目" } }, {
      x: "完成率 100%",
      y: "≥100个",
      z: "100 %",
    });
    const outcome = await runSearch(pagefind, { q: "100%", selection: {} });
    expect(outcome.results.map((r) => r.id)).toEqual(["x", "z"]);
    expect(outcome.facets.类型).toEqual([{ value: "项目", count: 2, selected: false }]);
  });
});
