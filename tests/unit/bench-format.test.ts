import { describe, expect, test } from "vitest";
import { parseArgs, DEFAULTS } from "../../src/bench/args.ts";
import {
  displayWidth,
  formatBytes,
  formatCount,
  formatRatio,
  formatSeconds,
  formatTable,
} from "../../src/bench/format.ts";

describe("formatTable", () => {
  test("pads columns to the widest cell; first column left, others right", () => {
    const text = formatTable(
      ["figure", "×1"],
      [
        ["a", "1"],
        ["longer", "100"],
      ],
    );
    expect(text.split("\n")).toEqual(["figure   ×1", "------  ---", "a         1", "longer  100"]);
  });
  test("CJK characters take two columns", () => {
    expect(displayWidth("无线电")).toBe(6);
    expect(displayWidth("a（b）")).toBe(6);
    const lines = formatTable(
      ["q", "n"],
      [
        ["无线电", "1"],
        ["abc", "22"],
      ],
    ).split("\n");
    expect(displayWidth(lines[2]!)).toBe(displayWidth(lines[3]!));
  });
  test("explicit alignment, short rows and trailing blanks", () => {
    const text = formatTable(
      ["a", "b", "note"],
      [
        ["x", "1"],
        ["yy", "2", "flag"],
      ],
      ["left", "left", "left"],
    );
    expect(text.split("\n")).toEqual(["a   b  note", "--  -  ----", "x   1", "yy  2  flag"]);
  });
});

describe("units", () => {
  test("bytes", () => {
    expect(formatBytes(0)).toBe("0 B");
    expect(formatBytes(1023)).toBe("1023 B");
    expect(formatBytes(1536)).toBe("1.5 KB");
    expect(formatBytes(10 * 1024 * 1024)).toBe("10.0 MB");
    expect(formatBytes(Number.NaN)).toBe("–");
  });
  test("seconds, counts, ratios", () => {
    expect(formatSeconds(1234)).toBe("1.23 s");
    expect(formatSeconds(12_345)).toBe("12.3 s");
    expect(formatSeconds(Number.NaN)).toBe("–");
    expect(formatCount(12345)).toBe("12,345");
    expect(formatRatio(1.234)).toBe("1.23");
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe("–");
  });
});

describe("parseArgs", () => {
  test("defaults: three runs, ×1 and ×10, Lighthouse on", () => {
    expect(parseArgs([])).toEqual(DEFAULTS);
    expect(DEFAULTS).toMatchObject({ runs: 3, scales: [1, 10], lighthouse: true });
  });
  test("options, with and without =", () => {
    expect(
      parseArgs([
        "--runs",
        "5",
        "--scale=100,1,10",
        "--no-lighthouse",
        "--keep",
        "--json",
        "out.json",
        "--heap",
        "8192",
      ]),
    ).toEqual({
      runs: 5,
      scales: [1, 10, 100],
      lighthouse: false,
      keep: true,
      keepDir: null,
      searchOnly: false,
      json: "out.json",
      heapMb: 8192,
    });
    expect(parseArgs(["--scale", "1,1,10"]).scales).toEqual([1, 10]);
  });
  test("--keep DIR keeps each corpus at DIR/x<scale>/", () => {
    expect(parseArgs(["--keep", "/tmp/b", "--runs", "1"])).toMatchObject({ keep: true, keepDir: "/tmp/b", runs: 1 });
    expect(parseArgs(["--keep=/tmp/b"])).toMatchObject({ keep: true, keepDir: "/tmp/b" });
    expect(parseArgs(["--search-only"]).searchOnly).toBe(true);
  });
  test("bad values are refused with the option's name", () => {
    expect(() => parseArgs(["--runs", "0"])).toThrow(/--runs/u);
    expect(() => parseArgs(["--runs", "2.5"])).toThrow(/--runs/u);
    expect(() => parseArgs(["--scale", "1,x"])).toThrow(/--scale/u);
    expect(() => parseArgs(["--scale", ""])).toThrow(/--scale/u);
    expect(() => parseArgs(["--fast"])).toThrow(/unknown option --fast/u);
  });
});
