/**
 * Robustness: every reader, fed mangled versions of a real document (lines
 * deleted, duplicated, split, shifted by a TAB, cells made very long, bytes in
 * another encoding), either returns data that fits the model or stops with a
 * fatal vfile message naming the file and a line. Nothing else may escape.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { VFile } from "vfile";
import { VFileMessage } from "vfile-message";
import { describe, expect, it } from "vitest";
import { documentData } from "../../src/model/schema.ts";
import { normalizeDocument, sourcePath } from "../../src/normalize/pipeline.ts";
import { sha256Hex } from "../../src/shared/hash.ts";
import { manifestEntries } from "../helpers/sources.ts";

type Edit = (lines: string[]) => string[];

const at = (lines: string[], i: number) => Math.min(i, Math.max(0, lines.length - 1));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.nat().map((i) => (lines: string[]) => lines.filter((_, j) => j !== at(lines, i))),
  fc.nat().map((i) => (lines: string[]) => lines.flatMap((l, j) => (j === at(lines, i) ? [l, l] : [l]))),
  fc.tuple(fc.nat(), fc.nat()).map(
    ([i, k]) =>
      (lines: string[]) =>
        lines.flatMap((l, j) =>
          j === at(lines, i) ? [l.slice(0, k % (l.length + 1)), l.slice(k % (l.length + 1))] : [l],
        ),
  ),
  fc.nat().map((i) => (lines: string[]) => lines.map((l, j) => (j === at(lines, i) ? `\t${l}` : l))),
  fc.nat().map((i) => (lines: string[]) => lines.map((l, j) => (j === at(lines, i) ? l.replace(/^\t/u, "") : l))),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 3 })).map(
    ([i, s]) =>
      (lines: string[]) =>
        lines.map((l, j) => (j === at(lines, i) ? l + s.repeat(3000) : l)),
  ),
  fc.nat().map((i) => (lines: string[]) => lines.map((l, j) => (j === at(lines, i) ? "" : l))),
);

function run(entryId: string, text: string) {
  const entry = manifestEntries().find((e) => e.id === entryId)!;
  const bytes = Buffer.from(text, "utf8");
  const file = new VFile({ path: sourcePath(entry) });
  try {
    const data = normalizeDocument({ ...entry, sha256: sha256Hex(bytes) }, bytes, { file });
    expect(documentData.safeParse(data).success).toBe(true);
  } catch (error) {
    expect(error).toBeInstanceOf(VFileMessage);
    const message = error as VFileMessage;
    expect(message.fatal).toBe(true);
    expect(message.file).toBe(sourcePath(entry));
    expect(message.line).toBeGreaterThanOrEqual(1);
  }
}

describe.each(manifestEntries().map((e) => e.id))("the %s reader on mangled input", (id) => {
  const entry = manifestEntries().find((e) => e.id === id)!;
  // A slice of the real document keeps each run fast while keeping its shapes.
  const base = readFileSync(sourcePath(entry), "utf8").split("\n").slice(0, 600);

  it("never crashes: data that fits the model, or a located fatal message", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        run(id, edits.reduce((lines, e) => e(lines), base).join("\n"));
      }),
      { numRuns: 40 },
    );
  });

  it("stops on the first line that is not UTF-8", () => {
    // The document's text written as Latin-1: the first line with a character past ASCII is no longer UTF-8.
    const utf8 = new TextDecoder("utf-8", { fatal: true });
    const isUtf8 = (line: string) => {
      try {
        utf8.decode(Buffer.from(line, "latin1"));
        return true;
      } catch {
        return false;
      }
    };
    const expected = base.findIndex((line) => !isUtf8(line)) + 1;
    expect(expected).toBeGreaterThan(0);
    const bytes = Buffer.from(base.join("\n"), "latin1");
    const file = new VFile({ path: sourcePath(entry) });
    expect(() => normalizeDocument({ ...entry, sha256: sha256Hex(bytes) }, bytes, { file })).toThrow(VFileMessage);
    const message = file.messages.find((m) => m.fatal);
    expect([message?.ruleId, message?.line, message?.file]).toEqual(["source:not-utf8", expected, sourcePath(entry)]);
  });
});
