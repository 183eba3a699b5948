import { describe, expect, it } from "vitest";
import type { Document } from "../../src/model/schema.ts";
import { groupByRegion, regionFullName, regionName, regionSlug } from "../../src/lib/site/regions.ts";
import {
  budgetUnits,
  byBudget,
  distinctNames,
  portalFigures,
  projectBudgetSum,
  sharedTopics,
} from "../../src/lib/site/summary.ts";
import { flagAnchor, flagLinker, recordLinks, reportAnchors } from "../../src/lib/site/quality.ts";
import { indicatorPath, recordPath, sourcePath } from "../../src/lib/site/paths.ts";
import { readDocuments } from "../../src/lib/data.ts";
import { budgetOf, makeIndicator, makeProject } from "./site-fixtures.ts";

const tianjin = { province: "天津市", city: "天津市", adminCode: "120000", slug: "tianjin" };
const qingdao = { province: "山东省", city: "青岛市", adminCode: "370200", slug: "qingdao" };
const guangdong = { province: "广东省", city: null, adminCode: "440000", slug: "guangdong" };

function document(id: string, region: Document["region"]): Document {
  return {
    id,
    title: id,
    publisher: "某局",
    region,
    year: 2023,
    kind: "project-targets",
    reader: "word-cells",
    source: { file: `content/sources/${id}.txt`, sha256: "0".repeat(64), lines: 10 },
  };
}

describe("regions", () => {
  it("takes the slug from the manifest, else the administrative code", () => {
    expect(regionSlug(qingdao)).toBe("qingdao");
    expect(regionSlug(guangdong)).toBe("guangdong");
    expect(regionSlug({ province: "某省", city: null, adminCode: "990000" })).toBe("990000");
  });

  it("names a region by its city, else its province, without repeating a municipality", () => {
    expect(regionName(qingdao)).toBe("青岛市");
    expect(regionName(guangdong)).toBe("广东省");
    expect(regionFullName(qingdao)).toBe("山东省 青岛市");
    expect(regionFullName(tianjin)).toBe("天津市");
  });

  it("every normalized document has a region slug", () => {
    for (const { document } of readDocuments()) expect(regionSlug(document.region)).toMatch(/^[a-z]+$/);
  });

  it("groups documents and records by region", () => {
    const docs = [
      document("qingdao-2023", qingdao),
      document("tianjin-2024", tianjin),
      document("qingdao-2024", qingdao),
    ];
    const records = [
      makeProject({ id: "qingdao-2023-a", documentId: "qingdao-2023" }),
      makeProject({ id: "tianjin-2024-b", documentId: "tianjin-2024" }),
    ];
    const regions = groupByRegion(docs, records);
    expect(regions.map((r) => [r.slug, r.documents.length, r.projects.length])).toEqual([
      ["tianjin", 1, 1],
      ["qingdao", 2, 1],
    ]);
    expect(() => groupByRegion(docs, [makeProject({ documentId: "nowhere-2020" })])).toThrow(/not loaded/);
  });
});

describe("budget summaries", () => {
  const a = makeProject({
    id: "d-2023-a",
    budget: budgetOf("2076.70", 2076.7),
    unit: { code: "322101", name: "财金处" },
  });
  const b = makeProject({ id: "d-2023-b", budget: budgetOf("170.00", 170), unit: { code: "322101", name: "财金处" } });
  const none = makeProject({ id: "d-2023-c", budget: null, unit: { code: "322102", name: "另一处" } });
  const unit = makeProject({ id: "d-2023-u", kind: "unit", budget: budgetOf("9266.22", 9266.22) });

  it("sums project budgets exactly and leaves whole-unit records out", () => {
    expect(projectBudgetSum([a, b, none, unit])).toEqual({ sum: "2246.70", counted: 2 });
  });

  it("sorts by budget, largest first, records without one last", () => {
    expect(byBudget([none, b, a]).map((p) => p.id)).toEqual(["d-2023-a", "d-2023-b", "d-2023-c"]);
  });

  it("lists budget units with their records and sums", () => {
    expect(budgetUnits([a, none, b]).map((u) => [u.code, u.records.length, u.budget])).toEqual([
      ["322101", 2, "2246.70"],
      ["322102", 1, null],
    ]);
  });

  it("headline figures keep templates apart", () => {
    const template = makeProject({ id: "d-2023-t", kind: "template", indicators: [makeIndicator()] });
    const withIndicators = makeProject({ ...a, indicators: [makeIndicator(), makeIndicator({ id: "x-i02" })] });
    const figures = portalFigures([], [withIndicators, b, template], 1);
    expect(figures).toMatchObject({ records: 2, templates: 1, indicators: 2, templateIndicators: 1 });
    expect(figures.budget.sum).toBe("2246.70");
  });

  it("the real data's headline budget equals the sum of its published totals", () => {
    const projects = readDocuments().flatMap((d) => d.projects);
    const { sum, counted } = projectBudgetSum(projects);
    const cents = projects
      .filter((p) => p.kind === "project" && p.budget?.total != null)
      // The first number of the published cell ("2076.70", "500万元"), read independently of the code under test.
      .reduce(
        (n, p) => n + Math.round(Number(/\d[\d,]*(?:\.\d+)?/.exec(p.budget!.raw.total!)![0].replace(/,/g, "")) * 100),
        0,
      );
    expect(counted).toBeGreaterThan(0);
    expect(Math.round(Number(sum) * 100)).toBe(cents);
  });
});

