/**
 * The JSON downloads: /data/targets.json (everything) and
 * /data/documents/<id>.json (one document), both in the shape of the model's
 * targetsFile plus the dataset version, so one JSON Schema validates both.
 */
import { z } from "zod";
import { serialize } from "../../shared/serialize.ts";
import { SCHEMA_VERSION, targetsFile } from "../../model/schema.ts";
import type { Dataset } from "./dataset.ts";
import { DATASET_VERSION } from "./version.ts";

/** targetsFile with the version of the dataset it belongs to. */
export const targetsDownload = targetsFile.extend({ datasetVersion: z.literal(DATASET_VERSION) });
export type TargetsDownload = z.infer<typeof targetsDownload>;

export function targetsJson(dataset: Dataset): TargetsDownload {
  return {
    datasetVersion: DATASET_VERSION,
    schemaVersion: SCHEMA_VERSION,
    documents: dataset.map((d) => d.document),
    projects: dataset.flatMap((d) => d.projects),
  };
}

/** The same shape restricted to one document. */
export function documentJson(dataset: Dataset, documentId: string): TargetsDownload {
  const one = dataset.filter((d) => d.document.id === documentId);
  if (one.length === 0) throw new Error(`documentJson: no document ${documentId}`);
  return targetsJson(one);
}

/** Byte-stable text: the same data gives the same bytes, so the checksums mean something. */
export const jsonText = (value: unknown): string => serialize(value);
