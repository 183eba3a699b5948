import { describe, expect, it } from "vitest";
import { carriesWholeQuery, searchTerms } from "../../src/lib/search/query.ts";
import { indexedText, tokens } from "../../src/lib/search/tokens.ts";

describe("indexedText", () => {
  it("puts a zero-width space on each side of every Han character, so each is a word", () => {
    expect(indexedText("频谱监测")).toBe("频\u200B谱\u200B监\u200B测");
  });
  it("separates Han from letters, digits and punctuation but leaves their runs whole", () => {
    expect(indexedText("5G基站（DCMM）")).toBe("5G\u200B基\u200B站\u200B（DCMM）");
  });
  it("adds nothing next to whitespace, so the text reads as published once U+200B is dropped", () => {
    const text = "黑广播 设备\n拆除率 ≥95%";
    expect(indexedText(text)).toBe("黑\u200B广\u200B播 设\u200B备\n拆\u200B除\u200B率 ≥95%");
    expect(indexedText(text).replace(/\u200B/gu, "")).toBe(text);
  });
});

describe("tokens", () => {
  it("cuts Han into characters and keeps letter and digit runs, lower-cased", () => {
    expect(tokens("5G基站")).toEqual(["5g", "基", "站"]);
    expect(tokens("RCEP")).toEqual(["rcep"]);
  });
  it("drops punctuation and symbols, as Pagefind does", () => {
    expect(tokens("≥90%")).toEqual(["90"]);
    expect(tokens("（%）")).toEqual([]);
  });
});

describe("searchTerms", () => {
  it("quotes a Chinese word as a phrase of characters, so 频谱 never matches 频 and 谱 apart", () => {
    expect(searchTerms("频谱")).toEqual(['"频 谱"']);
  });
  it("quotes a single Han character too: unquoted, Pagefind would match words starting with it", () => {
    expect(searchTerms("率")).toEqual(['"率"']);
  });
  it("makes one search per whitespace-separated word", () => {
    expect(searchTerms(" 无线电  天津 ")).toEqual(['"无 线 电"', '"天 津"']);
  });
  it("sends a lone letter or digit run unquoted, to match as the start of a word", () => {
    expect(searchTerms("DCMM")).toEqual(["dcmm"]);
    expect(searchTerms("5G")).toEqual(["5g"]);
    expect(searchTerms("37020023P880028109936")).toEqual(["37020023p880028109936"]);
  });
  it("keeps a run next to Han characters inside the phrase", () => {
    expect(searchTerms("5G基站")).toEqual(['"5g 基 站"']);
    expect(searchTerms("RCEP国际")).toEqual(['"rcep 国 际"']);
  });
  it("splits at punctuation, which the index counts as a word but a query cannot carry", () => {
    expect(searchTerms("成熟度（DCMM）评估")).toEqual(['"成 熟 度"', "dcmm", '"评 估"']);
    expect(searchTerms("2076.70")).toEqual(["2076", "70"]);
    expect(searchTerms("“5G+工业互联网”")).toEqual(["5g", '"工 业 互 联 网"']);
  });
  it("asks each search once", () => {
    expect(searchTerms("满意度 满意度")).toEqual(['"满 意 度"']);
  });
  it("has nothing to search for in punctuation alone", () => {
    expect(searchTerms("")).toEqual([]);
    expect(searchTerms("  ％ —— ")).toEqual([]);
  });
});

describe("carriesWholeQuery", () => {
  it("is true when the searches say everything the query says", () => {
    expect(carriesWholeQuery("无线电 5G基站 DCMM")).toBe(true);
  });
  it("is false when a word holds punctuation or symbols, so results need checking against their text", () => {
    expect(carriesWholeQuery("≥90%")).toBe(false);
    expect(carriesWholeQuery("满意度 100%")).toBe(false);
    expect(carriesWholeQuery("成熟度（DCMM）")).toBe(false);
  });
});
