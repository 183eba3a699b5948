/** The real documents for the comparison tests, normalized from the sources as the build would. */
import type { Corpus } from "../../src/lib/compare/topics.ts";
import { manifestEntries, normalized } from "../helpers/sources.ts";

const entries = manifestEntries();

export const dataset: Corpus = {
  documents: entries.map((e) => normalized(e.id).document),
  projects: entries.flatMap((e) => normalized(e.id).projects),
};

/** A record by its document and table number. */
export function record(documentId: string, number: number) {
  const found = dataset.projects.find((p) => p.documentId === documentId && p.number === number);
  if (!found) throw new Error(`no table ${number} in ${documentId}`);
  return found;
}

/**
 * The real data and `copies` more of it, to test pages at a larger scale
 * without normalizing generated sources (npm run bench does that). Odd copies
 * go to regions of their own (more regions), even copies stay in their
 * region a year later (more records per region), so both ways a corpus grows
 * are covered. Ids are suffixed so every record and indicator stays unique.
 */
export function scaledDataset(copies: number): Corpus {
  const documents = [...dataset.documents];
  const projects = [...dataset.projects];
  for (let k = 1; k <= copies; k++) {
    const ownRegion = k % 2 === 1;
    for (const d of dataset.documents) {
      const slug = d.region.slug ?? d.region.adminCode;
      const region = ownRegion
        ? { ...d.region, slug: `${slug}-x${k}`, adminCode: `${d.region.adminCode}-${k}` }
        : d.region;
      documents.push({ ...d, id: `${d.id}-x${k}`, region, year: ownRegion ? d.year : d.year + k });
    }
    for (const p of dataset.projects) {
      projects.push({
        ...p,
        id: `${p.id}-x${k}`,
        documentId: `${p.documentId}-x${k}`,
        indicators: p.indicators.map((i) => ({ ...i, id: `${i.id}-x${k}` })),
      });
    }
  }
  return { documents, projects };
}
