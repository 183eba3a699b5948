import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS, RULES } from "../../src/model/rules.ts";

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("rule catalogue (src/model/rules.ts)", () => {
  const code = [...sources("src/normalize"), "scripts/normalize.ts", "scripts/lib/pipeline-inputs.ts"]
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");

  it("lists only rules the pipeline raises (fail and warn accept only catalogued ids: the compiler checks the other way)", () => {
    expect(RULE_IDS.filter((id) => !code.includes(`"${id}"`))).toEqual([]);
  });

  it("gives every rule a family:what id and words in both languages", () => {
    for (const id of RULE_IDS) {
      expect(id).toMatch(/^[a-z-]+:[a-z0-9-]+$/u);
      expect(RULES[id].zh).not.toBe("");
      expect(RULES[id].en).not.toBe("");
    }
  });
});
