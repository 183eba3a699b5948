import { describe, expect, it } from "vitest";
import {
  bigramFile,
  coverOffsets,
  decodeGaps,
  decodeNumbers,
  decodePostings,
  encodeGaps,
  encodeNumbers,
  encodePostings,
  matchChar,
  matchWord,
  pageIds,
  queryWords,
  rankHits,
  unigramFile,
  wordFiles,
  MAX_QUERY_CHARS,
  type Postings,
} from "../../src/lib/search/ngram.ts";
import { statedValue } from "../../src/lib/search/records.ts";
import { containsQuery } from "../../src/lib/search/substring.ts";
import fc from "fast-check";

/** The posting lists of a tiny corpus, built as scripts/search-index.ts builds them. */
function index(texts: string[], titles: string[]) {
  const bigrams = new Map<string, Postings>();
  const unigrams = new Map<string, number[]>();
  texts.forEach((text, id) => {
    const chars = [...text.toLowerCase().replace(/\s+/gu, "")];
    const titleLength = [...titles[id]!.toLowerCase().replace(/\s+/gu, "")].length;
    const local = new Map<string, number[]>();
    const singles = new Map<string, boolean>();
    chars.forEach((c, pos) => {
      singles.set(c, (singles.get(c) ?? false) || pos < titleLength);
      if (pos + 1 < chars.length) {
        const key = c + chars[pos + 1];
        local.set(key, [...(local.get(key) ?? []), pos * 2 + (pos + 1 < titleLength ? 1 : 0)]);
      }
    });
    for (const [key, positions] of local) {
      const p = bigrams.get(key) ?? { ids: [], positions: [] };
      p.ids.push(id);
      p.positions.push(positions);
      bigrams.set(key, p);
    }
    for (const [c, t] of singles) unigrams.set(c, [...(unigrams.get(c) ?? []), id * 2 + (t ? 1 : 0)]);
  });
  // Through the file encoding, as the browser reads them.
  const roundTrip = (p: Postings) => decodePostings(decodeNumbers(encodeNumbers(encodePostings(p))));
  return (word: string[]) => {
    if (word.length === 1) return matchChar(decodeNumbers(encodeNumbers(encodeGaps(unigrams.get(word[0]!) ?? []))));
    const cover = coverOffsets(word.length).map((k) =>
      roundTrip(bigrams.get(word[k]! + word[k + 1]!) ?? { ids: [], positions: [] }),
    );
    return matchWord(word.length, cover);
  };
}

