/**
 * Every field of the data model, read from the zod schemas themselves, so the
 * field documentation, the table columns and the datapackage cannot name a
 * field the model lacks, nor miss one it gains.
 *
 * The model nests entities: a document with its budget tables and their rows,
 * its projects (records), their indicators and each indicator's target values.
 * Fields are listed per entity ("target.unit.raw" once, although an indicator
 * has two targets).
 */
import { z } from "zod";
import { budgetTable, budgetTableRow, document, indicator, project, target } from "../../model/schema.ts";

export const ENTITIES = { document, budgetTable, budgetTableRow, project, indicator, target } as const;
export type EntityName = keyof typeof ENTITIES;
export const ENTITY_NAMES = Object.keys(ENTITIES) as EntityName[];

/** JSON value types, as Table Schema and JSON Schema name them. */
export type ValueType = "string" | "integer" | "number" | "object" | "array";

/** What a scalar (or each item of a list) may hold. */
export type Scalar = { type: ValueType; values?: readonly (string | number)[] };

export type SchemaField = Scalar & {
  /** "project.budget.total": the entity, then the path inside it. */
  key: string;
  entity: EntityName;
  /** "budget.total"; "spendingPlan[].by" inside a list of objects. */
  path: string;
  structure: "scalar" | "object" | "record" | "list" | "tuple";
  /** May be absent from the JSON. */
  optional: boolean;
  /** May be null. */
  nullable: boolean;
  /** Items of a list, values of a record, members of a tuple. */
  items?: Scalar;
  /** Members of a tuple. */
  size?: number;
  /** The field holds another entity (project.indicators → indicator), documented there. */
  ref?: EntityName;
};

type Unwrapped = { schema: z.ZodTypeAny; optional: boolean; nullable: boolean };

function unwrap(schema: z.ZodTypeAny): Unwrapped {
  let s = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    // zod's class checks narrow to ZodOptional<any>; the inner schemas are ZodTypeAny.
    if (s instanceof z.ZodOptional) [s, optional] = [s.unwrap() as z.ZodTypeAny, true];
    else if (s instanceof z.ZodNullable) [s, nullable] = [s.unwrap() as z.ZodTypeAny, true];
    else if (s instanceof z.ZodEffects) s = s.innerType() as z.ZodTypeAny;
    else return { schema: s, optional, nullable };
  }
}

function entityOf(schema: z.ZodTypeAny): EntityName | undefined {
  return ENTITY_NAMES.find((name) => ENTITIES[name] === schema);
}

function scalarOf(schema: z.ZodTypeAny): Scalar {
  const s = unwrap(schema).schema;
  if (s instanceof z.ZodString) return { type: "string" };
  if (s instanceof z.ZodEnum) return { type: "string", values: s.options as string[] };
  if (s instanceof z.ZodNumber) return { type: s.isInt ? "integer" : "number" };
  if (s instanceof z.ZodLiteral) return literals([s.value]);
  if (s instanceof z.ZodUnion) {
    const options = s.options as z.ZodTypeAny[];
    if (options.every((o) => o instanceof z.ZodLiteral))
      return literals(options.map((o) => (o as z.ZodLiteral<string | number>).value));
  }
  if (s instanceof z.ZodObject || s instanceof z.ZodRecord) return { type: "object" };
  if (s instanceof z.ZodArray || s instanceof z.ZodTuple) return { type: "array" };
  throw new Error(`schema-fields: no JSON type for ${s.constructor.name}; teach scalarOf about it`);
}

function literals(values: readonly unknown[]): Scalar {
  if (values.every((v) => typeof v === "string")) return { type: "string", values: values };
  if (values.every((v) => Number.isInteger(v))) return { type: "integer", values: values as number[] };
  throw new Error(`schema-fields: mixed literal values ${JSON.stringify(values)}`);
}

