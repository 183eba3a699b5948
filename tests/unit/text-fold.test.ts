/**
 * Text folding before the target grammar (src/normalize/text/fold.ts): what
 * NFKC folds, what the table adds, what stays, and that a target keeps its
 * printed text while reading the folded one.
 */
import { describe, expect, it } from "vitest";
import { parseSplitTarget, parseTarget, type TargetContext } from "../../src/normalize/target/index.ts";
import { foldText } from "../../src/normalize/text/fold.ts";

const BASE: TargetContext = { documentYear: 2023, level1: null, level2: null, name: null, tableUnit: "万元" };

describe("foldText", () => {
  it.each([
    ["９５％", "95%"],
    ["≥９０％", "≥90%"],
    ["１７间", "17间"],
    ["２４小时", "24小时"],
    ["＜＝１０", "<=10"],
    ["１，０００．５万元", "1，000.5万元"],
    ["⻓沙", "长沙"],
    ["⻋辆", "车辆"],
    ["a\u00A0b\u3000c\u2003d\u202Fe", "a b c d e"],
    ["1\u200B2", "12"],
    ["名称\t９５％", "名称\t95%"],
  ])("%s → %s", (text, folded) => {
    expect(foldText(text)).toBe(folded);
  });

  it("keeps Chinese punctuation as printed", () => {
    expect(foldText("（一）收入，支出：合计；是否？是！")).toBe("（一）收入，支出：合计；是否？是！");
  });

  it("maps every Kangxi radical and every CJK Radicals Supplement character with an equivalent to a unified ideograph", () => {
    for (let c = 0x2f00; c <= 0x2fd5; c++)
      expect(foldText(String.fromCodePoint(c)), c.toString(16)).toMatch(/^[\u3400-\u9fff\u{20000}-\u{3134f}]$/u);
    for (let c = 0x2e81; c <= 0x2ef3; c++) {
      const char = String.fromCodePoint(c);
      if (!/\p{Assigned}/u.test(char)) continue;
      expect(foldText(char), c.toString(16)).toMatch(/^[\u3400-\u9fff\u{20000}-\u{3134f}]$/u);
    }
  });

  it("leaves plain text alone", () => {
    const text = "≥95% 服务对象满意度 2024年底前";
    expect(foldText(text)).toBe(text);
  });

  it("is linear: a 1 MB line of folded characters takes seconds at most, not minutes", () => {
    const line = "９".repeat(500_000) + "⻓".repeat(500_000);
    const start = performance.now();
    expect(foldText(line)).toHaveLength(1_000_000);
    expect(performance.now() - start).toBeLessThan(5000);
  });
});

describe("the target grammar reads folded text and keeps the printed one", () => {
  it("full-width digits read like ASCII ones, flagged, raw as printed", () => {
    const printed = parseTarget("≥９５％", BASE);
    const ascii = parseTarget("≥95%", BASE);
    expect(printed.raw).toBe("≥９５％");
    expect({ ...printed, raw: ascii.raw, flags: ascii.flags }).toEqual(ascii);
    expect(printed.flags).toContain("textFolded");
    expect(ascii.flags).not.toContain("textFolded");
  });

  it("split cells: value, unit and value type are folded; cells stay verbatim", () => {
    const t = parseSplitTarget({ value: "１７", unit: "间", valueType: "≥" }, BASE);
    expect(t).toMatchObject({
      raw: "１７",
      cells: { value: "１７", unit: "间", valueType: "≥" },
      kind: "quantity",
      value: 17,
    });
    expect(t.flags).toContain("textFolded");
  });

  it("no flag when folding does not change the reading (punctuation only)", () => {
    expect(parseTarget("按期完成，质量达标", BASE).flags).not.toContain("textFolded");
  });
});
