/**
 * The documentation cannot drift from the model: every field the zod schema
 * has is documented, no documentation describes a field it lacks, every table
 * column names a real field, and no field of a record is lost in the tables.
 */
import { describe, expect, it } from "vitest";
import { FIELD_DOCS } from "../../src/lib/downloads/field-docs.ts";
import { columnsByField, fieldSections } from "../../src/lib/downloads/field-table.ts";
import { allFields, fieldAt, type SchemaField } from "../../src/lib/downloads/schema-fields.ts";
import { TABLES } from "../../src/lib/downloads/tables.ts";
import { withSynthetic } from "../helpers/downloads.ts";

const fields = allFields();

describe("field documentation", () => {
  it("documents every field of the model, in Chinese and English", () => {
    const undocumented = fields.filter((f) => !FIELD_DOCS[f.key]).map((f) => f.key);
    expect(undocumented, "add these to src/lib/downloads/field-docs.ts").toEqual([]);
    for (const [key, doc] of Object.entries(FIELD_DOCS)) {
      expect(doc.zh.trim(), key).not.toBe("");
      expect(doc.en.trim(), key).not.toBe("");
    }
  });

  it("describes no field the model does not have", () => {
    const keys = new Set(fields.map((f) => f.key));
    expect(Object.keys(FIELD_DOCS).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("puts a unit only on numbers and the date format only on strings", () => {
    for (const f of fields) {
      const doc = FIELD_DOCS[f.key];
      if (doc?.unit) expect(["number", "integer"], f.key).toContain(f.type);
      if (doc?.format) expect(f.type, f.key).toBe("string");
    }
  });

  it("lists every field on the fields page, with an example wherever the data has one", () => {
    const sections = fieldSections(withSynthetic());
    expect(sections.flatMap((s) => s.rows.map((r) => r.field.key))).toEqual(fields.map((f) => f.key));
    // The synthetic document fills every field, so every one gets a real example.
    const withoutExample = sections.flatMap((s) =>
      s.rows.filter((r) => r.example === undefined).map((r) => r.field.key),
    );
    expect(withoutExample).toEqual([]);
  });
});

describe("table columns", () => {
  it("each name a field of the model (or are computed by the model's measurability functions), with a unique name per table", () => {
    for (const table of TABLES) {
      expect(new Set(table.columns.map((c) => c.name)).size, table.name).toBe(table.columns.length);
      for (const column of table.columns) {
        if (column.derive) expect(column.path, `${table.name}.${column.name}`).toBe(`derived.${column.name}`);
        else expect(() => fieldAt(column.path), `${table.name}.${column.name}`).not.toThrow();
      }
    }
  });

  it("carry the measurability class and findings: documented, with their values listed", () => {
    const derived = TABLES.flatMap((t) => t.columns.filter((c) => c.derive).map((c) => `${t.name}.${c.name}`));
    expect(derived).toEqual(
      expect.arrayContaining([
        "indicators.measurability",
        "indicators.findings",
        "projects.targets_quantified",
        "projects.findings",
      ]),
    );
    for (const t of TABLES)
      for (const c of t.columns.filter((c) => c.derive))
        expect(c.description.zh.length * c.description.en.length, c.name).toBeGreaterThan(0);
  });

  it("refuse paths the model does not have", () => {
    expect(() => fieldAt("project.nosuch")).toThrow(/no such field/);
    expect(() => fieldAt("project.source.lines.2")).toThrow(/no such field/);
    expect(() => fieldAt("indicator.target.unit.raw.extra")).toThrow(/no such field/);
  });

  it("carry every field of a record: as a column, inside a JSON column, or as a table of its own", () => {
    const carried = new Set(columnsByField().keys());
    const ancestors = (f: SchemaField) =>
      fields.filter(
        (a) => a.entity === f.entity && (f.path.startsWith(`${a.path}.`) || f.path.startsWith(`${a.path}[].`)),
      );
    const jsonColumn = (f: SchemaField) =>
      TABLES.some((t) => t.columns.some((c) => c.encoding === "json" && fieldAt(c.path).field.key === f.key));
    const lost = fields.filter((f) => {
      if (carried.has(f.key) || f.ref) return false;
      if (ancestors(f).some(jsonColumn)) return false;
      // An object is carried when its fields are.
      if (f.structure === "object") return false;
      return true;
    });
    expect(lost.map((f) => f.key)).toEqual([]);
  });
});
