import { describe, expect, it } from "vitest";
import { excerptParts } from "../../src/lib/search/excerpt.ts";
import { queryWords } from "../../src/lib/search/ngram.ts";

describe("excerptParts", () => {
  it("marks the matched words, one mark per phrase, and reads from the line after the title", () => {
    expect(excerptParts("标题\n拆除黑广播设备", queryWords("黑广播"))).toEqual([
      { text: "拆除", mark: false },
      { text: "黑广播", mark: true },
      { text: "设备", mark: false },
    ]);
  });
  it("separates the cells of a record instead of running them together", () => {
    const text = excerptParts("名称\n指标值 ≥95%\n度量单位 %", queryWords("95"))
      .map((p) => p.text)
      .join("");
    expect(text).toBe("指标值 ≥95% · 度量单位 %");
  });
  it("keeps markup of the data as text", () => {
    expect(excerptParts("t\n<script>x</script> 率", queryWords("率"))).toEqual([
      { text: "<script>x</script> ", mark: false },
      { text: "率", mark: true },
    ]);
  });
  it("opens on the first match with context before it, and says where text was cut", () => {
    const parts = excerptParts(`t\n${"甲".repeat(50)}满意度${"乙".repeat(200)}`, queryWords("满意度"));
    expect(parts[0]).toEqual({ text: `…${"甲".repeat(20)}`, mark: false });
    expect(parts[1]).toEqual({ text: "满意度", mark: true });
    expect(parts.at(-1)!.text.endsWith("乙…")).toBe(true);
  });
  it("matches across whitespace and case as the index does", () => {
    const parts = excerptParts("t\nDCMM 评估", queryWords("dcmm评估"));
    expect(parts).toEqual([{ text: "DCMM 评估", mark: true }]);
  });
});
