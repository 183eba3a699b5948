import { describe, expect, it } from "vitest";
import { decimalsOf, fixedFromInteger, shownRaw, sumExact } from "../../src/lib/site/format.ts";

describe("decimalsOf", () => {
  it("counts the digits after the point as published", () => {
    expect(decimalsOf("2076.70")).toBe(2);
    expect(decimalsOf("170")).toBe(0);
    expect(decimalsOf("1,981.5")).toBe(1);
    expect(decimalsOf("")).toBe(0);
  });
});

describe("sumExact", () => {
  it("keeps the published decimals and never shows binary rounding", () => {
    expect(
      sumExact([
        { value: 170, raw: "170.00" },
        { value: 2076.7, raw: "2076.70" },
      ]),
    ).toBe("2246.70");
    expect(
      sumExact([
        { value: 0.1, raw: "0.1" },
        { value: 0.2, raw: "0.2" },
      ]),
    ).toBe("0.3");
    expect(
      sumExact([
        { value: 11.85, raw: "11.85" },
        { value: 12.8, raw: "12.80" },
        { value: 3.48, raw: "3.48" },
      ]),
    ).toBe("28.13");
  });

  it("uses the most precise part's decimals", () => {
    expect(
      sumExact([
        { value: 5, raw: "5" },
        { value: 1.25, raw: "1.25" },
      ]),
    ).toBe("6.25");
    expect(
      sumExact([
        { value: 184, raw: "184" },
        { value: 17.67, raw: "17.67" },
        { value: 110, raw: "110" },
        { value: 1000, raw: "1000" },
      ]),
    ).toBe("1311.67");
  });

  it("is null for nothing to add", () => {
    expect(sumExact([])).toBeNull();
  });
});

describe("fixedFromInteger", () => {
  it("places the point without floating-point division", () => {
    expect(fixedFromInteger(224670, 2)).toBe("2246.70");
    expect(fixedFromInteger(5, 2)).toBe("0.05");
    expect(fixedFromInteger(-5, 1)).toBe("-0.5");
    expect(fixedFromInteger(42, 0)).toBe("42");
  });
});

describe("shownRaw", () => {
  it("shows a blank cell as blank instead of nothing", () => {
    expect(shownRaw("")).toBe("（空白）");
    expect(shownRaw("  ")).toBe("（空白）");
    expect(shownRaw(undefined)).toBe("（空白）");
    expect(shownRaw("170.00")).toBe("170.00");
  });
});
