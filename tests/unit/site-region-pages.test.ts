import { describe, expect, it } from "vitest";
import { readDocuments } from "../../src/lib/data.ts";
import { budgetTableAnchor } from "../../src/lib/site/paths.ts";
import { byKind, groupByRegion, RECORDS_PER_PAGE, regionPages, regionRecordOrder } from "../../src/lib/site/regions.ts";
import { departmentBudgets, documentYears, latestDocuments } from "../../src/lib/site/summary.ts";
import type { BudgetTable, Document, Project } from "../../src/model/schema.ts";
import { budgetOf, makeProject } from "./site-fixtures.ts";

const data = readDocuments();
const regions = groupByRegion(
  data.map((d) => d.document),
  data.flatMap((d) => d.projects),
);

/** A region's worth of records: projects with and without a budget, whole units and templates, interleaved as a document might print them. */
function records(n: number): Project[] {
  const kinds = ["project", "template", "unit", "project"] as const;
  return Array.from({ length: n }, (_, i) =>
    makeProject({
      id: `doc-2023-${String(i).padStart(8, "0")}`,
      number: i + 1,
      kind: kinds[i % kinds.length],
      budget: kinds[i % kinds.length] === "template" || i % 5 === 0 ? null : budgetOf(String(i), i),
    }),
  );
}

describe("a region's record pages", () => {
  it("list projects by budget, largest first, then whole units, then templates", () => {
    const ordered = regionRecordOrder(records(40));
    const kinds = ordered.map((r) => r.kind);
    expect(kinds).toEqual(
      [...kinds].sort(
        (a, b) => ["project", "unit", "template"].indexOf(a) - ["project", "unit", "template"].indexOf(b),
      ),
    );
    const budgets = ordered.filter((r) => r.kind === "project").map((r) => r.budget?.total ?? null);
    const withBudget = budgets.filter((b) => b !== null);
    expect(withBudget).toEqual([...withBudget].sort((a, b) => b - a));
    expect(budgets.slice(withBudget.length).every((b) => b === null)).toBe(true);
  });

  it("together list exactly the region's records, each once, no page longer than RECORDS_PER_PAGE", () => {
    const all = records(2 * RECORDS_PER_PAGE + 7);
    const pages = regionPages(all);
    expect(pages).toHaveLength(3);
    expect(pages.every((p) => p.items.length <= RECORDS_PER_PAGE)).toBe(true);
    expect(pages.flatMap((p) => p.items.map((r) => r.id)).sort()).toEqual(all.map((r) => r.id).sort());
  });

  it("of every real region list all its records", () => {
    for (const region of regions) {
      const pages = regionPages(region.projects);
      expect(pages.flatMap((p) => p.items.map((r) => r.id)).sort()).toEqual(region.projects.map((r) => r.id).sort());
    }
  });

  it("show each kind of a page under its own heading, in the list's order", () => {
    const page = regionPages(records(12))[0]!.items;
    const groups = byKind(page);
    expect(groups.map((g) => g.kind)).toEqual(["project", "unit", "template"]);
    expect(groups.flatMap((g) => g.records)).toEqual(page);
    expect(byKind(page.filter((r) => r.kind === "template")).map((g) => g.kind)).toEqual(["template"]);
  });
});

function document(id: string, year: number, budgetTables?: BudgetTable[]): Document {
  return {
    id,
    title: id,
    publisher: "某局",
    region: { province: "湖南省", city: "长沙市", adminCode: "430100", slug: "changsha" },
    year,
    kind: "department-disclosure",
    reader: "word-cells",
    source: { file: `content/sources/${id}.txt`, sha256: "0".repeat(64), lines: 10 },
    ...(budgetTables ? { budgetTables } : {}),
  };
}

function budgetTable(kind: BudgetTable["kind"], title: string): BudgetTable {
  return { kind, title, unit: "万元", columns: ["金额"], rows: [], source: { lines: [1, 1] } };
}

describe("documents of a region and of the portal", () => {
  it("name each year once, oldest first", () => {
    expect(documentYears([{ year: 2024 }, { year: 2021 }, { year: 2024 }])).toEqual([2021, 2024]);
  });

  it("the newest few: latest year first, then by id, whatever the input order", () => {
    const docs = [
      document("b-2023", 2023),
      document("a-2021", 2021),
      document("c-2024", 2024),
      document("a-2023", 2023),
    ];
    expect(latestDocuments(docs, 3).map((d) => d.id)).toEqual(["c-2024", "a-2023", "b-2023"]);
    expect(latestDocuments([...docs].reverse(), 3)).toEqual(latestDocuments(docs, 3));
    expect(latestDocuments(docs, 10)).toHaveLength(4);
  });

  it("department budgets: newest document first, statements and tables apart, anchors as on the document page", () => {
    const older = document("x-2022", 2022, [budgetTable("statement", "说明")]);
    const newer = document("x-2023", 2023, [budgetTable("table", "收支总表"), budgetTable("statement", "说明")]);
    const budgets = departmentBudgets([older, document("y-2024", 2024), newer]);
    expect(budgets.map((b) => b.document.id)).toEqual(["x-2023", "x-2022"]);
    expect(budgets[0]!.tables.map((t) => [t.table.title, t.anchor])).toEqual([["收支总表", budgetTableAnchor(0)]]);
    expect(budgets[0]!.statements.map((t) => [t.table.title, t.anchor])).toEqual([["说明", budgetTableAnchor(1)]]);
  });
});
