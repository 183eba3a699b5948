/**
 * The data contract over every document in the manifest: valid against the
 * model, deterministic, every published value traceable to its source line,
 * ids unique and independent of manifest order.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentData } from "../../src/model/schema.ts";
import { figure } from "../../src/normalize/figure.ts";
import { normalizeDocument, sourcePath } from "../../src/normalize/pipeline.ts";
import { serialize } from "../../src/shared/serialize.ts";
import { conceptRules, manifestEntries, normalized, sourceLines, topicRules } from "../helpers/sources.ts";

const ids = manifestEntries().map((e) => e.id);

/** The text of source lines first..last (1-based, inclusive), for values a record or indicator spreads over its rows. */
const within = (lines: readonly string[], [first, last]: readonly [number, number]) =>
  lines.slice(first - 1, last).join("\n");

describe.each(ids)("%s", (id) => {
  it("fits the data model", () => {
    expect(documentData.safeParse(normalized(id)).success).toBe(true);
  });

  it("gives byte-identical output on a second run", () => {
    const e = manifestEntries().find((x) => x.id === id)!;
    const again = normalizeDocument(e, readFileSync(sourcePath(e)), { topics: topicRules(), concepts: conceptRules() });
    expect(serialize(again)).toBe(serialize(normalized(id)));
  });

  it("matches the committed content/data file", () => {
    expect(readFileSync(`content/data/${id}.json`, "utf8")).toBe(serialize(normalized(id)));
  });

  it("shows every published value on the source line it points at", () => {
    const lines = sourceLines(id);
    const untraced = normalized(id).projects.flatMap((p) =>
      p.indicators.flatMap((i) =>
        (
          [
            [i.target, i.source.line],
            [i.periodTarget, i.source.periodLine],
          ] as const
        )
          .filter(([t]) => t && t.raw !== "")
          .filter(([t, line]) => {
            // A value broken over lines is traced by its first line.
            const firstLine = (t!.cells?.value ?? t!.raw).trim().split("\n")[0]!;
            return line === undefined || !lines[line - 1]!.includes(firstLine);
          })
          .map(([t, line]) => `${i.id} line ${line}: ${t!.raw}`),
      ),
    );
    expect(untraced).toEqual([]);
  });

  it("shows every budget table figure on its row's source line, read as printed", () => {
    const lines = sourceLines(id);
    const untraced = (normalized(id).document.budgetTables ?? []).flatMap((t) =>
      t.rows.flatMap((row) => [
        ...(row.values.length === row.raw.length
          ? []
          : [`${t.title} line ${row.line}: ${row.values.length} values for ${row.raw.length} cells`]),
        ...row.raw
          .filter((raw, i) => row.values[i] !== figure(raw) || (raw !== "" && !lines[row.line - 1]!.includes(raw)))
          .map((raw) => `${t.title} line ${row.line}: ${raw}`),
      ]),
    );
    expect(untraced).toEqual([]);
  });

  it("shows every project budget figure within its record's source lines", () => {
    const lines = sourceLines(id);
    const untraced = normalized(id).projects.flatMap((p) =>
      Object.entries(p.budget?.raw ?? {})
        .filter(([, raw]) => raw !== "" && !within(lines, p.source.lines).includes(raw))
        .map(([key, raw]) => `${p.id} budget.${key}: ${raw}`),
    );
    expect(untraced).toEqual([]);
  });

  it("shows every indicator weight within the indicator's source lines", () => {
    const lines = sourceLines(id);
    const untraced = normalized(id).projects.flatMap((p) =>
      p.indicators
        .filter((i) => i.weight && i.weight.raw !== "" && !within(lines, i.source.lines).includes(i.weight.raw))
        .map((i) => `${i.id} weight: ${i.weight!.raw}`),
    );
    expect(untraced).toEqual([]);
  });

  it("gives every record and indicator a unique id", () => {
    const all = normalized(id).projects.flatMap((p) => [p.id, ...p.indicators.map((i) => i.id)]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("ids", () => {
  it("do not depend on the order of the manifest", () => {
    const forward = manifestEntries().map((e) => normalized(e.id).projects.map((p) => p.id));
    const reversed = [...manifestEntries()]
      .reverse()
      .map((e) =>
        normalizeDocument(e, readFileSync(sourcePath(e)), {
          topics: topicRules(),
          concepts: conceptRules(),
        }).projects.map((p) => p.id),
      )
      .reverse();
    expect(reversed).toEqual(forward);
  });
});
