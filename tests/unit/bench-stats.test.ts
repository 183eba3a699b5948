import { describe, expect, test } from "vitest";
import { growthOf, SUPER_LINEAR } from "../../src/bench/growth.ts";
import { median, spread } from "../../src/bench/stats.ts";

describe("median", () => {
  test("odd and even counts, order does not matter", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
  });
  test("no finite values give NaN; NaN values are left out", () => {
    expect(median([])).toBeNaN();
    expect(median([Number.NaN])).toBeNaN();
    expect(median([1, Number.NaN, 3])).toBe(2);
  });
  test("does not reorder its input", () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
  test("spread", () => {
    expect(spread([3, 1, 2])).toEqual({ min: 1, max: 3 });
    expect(spread([]).min).toBeNaN();
  });
});

describe("growthOf", () => {
  test("a linear figure grows by 1 and is not flagged", () => {
    const g = growthOf([
      { scale: 1, value: 10 },
      { scale: 10, value: 100 },
      { scale: 100, value: 1000 },
    ]);
    expect(g.map((x) => x.growth)).toEqual([1, 1, 1]);
    expect(g[2]!.marginal).toBeCloseTo(1);
    expect(g.some((x) => x.superLinear)).toBe(false);
  });

  test("a fixed cost makes growth fall below 1", () => {
    const g = growthOf([
      { scale: 1, value: 11 },
      { scale: 10, value: 20 },
    ]);
    expect(g[1]!.growth).toBeCloseTo(20 / 11 / 10);
    expect(g[1]!.superLinear).toBe(false);
  });

  test("a quadratic term is flagged even when a fixed cost hides it in the growth ratio", () => {
    // 100 + n²/10: growth at ×100 is 1100/100.1/100 ≈ 0.11, but each copy costs ever more.
    const f = (n: number) => 100 + (n * n) / 10;
    const g = growthOf([1, 10, 100].map((scale) => ({ scale, value: f(scale) })));
    expect(g[2]!.growth).toBeLessThan(1);
    expect(g[2]!.marginal).toBeGreaterThan(SUPER_LINEAR);
    expect(g[2]!.superLinear).toBe(true);
  });

  test("faster than linear in the plain ratio", () => {
    const g = growthOf([
      { scale: 1, value: 1 },
      { scale: 10, value: 30 },
    ]);
    expect(g[1]!.growth).toBe(3);
    expect(g[1]!.superLinear).toBe(true);
  });

  test("points are sorted by scale; the smallest is the base; zero base gives NaN, not a flag", () => {
    const g = growthOf([
      { scale: 10, value: 20 },
      { scale: 1, value: 2 },
    ]);
    expect(g.map((x) => x.scale)).toEqual([1, 10]);
    expect(g[1]!.growth).toBe(1);
    const zero = growthOf([
      { scale: 1, value: 0 },
      { scale: 10, value: 5 },
    ]);
    expect(zero[1]!.growth).toBeNaN();
    expect(zero[1]!.superLinear).toBe(false);
    expect(growthOf([])).toEqual([]);
  });

  test("a figure that stays the same has growth 1/scale", () => {
    const g = growthOf([
      { scale: 1, value: 5 },
      { scale: 10, value: 5 },
      { scale: 100, value: 5 },
    ]);
    expect(g[2]!.growth).toBeCloseTo(0.01);
    expect(g[2]!.marginal).toBeNaN();
  });
});
