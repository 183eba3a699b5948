/**
 * The normalized data as the site reads it: content/data/<document>.json,
 * validated against the one model. Used by the content collections and the
 * download endpoints.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { documentData, type DocumentData } from "../model/schema.ts";

/**
 * Where content/ lives (sources, rules, data). The project root by default;
 * the benchmark and the XSS gate build sites from corpora of their own.
 */
export const CONTENT_ROOT = process.env.CONTENT_ROOT ?? ".";

/** A project-relative content path ("content/sources/x.txt") under CONTENT_ROOT. */
export const contentPath = (path: string) => join(CONTENT_ROOT, path);

export const DATA_DIR = process.env.CONTENT_DATA_DIR ?? contentPath("content/data");

let cache: { dir: string; data: DocumentData[] } | null = null;

/** Every normalized document, sorted by id so page order never depends on the file system. */
export function readDocuments(dir: string = DATA_DIR): DocumentData[] {
  if (cache?.dir === dir) return cache.data;
  const data = readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => documentData.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))));
  cache = { dir, data };
  return data;
}
