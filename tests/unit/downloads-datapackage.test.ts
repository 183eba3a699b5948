/**
 * datapackage.json against the Frictionless specifications (v1). No
 * maintained npm validator exists (the npm package "frictionless" is an
 * unrelated tool), so the required structure is written here as a JSON
 * Schema, each rule citing the specification it comes from:
 *   Data Package        https://specs.frictionlessdata.io/data-package/
 *   Data Resource       https://specs.frictionlessdata.io/data-resource/
 *   Tabular Resource    https://specs.frictionlessdata.io/tabular-data-resource/
 *   Table Schema        https://specs.frictionlessdata.io/table-schema/
 *   CSV Dialect         https://specs.frictionlessdata.io/csv-dialect/
 */
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../../src/model/schema.ts";
import { OUTSIDE_PACKAGE } from "../../src/lib/downloads/download.ts";
import { TABLES } from "../../src/lib/downloads/tables.ts";
import { DATASET_VERSION } from "../../src/lib/downloads/version.ts";
import { byPath, realDownloads, text } from "../helpers/downloads.ts";

/** Data Package / Data Resource: a name is lower-case letters, digits and . _ - / only. */
const NAME = { type: "string", pattern: "^([-a-z0-9._/])+$" };

/** Table Schema, "Types and Formats": the field types a descriptor may declare. */
const FIELD_TYPES = [
  "string",
  "number",
  "integer",
  "boolean",
  "object",
  "array",
  "date",
  "time",
  "datetime",
  "year",
  "yearmonth",
  "duration",
  "geopoint",
  "geojson",
  "any",
];

const tableSchema = {
  type: "object",
  // Table Schema: "fields" is REQUIRED, an array of field descriptors each with a "name".
  required: ["fields"],
  properties: {
    fields: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          type: { enum: FIELD_TYPES },
          format: { type: "string" },
          title: { type: "string" },
          description: { type: "string" },
          constraints: { type: "object", properties: { enum: { type: "array", minItems: 1 } } },
        },
      },
    },
    // Table Schema: missingValues is an array of strings; primaryKey a field name or an array of them.
    missingValues: { type: "array", items: { type: "string" } },
    primaryKey: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
    // Table Schema, "Foreign Keys": each has fields and a reference with resource and fields.
    foreignKeys: {
      type: "array",
      items: {
        type: "object",
        required: ["fields", "reference"],
        properties: {
          fields: { anyOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
          reference: { type: "object", required: ["resource", "fields"] },
        },
      },
    },
  },
};

const resource = {
  type: "object",
  // Data Resource: a "name", and the data located by exactly one of "path" or "data".
  required: ["name"],
  oneOf: [{ required: ["path"] }, { required: ["data"] }],
  properties: {
    name: NAME,
    // Data Resource, "path": a POSIX path relative to the descriptor, never absolute, never "../".
    path: {
      type: "string",
      not: { anyOf: [{ pattern: "^/" }, { pattern: "(^|/)\\.\\.(/|$)" }, { pattern: "^[a-z]+:" }] },
    },
    profile: { type: "string" },
    title: { type: "string" },
    description: { type: "string" },
    format: { type: "string" },
    mediatype: { type: "string", pattern: "^[a-z]+/[-+.a-z0-9]+$" },
    encoding: { type: "string" },
    bytes: { type: "integer", minimum: 0 },
    // Data Resource, "hash": MD5 hex, or "<algorithm>:<hex>" for other algorithms.
    hash: { type: "string", pattern: "^([a-z0-9]+:[a-fA-F0-9]+|[a-fA-F0-9]{32})$" },
    schema: tableSchema,
    dialect: {
      type: "object",
      properties: {
        delimiter: { type: "string", minLength: 1, maxLength: 1 },
        lineTerminator: { type: "string" },
        quoteChar: { type: "string", minLength: 1, maxLength: 1 },
        doubleQuote: { type: "boolean" },
        header: { type: "boolean" },
      },
    },
  },
  // Tabular Data Resource: profile "tabular-data-resource" and a Table Schema are REQUIRED.
  if: { properties: { profile: { const: "tabular-data-resource" } }, required: ["profile"] },
  then: { required: ["name", "path", "schema", "profile"] },
};

