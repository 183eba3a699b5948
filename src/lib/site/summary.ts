/**
 * Aggregates shown as headline figures and region summaries. Every sum goes
 * through sumExact, so a total has the decimals of the figures it adds.
 */
import type { BudgetTable, Document, Project } from "../../model/schema.ts";
import { sumExact, type Figure } from "./format.ts";
import { budgetTableAnchor } from "./paths.ts";

/** A record's budget total as a figure, when the table published one. */
export function budgetFigure(project: Project): Figure | null {
  const value = project.budget?.total;
  if (value === null || value === undefined) return null;
  return { value, raw: project.budget?.raw.total ?? String(value) };
}

/**
 * The budget sum of project records. Whole-unit records are left out because a
 * unit's total already contains its projects; templates publish no money.
 */
export function projectBudgetSum(projects: readonly Project[]): { sum: string | null; counted: number } {
  const figures = projects.filter((p) => p.kind === "project").flatMap((p) => budgetFigure(p) ?? []);
  return { sum: sumExact(figures), counted: figures.length };
}

export type PortalFigures = {
  regions: number;
  documents: number;
  /** Records with targets: projects and whole units. */
  records: number;
  templates: number;
  /** Indicators of records with targets (template rows are blank forms, counted apart). */
  indicators: number;
  templateIndicators: number;
  budget: { sum: string | null; counted: number };
};

export function portalFigures(
  documents: readonly Document[],
  projects: readonly Project[],
  regions: number,
): PortalFigures {
  const withTargets = projects.filter((p) => p.kind !== "template");
  const templates = projects.filter((p) => p.kind === "template");
  return {
    regions,
    documents: documents.length,
    records: withTargets.length,
    templates: templates.length,
    indicators: withTargets.reduce((n, p) => n + p.indicators.length, 0),
    templateIndicators: templates.reduce((n, p) => n + p.indicators.length, 0),
    budget: projectBudgetSum(projects),
  };
}

/** Records with the largest budget first; records without a published total keep their order at the end. */
export function byBudget(projects: readonly Project[]): Project[] {
  return [...projects].sort((a, b) => {
    const x = budgetFigure(a)?.value;
    const y = budgetFigure(b)?.value;
    if (x === undefined || y === undefined) return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0);
    return y - x;
  });
}

export type BudgetUnit = {
  code: string | null;
  name: string;
  records: Project[];
  /** Sum over the unit's project records (see projectBudgetSum). */
  budget: string | null;
};

/** The budget units (预算单位) that publish records, by unit code. */
export function budgetUnits(projects: readonly Project[]): BudgetUnit[] {
  const units = new Map<string, { code: string | null; name: string; records: Project[] }>();
  for (const project of projects) {
    if (!project.unit) continue;
    const key = `${project.unit.code ?? ""}\u0000${project.unit.name}`;
    const unit = units.get(key) ?? { ...project.unit, records: [] };
    unit.records.push(project);
    units.set(key, unit);
  }
  return [...units.values()]
    .map((u) => ({ ...u, budget: projectBudgetSum(u.records).sum }))
    .sort((a, b) => (a.code ?? "").localeCompare(b.code ?? "") || a.name.localeCompare(b.name, "zh-CN"));
}

/** Topics with records that carry targets in at least two regions: what a comparison can compare. */
export function sharedTopics(
  regions: readonly { slug: string; projects: readonly Project[] }[],
): { topic: string; regions: string[] }[] {
  const regionsOf = new Map<string, string[]>();
  for (const region of regions) {
    const topics = new Set(region.projects.filter((p) => p.kind !== "template").flatMap((p) => p.topics));
    for (const topic of topics) regionsOf.set(topic, [...(regionsOf.get(topic) ?? []), region.slug]);
  }
  return [...regionsOf]
    .filter(([, slugs]) => slugs.length >= 2)
    .map(([topic, slugs]) => ({ topic, regions: slugs }))
    .sort((a, b) => b.regions.length - a.regions.length || a.topic.localeCompare(b.topic));
}

/**
 * Labels for records listed together: a name two records share (one fund split
 * by unit or city) gets the city, the unit or the table number after it.
 */
export function distinctNames(records: readonly Project[]): Map<string, string> {
  const uses = new Map<string, number>();
  for (const r of records) uses.set(r.name, (uses.get(r.name) ?? 0) + 1);
  return new Map(
    records.map((r) => {
      if (uses.get(r.name)! < 2) return [r.id, r.name];
      const detail = r.scope?.city ?? r.unit?.name ?? `表 ${r.number}`;
      return [r.id, `${r.name}（${detail}）`];
    }),
  );
}

/** The distinct years of some documents, oldest first (a region with two documents of one year shows the year once). */
export function documentYears(documents: readonly Pick<Document, "year">[]): number[] {
  return [...new Set(documents.map((d) => d.year))].sort((a, b) => a - b);
}

/** Latest year first, then by id, so an order or a choice never depends on load order. */
const newestFirst = (a: Document, b: Document) => b.year - a.year || a.id.localeCompare(b.id);

/** The newest `limit` documents. */
export function latestDocuments(documents: readonly Document[], limit: number): Document[] {
  return [...documents].sort(newestFirst).slice(0, limit);
}

export type DepartmentBudget = {
  document: Document;
  statements: { table: BudgetTable; anchor: string }[];
  tables: { table: BudgetTable; anchor: string }[];
};

/**
 * The budget figures a region's documents publish besides their target
 * tables, newest document first; anchors are those of the document page.
 */
export function departmentBudgets(documents: readonly Document[]): DepartmentBudget[] {
  return [...documents].sort(newestFirst).flatMap((document) => {
    const all = (document.budgetTables ?? []).map((table, i) => ({ table, anchor: budgetTableAnchor(i) }));
    return all.length === 0
      ? []
      : [
          {
            document,
            statements: all.filter((t) => t.table.kind === "statement"),
            tables: all.filter((t) => t.table.kind === "table"),
          },
        ];
  });
}
