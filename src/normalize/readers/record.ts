/**
 * What a reader found for one table → a record (Project) of the model, the
 * same way for every layout family: the id from what identifies the table,
 * the defaults of what the family does not print, the flags once each, the
 * source file, and every indicator row read by the shared indicator builder
 * (indicator.ts). A reader places cells; it never writes the record out.
 */
import type { Budget, FlagCode, ManifestEntry, Project, ProjectKind } from "../../model/schema.ts";
import { recordId } from "../ids.ts";
import { buildIndicator, type IndicatorCells } from "../indicator.ts";
import { sourcePath } from "../source.ts";

export type RecordFound = {
  kind: ProjectKind;
  /**
   * What tells this table apart from the others of its document, after its kind
   * (unit code, project code, name, scope …, as the family knows them): the
   * record id is derived from them, so they must stay as they are for ids to stay.
   */
  key: readonly (string | null | undefined)[];
  /** Position of the table in its document, 1-based; the printed number where there is one. */
  number: number;
  name: string;
  code?: string | null;
  unit?: Project["unit"];
  /** The city a province-wide table is about; null where it is about no one city. */
  scope?: string | null;
  budget?: Budget | null;
  purpose?: string | null;
  goals?: readonly string[];
  spendingPlan?: Project["spendingPlan"];
  extra?: Project["extra"];
  template?: Project["template"];
  emptyCategories?: Project["emptyCategories"];
  flags?: readonly FlagCode[];
  /** First and last line of the table (or of the row the record is read from). */
  lines: [number, number];
  /** The indicator rows in table order, as placed cells with their lines. */
  indicators: readonly IndicatorCells[];
  /** The table's 单位 (万元 …), which a bare figure in a value cell is read in; null where none is printed. */
  tableUnit?: string | null;
};

export function buildRecord(entry: ManifestEntry, found: RecordFound): Project {
  const id = recordId(entry.id, [found.kind, ...found.key]);
  const table = { documentYear: entry.year, tableUnit: found.tableUnit ?? null };
  return {
    id,
    documentId: entry.id,
    kind: found.kind,
    number: found.number,
    name: found.name,
    code: found.code ?? null,
    unit: found.unit ?? null,
    scope: found.scope == null ? null : { city: found.scope },
    budget: found.budget ?? null,
    purpose: found.purpose ?? null,
    goals: [...(found.goals ?? [])],
    spendingPlan: found.spendingPlan ?? [],
    extra: found.extra ?? [],
    ...(found.template ? { template: found.template } : {}),
    emptyCategories: found.emptyCategories ?? [],
    topics: [],
    flags: [...new Set(found.flags)],
    source: { file: sourcePath(entry), lines: found.lines },
    indicators: found.indicators.map((cells, index) => buildIndicator(id, index, cells, table)),
  };
}