const dataPackage = {
  type: "object",
  // Data Package: "resources" is REQUIRED, an array with at least one resource.
  required: ["resources"],
  properties: {
    name: NAME,
    profile: { type: "string" },
    version: { type: "string" },
    // Data Package, "licenses": each has a name or a path.
    licenses: { type: "array", items: { type: "object", anyOf: [{ required: ["name"] }, { required: ["path"] }] } },
    // Data Package, "sources": each has a title.
    sources: { type: "array", items: { type: "object", required: ["title"] } },
    resources: { type: "array", minItems: 1, items: resource },
  },
};

describe("datapackage.json", async () => {
  const downloads = await realDownloads();
  const descriptor = JSON.parse(text(byPath(downloads, "datapackage.json")));
  const resources: {
    name: string;
    path: string;
    bytes: number;
    hash: string;
    schema?: { fields: { name: string; type: string }[]; primaryKey?: string[] };
  }[] = descriptor.resources;

  it("is a valid Data Package (required structure of the v1 specifications)", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(dataPackage);
    expect(validate(descriptor), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("the structure rejects what the specifications forbid", () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(dataPackage);
    expect(validate({ resources: [] })).toBe(false);
    expect(validate({ resources: [{ name: "Upper", path: "a.csv" }] })).toBe(false);
    expect(validate({ resources: [{ name: "a", path: "../a.csv" }] })).toBe(false);
    expect(validate({ resources: [{ name: "a" }] })).toBe(false);
    expect(validate({ resources: [{ name: "a", path: "a.csv", profile: "tabular-data-resource" }] })).toBe(false);
    expect(
      validate({ resources: [{ name: "a", path: "a.csv", schema: { fields: [{ name: "x", type: "text" }] } }] }),
    ).toBe(false);
  });

  it("names the dataset version, the format version and a licence", () => {
    expect(descriptor.version).toBe(DATASET_VERSION);
    expect(descriptor.schemaVersion).toBe(SCHEMA_VERSION);
    expect(descriptor.licenses).toHaveLength(1);
  });

  it("lists every other download once, with its true size and SHA-256", () => {
    const others = downloads.filter((d) => d.path !== "datapackage.json" && !OUTSIDE_PACKAGE.includes(d.group));
    expect(resources.map((r) => r.path)).toEqual(others.map((d) => d.path));
    expect(new Set(resources.map((r) => r.name)).size).toBe(resources.length);
    for (const r of resources) {
      const file = byPath(downloads, r.path);
      expect(r.bytes, r.path).toBe(file.bytes.length);
      expect(r.hash, r.path).toBe(`sha256:${file.sha256}`);
    }
  });

  it("describes every CSV column as a field, in order, with a type, a description and keys", () => {
    for (const table of TABLES) {
      const r = resources.find((x) => x.path === `${table.name}.csv`)!;
      const header = text(byPath(downloads, r.path))
        .replace(/^\uFEFF/, "")
        .split("\r\n")[0]!
        .split(",");
      expect(
        r.schema!.fields.map((f) => f.name),
        table.name,
      ).toEqual(header);
      for (const field of r.schema!.fields) {
        expect(FIELD_TYPES, `${table.name}.${field.name}`).toContain(field.type);
        expect((field as { description?: string }).description, `${table.name}.${field.name}`).toMatch(/\S\n\S/);
      }
      expect(r.schema!.primaryKey).toEqual(table.key);
    }
  });

  it("gives money its unit", () => {
    const projects = resources.find((r) => r.name === "projects")!;
    const total = projects.schema!.fields.find((f) => f.name === "budget_total") as { unit?: string };
    expect(total.unit).toBe("万元");
  });
});
