import { describe, expect, it } from "vitest";
import { paginate, pagerItems } from "../../src/lib/site/pagination.ts";

describe("paginate", () => {
  const items = Array.from({ length: 120 }, (_, i) => i);

  it("cuts a list into pages of the size, the last one shorter", () => {
    const pages = paginate(items, 50);
    expect(pages.map((p) => [p.number, p.count, p.offset, p.items.length, p.total])).toEqual([
      [1, 3, 0, 50, 120],
      [2, 3, 50, 50, 120],
      [3, 3, 100, 20, 120],
    ]);
  });

  it("loses, repeats and reorders nothing", () => {
    for (const size of [1, 7, 50, 119, 120, 121]) expect(paginate(items, size).flatMap((p) => p.items)).toEqual(items);
  });

  it("gives an empty list one empty page, so its page exists", () => {
    expect(paginate([], 50)).toEqual([{ number: 1, count: 1, items: [], offset: 0, total: 0 }]);
  });

  it("refuses a size that is not a positive integer", () => {
    for (const size of [0, -1, 2.5, Number.NaN]) expect(() => paginate(items, size)).toThrow(/positive integer/);
  });
});

describe("pagerItems", () => {
  it("shows every number of a short list", () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps the first, the last and a window around the current page, with gaps between", () => {
    expect(pagerItems(1, 20)).toEqual([1, 2, 3, "gap", 20]);
    expect(pagerItems(10, 20)).toEqual([1, "gap", 8, 9, 10, 11, 12, "gap", 20]);
    expect(pagerItems(20, 20)).toEqual([1, "gap", 18, 19, 20]);
  });

  it("shows a single left-out number instead of a gap", () => {
    expect(pagerItems(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, "gap", 10]);
  });

  it("stays the same size however many pages there are", () => {
    const sizes = [10, 100, 1000, 100000].map((count) => pagerItems(Math.floor(count / 2), count).length);
    expect(new Set(sizes).size).toBe(1);
  });

  it("lists each page once, in order, its neighbours included, so previous/next reach every page", () => {
    for (const count of [1, 2, 3, 6, 7, 8, 30]) {
      for (let current = 1; current <= count; current++) {
        const numbers = pagerItems(current, count).filter((x): x is number => x !== "gap");
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(new Set(numbers).size).toBe(numbers.length);
        for (const n of [1, count, current - 1, current, current + 1])
          if (n >= 1 && n <= count) expect(numbers).toContain(n);
        expect(Math.min(...numbers) >= 1 && Math.max(...numbers) <= count).toBe(true);
      }
    }
  });
});
