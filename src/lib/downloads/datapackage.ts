/**
 * /data/datapackage.json: a Frictionless Data Package (v1 descriptor) naming
 * every published file with its size and SHA-256, and for each CSV its dialect
 * and a Table Schema (every column's type, meaning in Chinese and English,
 * unit, allowed values, keys). Tools such as frictionless-py, the R package
 * frictionless or Open Data Editor read the CSVs typed from it. The dataset
 * version lives here (and in the file names' documentation), never in a CSV.
 */
import { SCHEMA_VERSION } from "../../model/schema.ts";
import { CAVEATS, DATASET_DESCRIPTION, DATASET_NAME, DATASET_TITLE, LICENCE, type Caveat } from "./about.ts";
import { CSV_DIALECT } from "./csv.ts";
import { isText, MEDIA_TYPES, OUTSIDE_PACKAGE, type Download } from "./download.ts";
import { describedColumn, table, TABLES, type Table } from "./tables.ts";
import { DATASET_VERSION } from "./version.ts";

const both = (text: { zh: string; en: string }) => `${text.zh}\n${text.en}`;

function tableSchema(t: Table) {
  const parent = t.parent && table(t.parent.table);
  return {
    fields: t.columns.map((c) => ({
      name: c.name,
      type: c.type,
      ...(c.type === "date" && { format: "default" }),
      description: both(describedColumn(c)),
      ...(c.unit && { unit: c.unit }),
      ...(c.caveats && { caveats: c.caveats }),
      ...(c.values && { constraints: { enum: c.values } }),
    })),
    missingValues: [""],
    primaryKey: [...t.key],
    ...(t.parent &&
      parent && {
        foreignKeys: [{ fields: [t.parent.column], reference: { resource: parent.name, fields: [...parent.key] } }],
      }),
  };
}

function resource(download: Download) {
  const common = {
    name: download.name,
    path: download.path,
    title: `${download.title.zh} · ${download.title.en}`,
    ...(download.description && { description: both(download.description) }),
    format: download.format,
    mediatype: MEDIA_TYPES[download.format],
    ...(isText(download.format) && { encoding: "utf-8" }),
    bytes: download.bytes.length,
    hash: `sha256:${download.sha256}`,
  };
  if (download.schema)
    return { profile: "tabular-data-resource", ...common, dialect: CSV_DIALECT, schema: download.schema };
  if (!download.table) return { profile: "data-resource", ...common };
  return {
    profile: "tabular-data-resource",
    ...common,
    dialect: CSV_DIALECT,
    schema: tableSchema(download.table.table),
  };
}

export function datapackageOf(all: readonly Download[]) {
  const downloads = all.filter((d) => !OUTSIDE_PACKAGE.includes(d.group));
  return {
    profile: "data-package",
    name: DATASET_NAME,
    title: `${DATASET_TITLE.zh} · ${DATASET_TITLE.en}`,
    description: both(DATASET_DESCRIPTION),
    version: DATASET_VERSION,
    schemaVersion: SCHEMA_VERSION,
    licenses: [{ name: LICENCE.name, path: LICENCE.path, title: LICENCE.title }],
    keywords: ["绩效目标", "预算绩效", "performance targets", "public budget", "China"],
    sources: downloads
      .filter((d) => d.group === "sources")
      .map((d) => ({
        title: d.title.zh,
        path: d.path,
        ...(d.provenance && { origin: d.provenance.origin, retrieved: d.provenance.retrieved }),
      })),
    caveats: caveatList(),
    resources: downloads.map(resource),
  };
}

/**
 * The caveats as data (a property the Frictionless specifications allow as
 * an extension): each with its text and the table fields it concerns, so a
 * program can warn before it sums budget_total across kinds.
 */
function caveatList() {
  return (Object.keys(CAVEATS) as Caveat[]).map((id) => ({
    id,
    description: both(CAVEATS[id]),
    fields: TABLES.flatMap((t) => t.columns.filter((c) => c.caveats?.includes(id)).map((c) => `${t.name}.${c.name}`)),
  }));
}
