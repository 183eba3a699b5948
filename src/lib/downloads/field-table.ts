/**
 * The fields page as data: every field of every entity with its type, its
 * meaning, where it comes from, a real example and the table columns that
 * carry it. Built from the schema walk, so the page lists exactly the model.
 */
import type { Dataset } from "./dataset.ts";
import { ENTITY_DOCS, fieldDoc, ORIGINS, type FieldDoc } from "./field-docs.ts";
import { fieldExamples } from "./field-examples.ts";
import { ENTITY_NAMES, entityFields, fieldAt, type EntityName, type SchemaField } from "./schema-fields.ts";
import { TABLES } from "./tables.ts";

export type FieldRow = {
  field: SchemaField;
  type: string;
  doc: FieldDoc | undefined;
  origin: { zh: string; en: string } | undefined;
  example: string | undefined;
  /** "indicators.target_unit_raw", … */
  columns: string[];
};

export type EntitySection = { entity: EntityName; title: { zh: string; en: string }; where: string; rows: FieldRow[] };

const EXAMPLE_LENGTH = 80;

function typeLabel(field: SchemaField): string {
  const scalar = (type: string, values?: readonly (string | number)[]) =>
    values ? values.map((v) => JSON.stringify(v)).join(" | ") : type;
  const base =
    field.ref !== undefined
      ? `${field.structure === "list" ? "list of " : ""}${field.ref}`
      : field.structure === "list"
        ? `list of ${scalar(field.items!.type, field.items!.values)}`
        : field.structure === "record"
          ? `object of ${field.items!.type}`
          : field.structure === "tuple"
            ? `[${Array.from({ length: field.size ?? 0 }, () => field.items!.type).join(", ")}]`
            : scalar(field.type, field.values);
  return base + (field.nullable ? " | null" : "");
}

function exampleText(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length > EXAMPLE_LENGTH ? `${text.slice(0, EXAMPLE_LENGTH - 1)}…` : text;
}

/** field key → the columns that carry it (a column passing through a target counts for the target field). */
export function columnsByField(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const table of TABLES) {
    for (const column of table.columns) {
      // Computed columns (measurability) describe themselves; they carry no model field.
      if (column.derive) continue;
      const { field } = fieldAt(column.path);
      map.set(field.key, [...(map.get(field.key) ?? []), `${table.name}.${column.name}`]);
    }
  }
  return map;
}

export function fieldSections(dataset: Dataset): EntitySection[] {
  const examples = fieldExamples(dataset);
  const columns = columnsByField();
  return ENTITY_NAMES.map((entity) => ({
    entity,
    title: { zh: ENTITY_DOCS[entity].zh, en: ENTITY_DOCS[entity].en },
    where: ENTITY_DOCS[entity].where,
    rows: entityFields(entity).map((field) => {
      const doc = fieldDoc(field);
      return {
        field,
        type: typeLabel(field),
        doc,
        origin: doc && ORIGINS[doc.origin],
        example: exampleText(examples.get(field.key)),
        columns: columns.get(field.key) ?? [],
      };
    }),
  }));
}
