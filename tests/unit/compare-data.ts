/** The real documents for the comparison tests, normalized from the sources as the build would. */
import type { Dataset } from "../../src/lib/compare/topics.ts";
import { manifestEntries, normalized } from "../helpers/sources.ts";

const entries = manifestEntries();

export const dataset: Dataset = {
  documents: entries.map((e) => normalized(e.id).document),
  projects: entries.flatMap((e) => normalized(e.id).projects),
};

/** A record by its document and table number. */
export function record(documentId: string, number: number) {
  const found = dataset.projects.find((p) => p.documentId === documentId && p.number === number);
  if (!found) throw new Error(`no table ${number} in ${documentId}`);
  return found;
}
