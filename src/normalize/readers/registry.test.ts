/**
 * The registry is the one list of reader families in the code, the README's
 * "Reader families" table the one in the docs: they name the same families as
 * the model's enum, and every family keeps its entry, fixtures and tests in
 * its own folder.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readerFamily } from "../../model/schema.ts";
import { FAMILIES, READERS } from "./index.ts";

const HERE = import.meta.dirname;

describe("reader registry", () => {
  it("lists the families of the model's enum, in the enum's order", () => {
    expect(FAMILIES).toEqual(readerFamily.options);
    expect(Object.values(READERS).every((read) => typeof read === "function")).toBe(true);
  });

  it("is the only list of families among the readers: each family is a folder with its entry, fixtures and tests", () => {
    const folders = readdirSync(HERE, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual([...FAMILIES].sort());
    for (const family of FAMILIES) {
      const dir = join(HERE, family);
      expect(existsSync(join(dir, "reader.ts")), `${family}/reader.ts`).toBe(true);
      expect(readdirSync(join(dir, "fixtures")).length, `${family}/fixtures/`).toBeGreaterThan(0);
      expect(
        readdirSync(dir).some((f) => f.endsWith(".test.ts")),
        `${family}/*.test.ts`,
      ).toBe(true);
    }
  });

  it("names the same families as the README's table of reader families", () => {
    const readme = readFileSync(join(HERE, "../../../README.md"), "utf8");
    const section = /^### Reader families\n([\s\S]*?)(?=\n#{1,3} )/mu.exec(readme)?.[1] ?? "";
    const rows = [...section.matchAll(/^\| `([a-z-]+)`/gmu)].map((m) => m[1]);
    expect(rows).toEqual(FAMILIES);
  });
});
