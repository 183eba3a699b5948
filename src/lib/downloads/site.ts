/**
 * The downloads of this build: the normalized data in content/data and the
 * source files it names, read once and shared by every endpoint and page (the
 * workbook and the SQLite file take a moment to generate).
 */
import { readFileSync } from "node:fs";
import { contentPath, readDocuments } from "../data.ts";
import type { Download } from "./download.ts";
import { buildDownloads } from "./catalog.ts";
import { datasetOf, type Dataset } from "./dataset.ts";

let dataset: Dataset | undefined;

/** Sorted once: every /data/quality/<region>/ page filters it. */
export function siteDataset(): Dataset {
  return (dataset ??= datasetOf(readDocuments()));
}

let built: Promise<Download[]> | undefined;

export function siteDownloads(): Promise<Download[]> {
  return (built ??= buildDownloads(readDocuments(), (path) => readFileSync(contentPath(path))));
}
