/**
 * The inline script of the search page (src/lib/search/prefetch.js) names
 * the files the search itself fetches first (client.ts queryFiles: the
 * files of each word's cover bigrams or character).
 */
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { queryFiles } from "../../src/lib/search/client.ts";
import { queryWords } from "../../src/lib/search/ngram.ts";

const CODE = readFileSync(new URL("../../src/lib/search/prefetch.js", import.meta.url), "utf8");

function prefetched(search: string, version: string | null = "v1"): string[] {
  const urls: string[] = [];
  const window = {};
  const fetch = (url: string) => {
    urls.push(url);
    return Promise.resolve(new Response("[]"));
  };
  const document = { currentScript: { getAttribute: () => version } };
  runInNewContext(CODE, { window, document, location: { search }, fetch, URLSearchParams, Set, Object });
  return urls.sort();
}

function expected(query: string): string[] {
  return queryFiles(queryWords(query))
    .map((path) => `/search/data/v1/${path}`)
    .sort();
}

describe("the search page's prefetch script", () => {
  it.each([
    "无线电",
    "满意度",
    "资金使用合规性",
    "服务对象满意度 90%",
    "5G",
    "radio",
    "Radio  RADIO 无",
    "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六 七八",
    " 😀😁x ",
  ])("fetches what the search fetches first for %s", (q) => {
    expect(prefetched(`?q=${encodeURIComponent(q)}`)).toEqual(expected(q));
  });

  it("fetches nothing without a query or a version", () => {
    expect(prefetched("")).toEqual([]);
    expect(prefetched("?q=%20")).toEqual([]);
    expect(prefetched("?q=abc", null)).toEqual([]);
  });
});
