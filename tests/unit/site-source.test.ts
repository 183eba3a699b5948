import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lineLabel } from "../../src/lib/site/source.ts";
import { splitSourceLines as sourceLines } from "../../src/shared/lines.ts";
import { readDocuments } from "../../src/lib/data.ts";

describe("sourceLines", () => {
  it("numbers lines like the normalize step: BOM dropped, CRLF or LF, no line after a final break", () => {
    expect(sourceLines("\uFEFFa\r\nb\n")).toEqual(["a", "b"]);
    expect(sourceLines("a\n\nb")).toEqual(["a", "", "b"]);
    expect(sourceLines("a\n\n")).toEqual(["a", ""]);
  });

  it("gives every normalized document the line count its data states, and every indicator line exists", () => {
    for (const { document, projects } of readDocuments()) {
      const lines = sourceLines(readFileSync(document.source.file, "utf8"));
      expect(lines.length).toBe(document.source.lines);
      for (const indicator of projects.flatMap((p) => p.indicators)) {
        expect(indicator.source.line).toBeLessThanOrEqual(lines.length);
      }
    }
  });
});

describe("lineLabel", () => {
  it("says one line or a range", () => {
    expect(lineLabel(76)).toBe("第 76 行");
    expect(lineLabel([71, 71])).toBe("第 71 行");
    expect(lineLabel([71, 77])).toBe("第 71–77 行");
  });
});
