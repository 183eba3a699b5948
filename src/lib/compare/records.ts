/**
 * The compare view's data (/compare/records.json): every record with targets
 * and every budget unit with several records, with just what a side-by-side
 * table shows — names, region, year, budget as published, and per indicator
 * its levels, name, published value, reading and alignment measure. Templates
 * are left out: they publish no targets and no money.
 */
import type { Indicator, Level1, Level2, Project } from "../../model/schema.ts";
import { describeTarget } from "../../normalize/target/words.ts";
import { recordPath, regionPath } from "../site/paths.ts";
import { groupByRegion } from "../site/regions.ts";
import { budgetFigure, budgetUnits } from "../site/summary.ts";
import { measureOf, spellingOf, type Measure } from "./align.ts";
import { scopeOf } from "./scope.ts";
import { regionSlugs, type Dataset } from "./topics.ts";

/**
 * One indicator, kept small (the file holds every indicator): links are
 * rebuilt from the ids and `line`, and fields without a value are left out.
 */
export type CompareIndicator = {
  id: string;
  /** Its line in the published text. */
  line: number;
  level1: Level1 | null;
  level2?: Level2;
  name?: string;
  /** The description, shown as a caption where the publication left the name empty. */
  caption?: string;
  /** The published value; split publications add their unit and value-type cells. */
  raw: string;
  /** Guangdong's second value column, for the whole project cycle; shown, not aligned. */
  periodRaw?: string;
  unitCell?: string;
  valueType?: string;
  reading: string;
  concept?: string;
  /** The parts of the concept it names (see scope.ts). */
  scope?: string[];
  spelling?: string;
  measure: Measure;
};

type ItemBase = { id: string; name: string; region: string; year: number; href: string; unit: string | null; topics: string[] };

/** `documentId` rebuilds the indicators' source links. */

/** A project or whole-unit record; `budget` is its published total. */
export type RecordItem = ItemBase & { kind: "project" | "unit"; documentId: string; budget: string | null; indicators: CompareIndicator[] };

/** A budget unit (预算单位) with several records; `budget` is the exact sum of its projects. */
export type UnitItem = ItemBase & { kind: "budget-unit"; budget: string | null; records: string[] };

export type CompareItem = RecordItem | UnitItem;

export type CompareRecords = {
  regions: { slug: string; name: string }[];
  topics: { id: string; name: string }[];
  concepts: { id: string; name: string }[];
  items: CompareItem[];
};

type Names = { topicName: (id: string) => string; conceptName: (id: string) => string };

/**
 * A record's name as a reader tells it apart: Guangdong prints one table name
 * for 21 cities, so the city it applies to is added.
 */
export function recordLabel(record: Pick<Project, "name" | "scope">): string {
  return record.scope ? `${record.name}（${record.scope.city}）` : record.name;
}

function compareIndicator(record: Project, indicator: Indicator): CompareIndicator {
  const target = indicator.target;
  const measure = measureOf(target);
  const spelling = spellingOf(target, measure);
  const caption = indicator.name === null ? indicator.description : null;
  const scope = scopeOf(indicator);
  return {
    id: indicator.id,
    line: indicator.source.line,
    level1: indicator.level1,
    ...(indicator.level2 !== null && { level2: indicator.level2 }),
    ...(indicator.name !== null && { name: indicator.name }),
    ...(caption !== null && { caption }),
    raw: target?.raw ?? "",
    ...(indicator.periodTarget !== undefined && { periodRaw: indicator.periodTarget.raw }),
    ...(target?.cells?.unit !== undefined && { unitCell: target.cells.unit }),
    ...(target?.cells?.valueType !== undefined && { valueType: target.cells.valueType }),
    reading: target ? describeTarget(target) : "",
    ...(indicator.concept !== undefined && { concept: indicator.concept }),
    ...(scope !== null && { scope }),
    ...(spelling !== null && { spelling }),
    measure,
  };
}

export function compareRecords(data: Dataset, names: Names): CompareRecords {
  const slugOf = regionSlugs(data);
  const yearOf = new Map(data.documents.map((d) => [d.id, d.year]));
  const withTargets = data.projects.filter((p) => p.kind !== "template");
  const records: CompareItem[] = withTargets.map((p) => ({
    id: p.id,
    kind: p.kind === "unit" ? "unit" : "project",
    documentId: p.documentId,
    name: recordLabel(p),
    region: slugOf.get(p.documentId)!,
    year: yearOf.get(p.documentId)!,
    href: recordPath(p),
    unit: p.unit?.name ?? null,
    topics: p.topics,
    budget: budgetFigure(p)?.raw ?? null,
    indicators: p.indicators.map((i) => compareIndicator(p, i)),
  }));
  const units = data.documents.flatMap((d) =>
    budgetUnits(withTargets.filter((p) => p.documentId === d.id))
      .filter((u) => u.code !== null && u.records.length >= 2)
      .map(
        (u): UnitItem => ({
          id: `${d.id}-unit-${u.code}`,
          kind: "budget-unit",
          name: u.name,
          region: slugOf.get(d.id)!,
          year: d.year,
          // The region page lists its budget units under #units.
          href: `${regionPath(slugOf.get(d.id)!)}#units`,
          unit: u.name,
          topics: [...new Set(u.records.flatMap((r) => r.topics))],
          budget: u.budget,
          records: u.records.map((r) => r.id),
        }),
      ),
  );
  const topics = [...new Set(withTargets.flatMap((p) => p.topics))].sort();
  const concepts = [...new Set(withTargets.flatMap((p) => p.indicators.flatMap((i) => i.concept ?? [])))].sort();
  return {
    regions: groupByRegion([...data.documents], [...data.projects]).map((r) => ({ slug: r.slug, name: r.name })),
    topics: topics.map((id) => ({ id, name: names.topicName(id) })),
    concepts: concepts.map((id) => ({ id, name: names.conceptName(id) })),
    items: [...records, ...units],
  };
}