describe("distinctNames", () => {
  it("tells records that share a name apart by city, unit or table number", () => {
    const names = distinctNames([
      makeProject({ id: "a", name: "无线电管理经费", unit: { code: "502001", name: "本级" } }),
      makeProject({ id: "b", name: "无线电管理经费", unit: { code: "502002", name: "监测站" } }),
      makeProject({ id: "c", name: "企业情况综合工作经费", scope: { city: "广州" } }),
      makeProject({ id: "d", name: "企业情况综合工作经费", scope: { city: "深圳" } }),
      makeProject({ id: "e", name: "同名", number: 3 }),
      makeProject({ id: "f", name: "同名", number: 4 }),
      makeProject({ id: "g", name: "独一" }),
    ]);
    expect([...names.values()]).toEqual([
      "无线电管理经费（本级）",
      "无线电管理经费（监测站）",
      "企业情况综合工作经费（广州）",
      "企业情况综合工作经费（深圳）",
      "同名（表 3）",
      "同名（表 4）",
      "独一",
    ]);
  });
});

describe("sharedTopics", () => {
  it("keeps topics with records in two regions or more", () => {
    const regions = [
      { slug: "qingdao", projects: [makeProject({ topics: ["radio", "events"] })] },
      { slug: "tianjin", projects: [makeProject({ topics: ["radio"] })] },
      { slug: "jiangsu", projects: [makeProject({ kind: "template", topics: ["events"] })] },
    ];
    expect(sharedTopics(regions)).toEqual([{ topic: "radio", regions: ["qingdao", "tianjin"] }]);
  });
});

describe("flag links", () => {
  const report = {
    documentId: "doc-2023",
    flags: [
      { code: "cellJoined" as const, recordId: "doc-2023-aaaaaaaa-i01", line: 5, detail: "" },
      { code: "cellJoined" as const, recordId: "doc-2023-aaaaaaaa-i01", line: 6, detail: "" },
      { code: "spendingPlanUnit" as const, recordId: "doc-2023-aaaaaaaa", detail: "" },
    ],
  };

  it("gives each (record, flag) one anchor", () => {
    expect(reportAnchors(report)).toEqual([
      flagAnchor("doc-2023-aaaaaaaa-i01", "cellJoined"),
      null,
      "flag-doc-2023-aaaaaaaa-spendingPlanUnit",
    ]);
  });

  it("links a listed flag to its row and any other to the quality section", () => {
    const link = flagLinker(report);
    expect(link("doc-2023-aaaaaaaa", "spendingPlanUnit")).toBe(
      "/documents/doc-2023/#flag-doc-2023-aaaaaaaa-spendingPlanUnit",
    );
    expect(link("doc-2023-aaaaaaaa", "budgetMismatch")).toBe("/documents/doc-2023/#quality");
  });

  it("resolves record and indicator ids to their pages", () => {
    const record = makeProject({ indicators: [makeIndicator({ id: "doc-2023-aaaaaaaa-i01", name: "完成率" })] });
    const links = recordLinks([record]);
    expect(links("doc-2023-aaaaaaaa")).toEqual({ href: "/projects/doc-2023-aaaaaaaa/", label: "项目" });
    expect(links("doc-2023-aaaaaaaa-i01")).toEqual({
      href: "/projects/doc-2023-aaaaaaaa/#doc-2023-aaaaaaaa-i01",
      label: "项目 › 完成率",
    });
    expect(links("elsewhere")).toBeNull();
  });
});

describe("paths", () => {
  it("sends templates to /templates/ and everything else to /projects/", () => {
    expect(recordPath({ id: "j-1", kind: "template" })).toBe("/templates/j-1/");
    expect(recordPath({ id: "c-1", kind: "unit" })).toBe("/projects/c-1/");
    expect(indicatorPath({ id: "q-1", kind: "project" }, "q-1-i02")).toBe("/projects/q-1/#q-1-i02");
    expect(sourcePath("qingdao-2023", 76)).toBe("/documents/qingdao-2023/source/#L76");
    expect(sourcePath("qingdao-2023")).toBe("/documents/qingdao-2023/source/");
  });
});
