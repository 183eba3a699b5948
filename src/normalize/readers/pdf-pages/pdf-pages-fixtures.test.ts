/**
 * The pdf-pages reader is a layout family, not a Changsha special case: a
 * small invented disclosure of the same family (two units, a project over a
 * page break, a shifted row, a unit without a subtotal row whose missing
 * project is proven by a page-bottom cost row) and bad input that must stop
 * with a located message.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { VFile } from "vfile";
import { VFileMessage } from "vfile-message";
import { describe, expect, it } from "vitest";
import { project, type ManifestEntry } from "../../../model/schema.ts";
import { runChecks } from "../../checks/index.ts";
import { readPdfPages } from "./reader.ts";

const DIR = "src/normalize/readers/pdf-pages/fixtures";

const entry = (file: string): ManifestEntry => ({
  id: "example-2024",
  file,
  title: "示例市示例局2024年部门预算公开",
  publisher: "示例市示例局",
  region: { province: "示例省", city: "示例市", adminCode: "999900" },
  year: 2024,
  kind: "department-disclosure",
  reader: "pdf-pages",
  sha256: "0".repeat(64),
});

function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/u);
  if (lines.at(-1) === "") lines.pop();
  return lines;
}

function read(name: string, lines = linesOf(readFileSync(`${DIR}/${name}`, "utf8"))) {
  const file = new VFile({ path: `${DIR}/${name}` });
  return { file, ...readPdfPages({ file, lines, entry: entry(name) }) };
}

/** The fatal message a bad input stops with. */
function fatal(run: () => unknown): VFileMessage {
  try {
    run();
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
  throw new Error("read without a fatal message");
}

describe("an invented disclosure of the pdf-pages family", () => {
  const doc = read("two-units.txt");
  const named = (name: string) => doc.projects.find((p) => p.name === name)!;

  it("reads three project tables, one rebuilt project and two unit records, all fitting the model", () => {
    expect(doc.projects.map((p) => [p.number, p.kind, p.unit?.code, p.name])).toEqual([
      [1, "project", "100001", "甲项目"],
      [2, "project", "100001", "乙项目"],
      [3, "project", "100002", "示例平台建设"],
      [4, "project", "100002", "丙项目"],
      [5, "unit", "100001", "甲单位"],
      [6, "unit", "100002", "乙单位"],
    ]);
    for (const p of doc.projects) expect(project.safeParse(p).success).toBe(true);
    expect(doc.file.messages).toEqual([]);
  });

  it("continues a project over a page break and reads its page-bottom row with name and value merged", () => {
    const p = named("甲项目");
    expect(p.source.lines).toEqual([35, 51]);
    expect(p.goals).toEqual(["1.完成第一项工作；", "2.完成第二项工作。"]);
    expect(
      p.indicators.map((i) => [i.source.line, i.name, i.target?.cells?.value ?? i.target?.raw, i.weight?.value]),
    ).toEqual([
      [35, "项目总成本", "80", 20],
      [37, "举办培训次数", "4", 30],
      [39, "召开会议次数", "2", 10],
      [50, "服务能力", "提升", 30],
      [51, "服务对象满意度", "95", 10],
    ]);
    expect(p.emptyCategories).toEqual([{ level1: "成本指标", level2: "社会成本指标", raw: "社会成本指标", line: 36 }]);
  });

  it("places a row shifted left by its labels and opens the next project mid-page without a unit code", () => {
    expect(named("甲项目").indicators[4]).toMatchObject({
      level1: "满意度指标",
      level2: "服务对象满意度指标",
      target: { cells: { value: "95", unit: "%", valueType: "≥" } },
    });
    expect(named("乙项目")).toMatchObject({
      unit: { code: "100001", name: "甲单位" },
      budget: { total: 40 },
      source: { lines: [52, 54] },
    });
    expect(named("乙项目").indicators[0]?.name).toBe("验收合格率");
  });

  it("takes a unit's project total from its 部门整体 record when the subtotal row is missing, and closes the gap", () => {
    const rebuilt = named("示例平台建设");
    expect([rebuilt.budget?.total, rebuilt.flags, rebuilt.indicators.map((i) => i.source.line)]).toEqual([
      20,
      ["reconstructed"],
      [57],
    ]);
    const checks = runChecks({
      document: { id: "example-2024", budgetTables: doc.budgetTables } as never,
      projects: doc.projects,
    });
    expect(checks.reportFlags.map((f) => f.code).sort()).toEqual(["reconstructed", "weightsIncomplete"]);
    expect(checks.reportFlags.find((f) => f.code === "reconstructed")?.detail).toContain(
      "add up to 60.00, 项目支出 of the 部门整体 record states 80.00",
    );
  });

  it("reads the 部门整体 table in its own column order, markup stripped, every line accounted for", () => {
    expect(doc.projects[4]!.indicators.map((i) => [i.name, i.target?.cells])).toEqual([
      ["开展检查次数", { value: "10", unit: "次", valueType: "≥" }],
      [null, { value: "20次", valueType: "≥" }],
    ]);
    expect(named("丙项目").goals).toEqual(["完成丙项工作"]);
    expect(doc.ledger.entries.every((e) => e !== undefined)).toBe(true);
    expect(doc.ledger.entries[5]).toEqual({
      use: "structure",
      reason: "narrative figures read for the consistency checks",
    });
    expect(doc.ledger.entries[0]).toEqual({ use: "skipped", reason: "narrative text outside target tables" });
    expect([...doc.ledger.repaired].sort((a, b) => a - b)).toEqual([39, 52, 57, 68, 84, 85]);
  });
});

describe("bad input stops with file:line, what was expected and what was found", () => {
  it("a table cut off mid-row", () => {
    const message = fatal(() => read("cut-off.txt"));
    expect([message.line, message.ruleId, message.fatal]).toEqual([11, "pdf-pages:row-cut-off", true]);
    expect(String(message)).toBe(
      "src/normalize/readers/pdf-pages/fixtures/cut-off.txt:11:1: expected the rest of the row after “召开会议次数” (指标值 …), found the end of the table",
    );
  });

  it("a target table without an indicator header", () => {
    const message = fatal(() => read("no-header.txt"));
    expect([message.line, message.ruleId]).toEqual([7, "pdf-pages:no-indicator-header"]);
    expect(message.reason).toContain("found “单位编码 | 单位（项目）名称 | 资金总额 | 绩效目标”");
  });

  it("a document without any target table", () => {
    const file = new VFile({ path: "x.txt" });
    const message = fatal(() =>
      readPdfPages({ file, lines: ["部门预算说明", "", "本部门无项目。"], entry: entry("x.txt") }),
    );
    expect(String(message)).toBe(
      "x.txt:1:1: expected a 绩效目标表 title followed by the table's rows, found no target table in the document",
    );
  });
});

describe("mangled input", () => {
  const base = linesOf(readFileSync(`${DIR}/two-units.txt`, "utf8"));
  const edit = fc.oneof(
    fc.nat().map((i) => (lines: string[]) => lines.filter((_, j) => j !== i % lines.length)),
    fc.nat().map((i) => (lines: string[]) => lines.map((l, j) => (j === i % lines.length ? `\t${l}` : l))),
    fc.tuple(fc.nat(), fc.nat()).map(
      ([i, k]) =>
        (lines: string[]) =>
          lines.flatMap((l, j) =>
            j === i % lines.length ? [l.slice(0, k % (l.length + 1)), l.slice(k % (l.length + 1))] : [l],
          ),
    ),
  );

  it("gives records that fit the model, or a located fatal message; nothing else escapes", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const lines = edits.reduce((l, e) => (l.length > 0 ? e(l) : l), base);
        try {
          for (const p of read("two-units.txt", lines).projects) expect(project.safeParse(p).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(VFileMessage);
          expect((error as VFileMessage).line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 150 },
    );
  });
});
