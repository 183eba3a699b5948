/**
 * The text exports as one more extractor into the grid (extract/text.ts): for
 * each committed text source, text → grid → lines gives exactly the file's
 * lines (what the readers read before the grid, and so the same records and
 * line numbers); the grid has the shape of its family's convention; the rule
 * holds for any text, not only these five.
 */
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { BLANK_LINE, grid as gridSchema, type Grid } from "../../src/model/grid.ts";
import type { ManifestEntry } from "../../src/model/schema.ts";
import { gridLines } from "../../src/normalize/extract/index.ts";
import { textExportLines } from "../../src/normalize/extract/adapt.ts";
import { cellPerLineGrid, extractText, tabRowsGrid } from "../../src/normalize/extract/text.ts";
import { readSourceLines, sourcePath } from "../../src/normalize/pipeline.ts";
import { tokenize } from "../../src/normalize/readers/word-cells/tokens.ts";
import { splitSourceLines } from "../../src/shared/lines.ts";
import { manifestEntries } from "../helpers/sources.ts";

const texts = manifestEntries().filter((e) => (e.format ?? "text") === "text");
const FAMILIES: ManifestEntry["reader"][] = ["word-cells", "pdf-pages", "pdf-template"];

const gridOf = (e: ManifestEntry) => extractText(readFileSync(sourcePath(e)), sourcePath(e), e.reader);
const tables = (g: Grid) => g.blocks.filter((b) => b.type === "table");

describe("the committed text exports through the grid", () => {
  it("are the five text sources", () => {
    expect(texts.map((e) => e.id).sort()).toEqual([
      "changsha-2023",
      "guangdong-2021",
      "jiangsu-2021",
      "qingdao-2023",
      "tianjin-2024",
    ]);
  });

  describe.each(texts.map((e) => [e.id, e] as const))("%s", (_, e) => {
    const file = readFileSync(sourcePath(e), "utf8");
    const grid = gridOf(e);

    it("text → grid → lines is the file's lines, exactly", () => {
      const { lines, places } = gridLines(grid, e.reader);
      expect(lines).toEqual(splitSourceLines(file));
      expect(places).toEqual(lines.map((_, i) => ({ line: i + 1 })));
    });

    it("is what the pipeline gives its reader", () => {
      expect(readSourceLines(new VFile(), readFileSync(sourcePath(e)), e)).toEqual(splitSourceLines(file));
    });

    it("is a valid grid: every block, row and cell placed at a line, blank lines noted", () => {
      expect(gridSchema.parse(grid)).toEqual(grid);
      expect(grid.format).toBe("text");
      for (const block of grid.blocks) {
        expect(block.place.line).toBeGreaterThan(0);
        if (block.type === "table")
          for (const row of block.rows) for (const cell of row.cells) expect(cell.place.line).toBeGreaterThan(0);
      }
      // A line of white space only, unless its TAB makes it a cell (word-cells: at the start) or a row (pdf: anywhere).
      const tabbed = (l: string) => (e.reader === "word-cells" ? l.startsWith("\t") : l.includes("\t"));
      const blank = splitSourceLines(file).filter((l) => l.trim() === "" && !tabbed(l)).length;
      expect(grid.notes.filter((n) => n.reason === BLANK_LINE)).toHaveLength(blank);
    });
  });

  it("word-cells: the rows and cells are the reader's tokens (cell per line, paragraphs joined, a row per blank line)", () => {
    for (const e of texts.filter((t) => t.reader === "word-cells")) {
      const lines = splitSourceLines(readFileSync(sourcePath(e), "utf8"));
      const rows = tokenize(lines).filter((t) => t.type === "row");
      const gridRows = tables(gridOf(e)).flatMap((t) => t.rows);
      expect(gridRows.map((r) => r.cells.map((c) => ({ text: c.text, first: c.place.line })))).toEqual(
        rows.map((r) => r.cells.map((c) => ({ text: c.text, first: c.first }))),
      );
    }
  });

  it("Qingdao: a table per project, each below its numbered heading paragraph", () => {
    const grid = gridOf(texts.find((e) => e.id === "qingdao-2023")!);
    expect(tables(grid).length).toBeGreaterThanOrEqual(21);
    const first = grid.blocks.findIndex((b) => b.type === "table");
    expect(grid.blocks[first - 1]).toMatchObject({ type: "paragraph", place: { line: 1 } });
    expect(grid.blocks[first]).toMatchObject({ type: "table", place: { line: 2 } });
  });

  it("pdf families: a TAB line is a row of its TAB-separated cells, on that line", () => {
    const changsha = gridOf(texts.find((e) => e.id === "changsha-2023")!);
    const lines = splitSourceLines(
      readFileSync("content/sources/changsha-2023-gongxinju-department-budget.txt", "utf8"),
    );
    const rows = tables(changsha).flatMap((t) => t.rows);
    expect(rows).toHaveLength(lines.filter((l) => l.includes("\t")).length);
    for (const row of rows) {
      expect(row.cells.map((c) => c.text)).toEqual(lines[row.place.line! - 1]!.split("\t"));
      expect(row.cells.every((c) => c.place.line === row.place.line)).toBe(true);
    }
  });
});

describe("the text grid rule is lossless for any text", () => {
  const PIECES = [
    "\t",
    "\tcell",
    "\t ",
    "\t\tstray",
    "a\tb",
    "a\t",
    "text",
    " indented",
    "",
    " ",
    "\u3000",
    "\f",
    "x\t\ty",
  ];
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const cases = Array.from({ length: 300 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 25) }, () => PIECES[Math.floor(random() * PIECES.length)]!),
  );

  it.each(FAMILIES)("%s", (family) => {
    for (const lines of cases) {
      const grid = family === "word-cells" ? cellPerLineGrid(lines) : tabRowsGrid(lines);
      expect(gridLines(grid, family).lines).toEqual(lines);
    }
  });

  it("a line placed twice, or left out, throws (an extractor bug, not a reading)", () => {
    const grid = tabRowsGrid(["a", "", "b\tc"]);
    expect(() => textExportLines({ ...grid, notes: [] })).toThrow(/line 2 has no place/u);
    expect(() => textExportLines({ ...grid, notes: [...grid.notes, ...grid.notes] })).toThrow(/line 2/u);
  });
});

describe("the text extractor's checks", () => {
  const fatal = (bytes: Uint8Array) => {
    const file = new VFile({ path: "probe.txt" });
    expect(() => extractText(bytes, "probe.txt", "word-cells", file)).toThrow();
    const m = file.messages[0]!;
    return { ruleId: m.ruleId, line: m.line, column: m.column };
  };
  const utf8 = (s: string) => new TextEncoder().encode(s);

  it("stop at their line and column, with their source:* rule ids", () => {
    expect(fatal(new Uint8Array())).toEqual({ ruleId: "source:empty", line: 1, column: 1 });
    expect(fatal(utf8(" \n\t\n"))).toEqual({ ruleId: "source:empty", line: 1, column: 1 });
    expect(fatal(utf8("a\nb\rc\n"))).toEqual({ ruleId: "source:cr-line-ends", line: 2, column: 1 });
    expect(fatal(utf8("a\n\tb\u0001c\n"))).toEqual({ ruleId: "source:control-character", line: 2, column: 3 });
    expect(fatal(new Uint8Array([0x61, 0x0a, 0x62, 0xff]))).toEqual({ ruleId: "source:not-utf8", line: 2, column: 2 });
  });
});
