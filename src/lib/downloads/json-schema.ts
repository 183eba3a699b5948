/**
 * /data/targets.schema.json: the JSON Schema (draft-07) of targets.json and of
 * every per-document JSON, generated from the zod model so it cannot disagree
 * with what the build validates, and annotated with the field documentation
 * so a researcher reading the schema reads what each field means.
 */
import { zodToJsonSchema } from "zod-to-json-schema";
import { SCHEMA_VERSION } from "../../model/schema.ts";
import { absoluteUrl } from "../site/site-url.ts";
import { CAVEATS, DATASET_TITLE } from "./about.ts";
import { releasePath } from "./paths.ts";
import { fieldDoc } from "./field-docs.ts";
import { targetsDownload } from "./json.ts";
import { entityFields, type EntityName } from "./schema-fields.ts";
import { DATASET_VERSION } from "./version.ts";

type Node = {
  description?: string;
  properties?: Record<string, Node>;
  items?: Node | Node[];
  anyOf?: Node[];
  type?: string | string[];
  [keyword: string]: unknown;
};

/** A nullable object is written anyOf [object, null]; its properties sit in the non-null branch. */
const content = (node: Node): Node => node.anyOf?.find((branch) => branch.type !== "null") ?? node;

const ROOT: Record<string, { zh: string; en: string; entity?: EntityName }> = {
  datasetVersion: { zh: "数据集版本（语义化版本）", en: "Dataset version (semantic versioning)" },
  schemaVersion: { zh: "数据格式版本", en: "Version of the data format" },
  documents: { zh: "文件", en: "Documents", entity: "document" },
  projects: {
    zh: "记录（项目、部门整体、模板）及其指标",
    en: "Records (projects, whole units, templates) with their indicators",
    entity: "project",
  },
};

function annotate(node: Node, entity: EntityName, prefix: string): void {
  for (const [name, child] of Object.entries(content(node).properties ?? {})) {
    const path = `${prefix}${name}`;
    const field = entityFields(entity).find((f) => f.path === path);
    if (!field) continue;
    const doc = fieldDoc(field);
    if (doc) {
      const caveats = (doc.caveats ?? []).map((k) => `注意：${CAVEATS[k].zh}\nCaveat: ${CAVEATS[k].en}`);
      child.description = [`${doc.zh}\n${doc.en}`, ...(doc.unit ? [`单位 unit: ${doc.unit}`] : []), ...caveats].join(
        "\n",
      );
    }
    const inner = content(child);
    const items = Array.isArray(inner.items) ? undefined : inner.items;
    if (field.structure === "object") annotate(inner, field.ref ?? entity, field.ref ? "" : `${path}.`);
    else if (field.structure === "list" && items) annotate(items, field.ref ?? entity, field.ref ? "" : `${path}[].`);
  }
}

export function targetsJsonSchema(): Record<string, unknown> {
  const schema = zodToJsonSchema(targetsDownload, { $refStrategy: "none", target: "jsonSchema7" }) as Node;
  for (const [name, root] of Object.entries(ROOT)) {
    const property = schema.properties?.[name];
    if (!property) throw new Error(`json-schema: targets.json has no ${name}`);
    property.description = `${root.zh}\n${root.en}`;
    const items = property.items;
    if (root.entity && items && !Array.isArray(items)) annotate(items, root.entity, "");
  }
  const { $schema, ...rest } = schema;
  const caveats = Object.values(CAVEATS).map((c) => `注意：${c.zh}\nCaveat: ${c.en}`);
  return {
    $schema,
    // This version's copy, which never changes (absolute when SITE_URL is set, the site path otherwise).
    $id: absoluteUrl(`${releasePath(DATASET_VERSION)}targets.schema.json`),
    title: `targets.json — ${DATASET_TITLE.zh} dataset ${DATASET_VERSION}, schema ${SCHEMA_VERSION}`,
    description: [
      "绩效目标表的统一数据模型，由 src/model/schema.ts（zod）生成。\nThe data model of budget performance targets, generated from src/model/schema.ts (zod).",
      ...caveats,
    ].join("\n"),
    ...rest,
  };
}
