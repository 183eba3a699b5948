/** Measurability classes and findings: the rules on hand-made targets, then the real data's figures. */
import { describe, expect, it } from "vitest";
import { measurabilityCounts, measurabilityOf, missingWords, recordFindings } from "../../src/model/measurability.ts";
import type { Target } from "../../src/model/schema.ts";
import { loadSite } from "../../src/lib/site/site-data.ts";

const t = (over: Partial<Target>): Target => ({ raw: "x", kind: "quantity", flags: [], ...over });
const pct = { raw: "%", normalized: "%", dimension: "percent", source: "value" } as const;

describe("measurability classes", () => {
  it("reads only the parsed target", () => {
    expect(measurabilityOf(t({ op: ">=", value: 90, unit: pct }))).toBe("quantified");
    expect(measurabilityOf(t({ value: 100, unit: pct }))).toBe("partial");
    expect(missingWords(t({ value: 100, unit: pct }))).toBe("缺运算符");
    expect(missingWords(t({ op: ">=", value: 20 }))).toBe("缺单位");
    expect(measurabilityOf(t({ kind: "range", min: 4, max: 6, unit: pct }))).toBe("quantified");
    expect(measurabilityOf(t({ kind: "deadline" }))).toBe("time");
    expect(measurabilityOf(t({ kind: "frequency", frequency: { per: "year" } }))).toBe("time");
    expect(measurabilityOf(t({ kind: "qualitative", qualitative: { term: "提升", direction: "increase" } }))).toBe(
      "qualitative",
    );
    expect(measurabilityOf(t({ kind: "empty" }))).toBe("empty");
    expect(measurabilityOf(t({ kind: "unparsed" }))).toBe("unparsed");
    expect(measurabilityOf(undefined)).toBeNull();
  });
});

describe("measurability of the real data", async () => {
  const site = await loadSite();
  const regionCounts = (slug: string) =>
    measurabilityCounts(
      site.regionBySlug
        .get(slug)!
        .projects.filter((p) => p.kind !== "template")
        .flatMap((p) => p.indicators),
    );

  it("counts every target with a value once, templates none", () => {
    const counts = regionCounts("qingdao");
    expect(counts.total).toBe(200);
    expect(counts.quantified + counts.partial + counts.time + counts.qualitative + counts.empty + counts.unparsed).toBe(
      counts.total,
    );
    expect(regionCounts("jiangsu").total).toBe(0);
  });

  it("finds the satisfaction targets of exactly 100 and below 90 on their source lines", () => {
    const findings = site.projects.flatMap(recordFindings).filter((f) => f.code.startsWith("satisfaction"));
    expect(findings.map((f) => `${f.code} ${f.recordId.split("-")[0]} ${f.line}`).sort()).toEqual([
      "satisfactionBelow90 qingdao 2525",
      "satisfactionExactly100 changsha 642",
      "satisfactionExactly100 qingdao 307",
      "satisfactionExactly100 qingdao 451",
    ]);
  });

  it("finds the cost caps above budgets the checks flag", () => {
    const costs = site.projects.flatMap(recordFindings).filter((f) => f.code === "costAboveBudget");
    expect(costs.map((f) => f.detail)).toContain("系统建设费用：≤95万元；预算 49 万元");
  });
});
