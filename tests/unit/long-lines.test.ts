/**
 * Long lines cost linear time: a 100,000-digit line in Changsha's narrative
 * (which once meant about 1,000 s of regex backtracking) is read in seconds at
 * most. The bound is generous so a busy machine does not fail it.
 */
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { LONG_LINE_CASES, withLine } from "../../src/bench/long-lines.ts";
import { readNarrative } from "../../src/normalize/readers/pdf-pages/narrative.ts";
import { normalizeDocument, sourcePath } from "../../src/normalize/pipeline.ts";
import { sha256Hex } from "../../src/shared/hash.ts";
import { entry } from "../helpers/sources.ts";

describe("one long line", () => {
  it("withLine inserts a line after the given one", () => {
    expect(withLine("a\nb\nc", 2, "x")).toBe("a\nb\nx\nc");
  });

  it.each(LONG_LINE_CASES)("$id: a 100,000-character line is read in well under 5 s", (c) => {
    const e = entry(c.id);
    const bytes = Buffer.from(withLine(readFileSync(sourcePath(e), "utf8"), c.after, c.line(100_000)));
    const start = performance.now();
    normalizeDocument({ ...e, sha256: sha256Hex(bytes) }, bytes, { file: new VFile({ path: sourcePath(e) }) });
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it.each([
    ["digits", (n: number) => "1".repeat(n)],
    ["digits then 万元", (n: number) => `${"1".repeat(n)}万元`],
    ["a statement with many parts", (n: number) => `合计1万元，其中，${"甲1万元、".repeat(n / 5)}`],
    ["many （其中 without a closing bracket", (n: number) => `合计1万元，其中，${"（其中".repeat(n / 3)}`],
    ["white space before a figure", (n: number) => `甲${" ".repeat(n)}1万元`],
  ])("the narrative reader on 100,000 characters of %s: under 5 s", (_, line) => {
    const start = performance.now();
    readNarrative([line(100_000)], [1]);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it("the narrative reader still reads statements and mentions", () => {
    const { statements, mentions } = readNarrative(
      ["2023年“三公”经费预算数为 36.94 万元，其中，公务接待费 3.70 万元，公务用车购置及运行费 22.24 万元。"],
      [1],
    );
    expect(statements[0]!.rows.map((r) => [r.name, r.values[0]])).toEqual([
      ["2023年“三公”经费预算数", 36.94],
      ["公务接待费", 3.7],
      ["公务用车购置及运行费", 22.24],
    ]);
    expect(mentions.map((m) => [m.name, m.amount])).toEqual([
      ["2023年“三公”经费预算数为", 36.94],
      ["公务接待费", 3.7],
      ["公务用车购置及运行费", 22.24],
    ]);
  });
});
