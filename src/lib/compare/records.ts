/**
 * The compare view's data: every record with targets and every budget unit
 * with several records, with just what a side-by-side table shows — names,
 * region, year, budget as published, and per indicator its levels, name,
 * published value, reading and alignment measure. Templates are left out: they
 * publish no targets and no money. One file per item (src/pages/compare/items/),
 * so the view never loads more than the two to four it shows; the picker reads
 * the items' heads region by region (picker.ts).
 */
import type { Indicator, Level1, Level2, Project } from "../../model/schema.ts";
import { describeTarget } from "../../shared/target-words.ts";
import { recordPath, regionPath } from "../site/paths.ts";
import { groupByRegion } from "../site/regions.ts";
import { budgetFigure, budgetUnits } from "../site/summary.ts";
import { measureOf, spellingOf, type Measure } from "./align.ts";
import { perBuild } from "./per-build.ts";
import { scopeOf } from "./scope.ts";
import type { Corpus } from "./topics.ts";

/**
 * One indicator, kept small: links are rebuilt from the ids and `line`, and
 * fields without a value are left out.
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

/** What the picker lists of an item (one line per item in its region's file). */
export type CompareItem = {
  id: string;
  /** project and unit are records; budget-unit is a 预算单位 with several records. */
  kind: "project" | "unit" | "budget-unit";
  name: string;
  region: string;
  year: number;
  unit: string | null;
  /** A record's published total; a budget unit's exact sum of its projects. */
  budget: string | null;
};

/** A record's indicators; `documentId` rebuilds their source links. */
export type CompareRecord = {
  id: string;
  name: string;
  href: string;
  documentId: string;
  indicators: CompareIndicator[];
};

export type Named = { id: string; name: string };

/**
 * One item as the side-by-side table needs it, in a file of its own
 * (/compare/items/<id>.json) so the view fetches only what is chosen: its
 * records (the record itself, or a budget unit's records) and the names of
 * its region, topics and concepts.
 */
export type CompareEntry = CompareItem & {
  href: string;
  regionName: string;
  topics: Named[];
  concepts: Named[];
  records: CompareRecord[];
};

type Names = { topicName: (id: string) => string; conceptName: (id: string) => string };

/**
 * A record's name as a reader tells it apart: Guangdong prints one table name
 * for 21 cities, so the city it applies to is added.
 */
export function recordLabel(record: Pick<Project, "name" | "scope">): string {
  return record.scope ? `${record.name}（${record.scope.city}）` : record.name;
}

function compareIndicator(indicator: Indicator): CompareIndicator {
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

function compareRecord(record: Project): CompareRecord {
  return {
    id: record.id,
    name: recordLabel(record),
    href: recordPath(record),
    documentId: record.documentId,
    indicators: record.indicators.map(compareIndicator),
  };
}

/** compareEntries of the site: its item files, the picker's index and its region lists all read it, so it is worked out once. */
export const siteCompareEntries = perBuild((site: Corpus & Names) => compareEntries(site, site));

/** Every record with targets and every budget unit with several records, in region order (administrative code), publication order within. */
export function compareEntries(data: Corpus, names: Names): CompareEntry[] {
  const named = (ids: Iterable<string>, name: (id: string) => string) =>
    [...new Set(ids)].sort().map((id) => ({ id, name: name(id) }));
  const entry = (
    head: CompareItem & { href: string; regionName: string },
    topics: string[],
    records: Project[],
  ): CompareEntry => {
    const compared = records.map(compareRecord);
    return {
      ...head,
      topics: named(topics, names.topicName),
      concepts: named(
        compared.flatMap((r) => r.indicators.flatMap((i) => i.concept ?? [])),
        names.conceptName,
      ),
      records: compared,
    };
  };
  return groupByRegion([...data.documents], [...data.projects]).flatMap((region) =>
    region.documents.flatMap((d) => {
      const withTargets = region.projects.filter((p) => p.documentId === d.id && p.kind !== "template");
      const records = withTargets.map((p) =>
        entry(
          {
            id: p.id,
            kind: p.kind === "unit" ? "unit" : "project",
            name: recordLabel(p),
            region: region.slug,
            regionName: region.name,
            year: d.year,
            href: recordPath(p),
            unit: p.unit?.name ?? null,
            budget: budgetFigure(p)?.raw ?? null,
          },
          p.topics,
          [p],
        ),
      );
      const units = budgetUnits(withTargets)
        .filter((u) => u.code !== null && u.records.length >= 2)
        .map((u) =>
          entry(
            {
              id: `${d.id}-unit-${u.code}`,
              kind: "budget-unit",
              name: u.name,
              region: region.slug,
              regionName: region.name,
              year: d.year,
              // The region page lists its budget units under #units.
              href: `${regionPath(region.slug)}#units`,
              unit: u.name,
              budget: u.budget,
            },
            u.records.flatMap((r) => r.topics),
            u.records,
          ),
        );
      return [...records, ...units];
    }),
  );
}
