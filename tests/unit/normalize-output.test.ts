/**
 * content/data is swapped without a gap: stopped after any step of the swap,
 * the next start finds the complete old tree or the complete new one, and
 * nothing an interrupted run left behind.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { outputSteps, recoverOutput, writeOutput, type OutputFile } from "../../src/normalize/output.ts";

const OLD: OutputFile[] = [
  { name: "a.json", text: "old a\n" },
  { name: "b.json", text: "old b\n" },
];
const NEW: OutputFile[] = [
  { name: "a.json", text: "new a\n" },
  { name: "c.json", text: "new c\n" },
];

function tree(dir: string): OutputFile[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), "utf8") }));
}

function setUp(withOld = true) {
  const root = mkdtempSync(join(tmpdir(), "output-"));
  const out = join(root, "data");
  if (withOld) writeOutput(out, OLD);
  return { root, out };
}

const steps = outputSteps("x", NEW).length;

describe("writeOutput and recoverOutput", () => {
  it("replaces the tree and leaves nothing beside it", () => {
    const { root, out } = setUp();
    writeOutput(out, NEW);
    expect(tree(out)).toEqual(NEW);
    expect(readdirSync(root)).toEqual(["data"]);
  });

  it.each(Array.from({ length: steps + 1 }, (_, k) => k))(
    "stopped after %i steps: the old or the new tree, whole, and no leftovers",
    (k) => {
      const { root, out } = setUp();
      for (const step of outputSteps(out, NEW).slice(0, k)) step.run();
      recoverOutput(out);
      const found = tree(out);
      expect([OLD, NEW]).toContainEqual(found);
      // Until the old tree is moved aside it stays; from then on the new one (complete by then) is put in.
      expect(found).toEqual(k >= 3 ? NEW : OLD);
      expect(readdirSync(root)).toEqual(["data"]);
    },
  );

  it("stopped halfway through writing the new tree: the old tree", () => {
    const { root, out } = setUp();
    mkdirSync(`${out}.new`);
    writeFileSync(`${out}.new/a.json`, "new a, cut");
    recoverOutput(out);
    expect(tree(out)).toEqual(OLD);
    expect(readdirSync(root)).toEqual(["data"]);
  });

  it("first run, stopped before the new tree was complete: no tree, no leftovers", () => {
    const { root, out } = setUp(false);
    outputSteps(out, NEW)[0]!.run();
    recoverOutput(out);
    expect(readdirSync(root)).toEqual([]);
  });

  it("removes the folders the one-rename scheme left (data.tmp-<pid>, data.old-<pid>)", () => {
    const { root, out } = setUp();
    mkdirSync(`${out}.tmp-1234`);
    mkdirSync(`${out}.old-99`);
    mkdirSync(join(root, "data.tmp-x"));
    expect(recoverOutput(out)).toHaveLength(2);
    expect(readdirSync(root).sort()).toEqual(["data", "data.tmp-x"]);
  });
});
