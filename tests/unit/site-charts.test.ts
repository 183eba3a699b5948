import { describe, expect, it } from "vitest";
import { barLayout, CHART, columnLayout, extremes, textWidth, wrapText } from "../../src/lib/site/charts.ts";

describe("text measuring", () => {
  it("counts CJK as 1em and Latin as 0.6em", () => {
    expect(textWidth("预算", 10)).toBe(20);
    expect(textWidth("ab", 10)).toBe(12);
  });

  it("wraps labels and ellipsizes past the last line", () => {
    expect(wrapText("一二三四五六", 30, 10, 3)).toEqual(["一二三", "四五六"]);
    const lines = wrapText("一二三四五六七八九十", 30, 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(wrapText("", 30, 10, 2)).toEqual([""]);
  });
});

describe("barLayout", () => {
  const rows = [
    { label: "甲", value: 200, display: "200.00" },
    { label: "乙", value: 50, display: "50.00" },
    { label: "丙", value: 0, display: "0.00" },
  ];

  it("scales bars to the largest value and leaves room for the printed value", () => {
    const layout = barLayout(rows);
    const [a, b, c] = layout.marks;
    expect(a!.width).toBeGreaterThan(b!.width);
    expect(b!.width / a!.width).toBeCloseTo(0.25, 1);
    expect(c!.width).toBe(0);
    expect(a!.valueX + textWidth("200.00", CHART.fontSize)).toBeLessThanOrEqual(CHART.width + 0.5);
    expect(layout.marks.map((m) => m.display)).toEqual(["200.00", "50.00", "0.00"]);
  });

  it("stacks rows downwards without overlap", () => {
    const { marks, height } = barLayout(rows);
    for (let i = 1; i < marks.length; i++)
      expect(marks[i]!.lines[0]!.y).toBeGreaterThan(marks[i - 1]!.y + CHART.barHeight);
    expect(height).toBeGreaterThanOrEqual(marks.at(-1)!.y + CHART.barHeight);
  });

  it("refuses negative or missing values", () => {
    expect(() => barLayout([{ label: "x", value: -1, display: "-1" }])).toThrow();
    expect(() => barLayout([{ label: "x", value: Number.NaN, display: "?" }])).toThrow();
  });
});

describe("columnLayout", () => {
  const plan = [
    { label: "3月底", value: 5, display: "5.00" },
    { label: "6月底", value: null, display: "" },
    { label: "12月底", value: 170, display: "170.00" },
  ];

  it("draws a column per figure, none for a blank, and the reference line", () => {
    const layout = columnLayout(plan, { value: 170, label: "预算数 170.00" });
    const [a, blank, c] = layout.columns;
    expect(c!.height).toBeGreaterThan(a!.height);
    expect(blank!.height).toBe(0);
    expect(blank!.display).toBe("空白");
    expect(c!.display).toBe("170.00");
    expect(layout.reference!.y).toBeCloseTo(c!.y, 0);
    expect(
      layout.columns.every((col) => col.x >= layout.plot.left && col.x + col.width <= layout.plot.right + 0.5),
    ).toBe(true);
  });

  it("puts the reference above columns that do not reach it", () => {
    const layout = columnLayout([{ label: "年底", value: 100, display: "100" }], { value: 200, label: "预算数 200" });
    expect(layout.reference!.y).toBeLessThan(layout.columns[0]!.y);
  });
});

describe("extremes", () => {
  it("finds the largest and smallest rows", () => {
    const rows = [{ value: 3 }, { value: 9 }, { value: 1 }];
    expect(extremes(rows)).toEqual({ largest: { value: 9 }, smallest: { value: 1 } });
    expect(extremes([])).toBeNull();
  });
});