function walk(entity: EntityName, shape: z.ZodRawShape, prefix: string, out: SchemaField[]): void {
  for (const [name, child] of Object.entries(shape)) {
    const path = `${prefix}${name}`;
    const { schema: s, optional, nullable } = unwrap(child);
    const base = { key: `${entity}.${path}`, entity, path, optional, nullable, ...scalarOf(s) };
    if (s instanceof z.ZodObject) {
      const ref = entityOf(s);
      out.push({ ...base, structure: "object", ...(ref && { ref }) });
      if (!ref) walk(entity, s.shape as z.ZodRawShape, `${path}.`, out);
    } else if (s instanceof z.ZodArray) {
      const item = unwrap(s.element as z.ZodTypeAny).schema;
      const ref = entityOf(item);
      out.push({ ...base, structure: "list", items: scalarOf(item), ...(ref && { ref }) });
      if (!ref && item instanceof z.ZodObject) walk(entity, item.shape as z.ZodRawShape, `${path}[].`, out);
    } else if (s instanceof z.ZodRecord) {
      out.push({ ...base, structure: "record", items: scalarOf(s.valueSchema as z.ZodTypeAny) });
    } else if (s instanceof z.ZodTuple) {
      const members = (s.items as z.ZodTypeAny[]).map(scalarOf);
      if (new Set(members.map((m) => m.type)).size !== 1) throw new Error(`schema-fields: ${base.key} mixes types`);
      out.push({ ...base, structure: "tuple", items: members[0]!, size: members.length });
    } else {
      out.push({ ...base, structure: "scalar" });
    }
  }
}

const FIELDS: ReadonlyMap<EntityName, readonly SchemaField[]> = new Map(
  ENTITY_NAMES.map((name) => {
    const out: SchemaField[] = [];
    walk(name, ENTITIES[name].shape, "", out);
    return [name, out];
  }),
);

/** The fields of one entity, in the model's order, nested fields after their parent. */
export function entityFields(entity: EntityName): readonly SchemaField[] {
  return FIELDS.get(entity)!;
}

export function allFields(): SchemaField[] {
  return ENTITY_NAMES.flatMap((name) => [...entityFields(name)]);
}

/**
 * Where a column path lands: the field, the entity fields it passed through,
 * and a record key, a tuple index or "$" (the list item a row stands for).
 */
export type FieldLocation = { field: SchemaField; via: SchemaField[]; element?: string };

/** The list item a row stands for, e.g. one figure of a budget-table row. */
export const EACH = "$";

/**
 * Resolves a path like "indicator.periodTarget.unit.raw" (entity, then fields,
 * crossing into another entity where a field holds one),
 * "project.budget.raw.total" (a record key), "project.source.lines.0" (a tuple
 * member) or "budgetTableRow.values.$" (a list item). Throws on anything the
 * model does not have.
 */
export function fieldAt(path: string): FieldLocation {
  const [head = "", ...segments] = path.split(".");
  let entity = ENTITY_NAMES.find((n) => n === head);
  const via: SchemaField[] = [];
  let rest = segments;
  while (entity) {
    const match = longestField(entityFields(entity), rest);
    if (!match) break;
    const { field, left } = match;
    if (left.length === 0) return { field, via };
    if (field.ref && field.structure === "object") {
      via.push(field);
      [entity, rest] = [field.ref, left];
      continue;
    }
    const element = left[0]!;
    const member = field.structure === "tuple" && /^\d+$/.test(element) && Number(element) < (field.size ?? 0);
    const item = field.structure === "list" && !field.ref && element === EACH;
    if (left.length === 1 && (field.structure === "record" || member || item)) return { field, via, element };
    break;
  }
  throw new Error(`${path}: no such field in the data model (src/model/schema.ts)`);
}

/** The field named by the most leading segments ("budget.raw" before "budget"), and the segments left over. */
function longestField(
  fields: readonly SchemaField[],
  segments: readonly string[],
): { field: SchemaField; left: string[] } | null {
  for (let n = segments.length; n > 0; n--) {
    const field = fields.find((f) => f.path === segments.slice(0, n).join("."));
    if (field) return { field, left: segments.slice(n) };
  }
  return null;
}
