import { describe, expect, it } from "vitest";
import { excerptParts } from "../../src/lib/search/excerpt.ts";

describe("excerptParts", () => {
  it("turns Pagefind's marks into marked text, one mark per phrase", () => {
    expect(excerptParts("拆除<mark>黑</mark><mark>广</mark><mark>播</mark>设备")).toEqual([
      { text: "拆除", mark: false },
      { text: "黑广播", mark: true },
      { text: "设备", mark: false },
    ]);
  });
  it("gives a cell's markup back as text: Pagefind escaped its < and >", () => {
    // What Pagefind makes of the indexed text `<script>alert(1)</script> 率`, with 率 matched.
    const parts = excerptParts("&lt;script&gt;alert(1)&lt;/script&gt; <mark>率</mark>");
    expect(parts).toEqual([
      { text: "<script>alert(1)</script> ", mark: false },
      { text: "率", mark: true },
    ]);
  });
  it("never reads an escaped <mark> from the data as a mark", () => {
    expect(excerptParts("&lt;mark&gt;x&lt;/mark&gt;")).toEqual([{ text: "<mark>x</mark>", mark: false }]);
  });
  it("drops the zero-width spaces between Han characters", () => {
    expect(excerptParts("频\u200B<mark>谱</mark>\u200B监")).toEqual([
      { text: "频", mark: false },
      { text: "谱", mark: true },
      { text: "监", mark: false },
    ]);
  });
});
