/**
 * One real value per field, taken from the dataset, for the fields page: an
 * example that cannot go stale because it is read at build time.
 */
import type { Dataset } from "./dataset.ts";
import { allFields, type EntityName } from "./schema-fields.ts";

/** Every instance of every entity in the dataset. */
function instances(dataset: Dataset): Record<EntityName, unknown[]> {
  const documents = dataset.map((d) => d.document);
  const budgetTables = documents.flatMap((d) => d.budgetTables ?? []);
  const projects = dataset.flatMap((d) => d.projects);
  const indicators = projects.flatMap((p) => p.indicators);
  return {
    document: documents,
    budgetTable: budgetTables,
    budgetTableRow: budgetTables.flatMap((t) => t.rows),
    project: projects,
    indicator: indicators,
    target: indicators.flatMap((i) => [i.target, i.periodTarget].filter((t) => t !== undefined)),
  };
}

/** The values at a path; "spendingPlan[].by" collects across the list. */
function valuesAt(values: unknown[], path: string): unknown[] {
  return path.split(".").reduce<unknown[]>((current, segment) => {
    const list = segment.endsWith("[]");
    const key = list ? segment.slice(0, -2) : segment;
    const next = current.map((v) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[key]));
    return list ? next.flatMap((v) => (Array.isArray(v) ? (v as unknown[]) : [])) : next;
  }, values);
}

const informative = (v: unknown) =>
  v !== null &&
  v !== undefined &&
  v !== "" &&
  !(Array.isArray(v) && v.length === 0) &&
  !(typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0);

/** field key → the first informative value in the data (fields no record fills are missing). */
export function fieldExamples(dataset: Dataset): Map<string, unknown> {
  const all = instances(dataset);
  const examples = new Map<string, unknown>();
  for (const field of allFields()) {
    const example = valuesAt(all[field.entity], field.path).find(informative);
    if (example !== undefined) examples.set(field.key, example);
  }
  return examples;
}
