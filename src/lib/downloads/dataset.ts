/**
 * The dataset every download is generated from: the normalized documents, in
 * document-id order. Sorting here, not in the caller, is what makes every file
 * byte-identical whatever order the manifest or the file system gives.
 */
import type { DocumentData } from "../../model/schema.ts";

export type Dataset = readonly DocumentData[];

export function datasetOf(documents: readonly DocumentData[]): Dataset {
  return [...documents].sort((a, b) => (a.document.id < b.document.id ? -1 : a.document.id > b.document.id ? 1 : 0));
}
