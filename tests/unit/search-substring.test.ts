import { describe, expect, it } from "vitest";
import { containsQuery } from "../../src/lib/search/substring.ts";

describe("containsQuery", () => {
  it("finds every word of the query, case-insensitively", () => {
    expect(containsQuery("DCMM 评估（标段一）", "dcmm 标段")).toBe(true);
    expect(containsQuery("DCMM 评估", "dcmm 标段")).toBe(false);
  });
  it("ignores whitespace inside the text, as the index does", () => {
    expect(containsQuery("指标值 100%", "值100")).toBe(true);
  });
  it("keeps punctuation: 100绩效 is not in 100% 绩效", () => {
    expect(containsQuery("100% 绩效", "100绩效")).toBe(false);
  });
  it("matches nothing for an empty query", () => {
    expect(containsQuery("文本", "  ")).toBe(false);
  });
});
