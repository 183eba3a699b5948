/**
 * targets.json and every per-document JSON validate against the JSON Schema
 * generated from the zod model (with ajv, as a researcher's tool would), and
 * carry the dataset and format versions.
 */
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, targetsFile } from "../../src/model/schema.ts";
import { documentJson, targetsDownload, targetsJson } from "../../src/lib/downloads/json.ts";
import { targetsJsonSchema } from "../../src/lib/downloads/json-schema.ts";
import { datasetOf } from "../../src/lib/downloads/dataset.ts";
import { DATASET_VERSION } from "../../src/lib/downloads/version.ts";
import { byPath, realData, realDownloads, text, withSynthetic } from "../helpers/downloads.ts";

const downloads = await realDownloads();
const schema = JSON.parse(text(byPath(downloads, "targets.schema.json")));
const ajv = new Ajv({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(schema);

describe("targets.json", () => {
  const data = JSON.parse(text(byPath(downloads, "targets.json")));

  it("validates against the generated JSON Schema", () => {
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("names the dataset and format versions", () => {
    expect(data.datasetVersion).toBe(DATASET_VERSION);
    expect(data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(DATASET_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("holds every document and record of content/data, nothing else", () => {
    const documents = realData();
    expect(data.documents.map((d: { id: string }) => d.id)).toEqual(datasetOf(documents).map((d) => d.document.id));
    expect(data.projects).toHaveLength(documents.reduce((n, d) => n + d.projects.length, 0));
    expect(
      targetsFile.parse({ schemaVersion: data.schemaVersion, documents: data.documents, projects: data.projects }),
    ).toBeTruthy();
  });
});

describe("per-document JSON", () => {
  for (const { document, projects } of realData()) {
    it(`documents/${document.id}.json validates and holds that document only`, () => {
      const one = JSON.parse(text(byPath(downloads, `documents/${document.id}.json`)));
      expect(validate(one), ajv.errorsText(validate.errors)).toBe(true);
      expect(one.documents).toEqual([document]);
      expect(one.projects).toEqual(projects);
      expect(one.datasetVersion).toBe(DATASET_VERSION);
    });
  }
});

describe("the JSON Schema", () => {
  it("is what the generator gives, and accepts the synthetic document with every optional field", () => {
    expect(schema).toEqual(JSON.parse(JSON.stringify(targetsJsonSchema())));
    const synthetic = withSynthetic();
    const all = targetsJson(synthetic);
    expect(targetsDownload.parse(all)).toBeTruthy();
    expect(validate(all), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(documentJson(synthetic, "synthetic-2099")), ajv.errorsText(validate.errors)).toBe(true);
  });

  it("rejects what the model rejects: an unknown field, a wrong version, a bad target kind", () => {
    const good = targetsJson(withSynthetic());
    expect(validate({ ...good, extra: 1 })).toBe(false);
    expect(validate({ ...good, datasetVersion: "0.0.0" })).toBe(false);
    const broken = structuredClone(good);
    broken.projects[0]!.indicators[0]!.target!.kind = "guess" as never;
    expect(validate(broken)).toBe(false);
  });

  it("explains every property of the records with the field documentation", () => {
    type Node = {
      type?: string;
      anyOf?: Node[];
      properties?: Record<string, Node>;
      items?: Node;
      description?: string;
    };
    const content = (node: Node): Node => node.anyOf?.find((b) => b.type !== "null") ?? node;
    const prop = (node: Node, name: string): Node => {
      const found = content(node).properties?.[name];
      if (!found) throw new Error(`no property ${name}`);
      return found;
    };
    const project: Node = schema.properties.projects.items;
    const indicator = prop(project, "indicators").items!;
    const target = prop(indicator, "periodTarget");
    const missing = [project, indicator, target].flatMap((node) =>
      Object.entries(content(node).properties ?? {})
        .filter(([, p]) => !p.description)
        .map(([name]) => name),
    );
    expect(missing).toEqual([]);
    expect(prop(project, "budget").description).toMatch(/预算[^\n]*\n[\s\S]*Budget/u);
    expect(prop(prop(project, "budget"), "total").description).toContain("万元");
  });
});

describe("documentJson", () => {
  it("refuses a document that is not in the dataset", () => {
    expect(() => documentJson(withSynthetic(), "nowhere-1999")).toThrow(/no document/);
  });
});