describe("the n-gram index", () => {
  it("covers a word with bigrams at even offsets and the last one", () => {
    expect(coverOffsets(2)).toEqual([0]);
    expect(coverOffsets(3)).toEqual([0, 1]);
    expect(coverOffsets(6)).toEqual([0, 2, 4]);
    expect(coverOffsets(7)).toEqual([0, 2, 4, 5]);
  });
  it("round-trips gaps", () => {
    expect(decodeGaps(encodeGaps([1, 4, 9, 9]))).toEqual([1, 4, 9, 9]);
  });
  it("writes numbers as text and reads them back, for any list", () => {
    expect(encodeNumbers([0, 31, 32, 1023, 1024])).toBe("0VX0_VXW0");
    expect([...decodeNumbers("0VX0_VXW0")]).toEqual([0, 31, 32, 1023, 1024]);
    expect([...decodeNumbers("")]).toEqual([]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x7fffffff })), (values) => {
        const text = encodeNumbers(values);
        expect(text).toMatch(/^[\w-]*$/u);
        expect([...decodeNumbers(text)]).toEqual(values);
      }),
    );
  });
  it("refuses a damaged posting file rather than read it as fewer matches", () => {
    expect(() => decodeNumbers("12W")).toThrow(/cut off/u);
    expect(() => decodeNumbers("1 2")).toThrow(/unexpected character at 1/u);
    expect(() => decodeNumbers("[1,2]")).toThrow(/unexpected character at 0/u);
    expect(() => decodeNumbers("谱")).toThrow(/unexpected character/u);
    expect(() => decodeNumbers("______0")).toThrow(/too large/u);
    expect(() => encodeNumbers([-1])).toThrow(RangeError);
    expect(() => encodeNumbers([1.5])).toThrow(RangeError);
    expect(() => encodeNumbers([2 ** 31])).toThrow(RangeError);
  });
  it("finds a phrase only where its characters stand together, and tells a title match", () => {
    const match = index(["频谱监测\n其他", "频率\n谱系", "设备\n频谱"], ["频谱监测", "频率", "设备"]);
    expect([...match([..."频谱"])]).toEqual([
      [0, true],
      [2, false],
    ]);
    expect([...match([..."谱监测"]).keys()]).toEqual([0]);
    expect([...match(["谱"]).keys()]).toEqual([0, 1, 2]);
  });
  it("is exactly substring search, for any texts and words", () => {
    const alphabet = fc.constantFrom("频", "谱", "率", "a", "B", "%", " ", "\n", "1");
    const text = fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom("频", "谱", "率", "a", "b", "%", "1"), { minLength: 1, maxLength: 6 }),
        (texts, wordChars) => {
          const query = wordChars.join("");
          const [word] = queryWords(query);
          if (!word) return;
          const found = [
            ...index(
              texts,
              texts.map((t) => t.split("\n")[0]!),
            )(word).keys(),
          ].sort((a, b) => a - b);
          const expected = texts.flatMap((t, id) => (containsQuery(t, query) ? [id] : []));
          expect(found).toEqual(expected);
        },
      ),
    );
  });
  it("tells a title match exactly where the word lies inside the title", () => {
    const alphabet = fc.constantFrom("频", "谱", "a", "B", " ", "\n", "1");
    const text = fc.array(alphabet, { maxLength: 30 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom("频", "谱", "a", "b", "1"), { minLength: 1, maxLength: 5 }),
        (texts, wordChars) => {
          const query = wordChars.join("");
          const [word] = queryWords(query);
          if (!word) return;
          const titles = texts.map((t) => t.split("\n")[0]!);
          const found = [...index(texts, titles)(word)].sort((a, b) => a[0] - b[0]);
          const expected = texts.flatMap((t, id) =>
            containsQuery(t, query) ? [[id, containsQuery(titles[id]!, query)] as const] : [],
          );
          expect(found).toEqual(expected);
        },
      ),
    );
  });
  it("ranks the records holding every word: most words in the title first, then by id", () => {
    const hits = fc
      .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.boolean()), { selector: ([id]) => id, maxLength: 30 })
      .map((entries) => new Map(entries));
    fc.assert(
      fc.property(fc.array(hits, { minLength: 1, maxLength: 4 }), (words) => {
        const asHits = words.map((m) => {
          const entries = [...m].sort((a, b) => a[0] - b[0]);
          return {
            ids: Int32Array.from(entries, ([id]) => id),
            titled: Uint8Array.from(entries, ([, t]) => (t ? 1 : 0)),
          };
        });
        const expected = [...words[0]!.keys()]
          .filter((id) => words.every((m) => m.has(id)))
          .map((id) => [id, words.filter((m) => m.get(id)).length] as const)
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .map(([id]) => id);
        expect(rankHits(asHits)).toEqual(expected);
      }),
    );
  });
  it("looks up at most MAX_QUERY_CHARS characters of a query, each word once", () => {
    expect(queryWords("满意度 满意度  DCMM")).toEqual([[..."满意度"], [..."dcmm"]]);
    const long = queryWords("字".repeat(100));
    expect(long[0]!.length).toBe(MAX_QUERY_CHARS);
  });
});

describe("statedValue", () => {
  const base = { kind: "quantity", flags: [] } as const;
  it("adds the operator and unit printed in cells of their own", () => {
    expect(
      statedValue({
        ...base,
        raw: "95",
        cells: { value: "95", unit: "%", valueType: "≥" },
        op: ">=",
        opSource: "valueType",
        value: 95,
      } as never),
    ).toBe("≥95%");
  });
  it("leaves a value cell that says it all as printed", () => {
    expect(
      statedValue({
        ...base,
        raw: "≥95%",
        op: ">=",
        opSource: "symbol",
        value: 95,
        unit: { raw: "%", normalized: "%", dimension: "percent", source: "value" },
      } as never),
    ).toBe("≥95%");
  });
});

describe("the pages of n-gram files", () => {
  it("order a bigram's records as its one-word search does: title matches first, each in id order, the first `limit`", () => {
    const entries: [number, boolean][] = [
      [1, false],
      [3, true],
      [4, false],
      [7, true],
      [9, false],
    ];
    expect(pageIds(entries, 20)).toEqual([3, 7, 1, 4, 9]);
    expect(pageIds(entries, 3)).toEqual([3, 7, 1]);
  });

  it("are the files a word reads: its cover bigrams', or its character's", () => {
    expect(wordFiles([..."无线电"])).toEqual([bigramFile("无", "线"), bigramFile("线", "电")]);
    expect(wordFiles([..."资金使用合规性"])).toEqual(
      ["资金", "使用", "合规", "规性"].map(([a, b]) => bigramFile(a!, b!)),
    );
    expect(wordFiles(["5"])).toEqual([unigramFile("5")]);
    expect(wordFiles([])).toEqual([]);
  });
});
