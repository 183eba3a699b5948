/**
 * Published file → lines for a layout-family reader, with each line's place in
 * the file. Text exports are read as they are (their lines are the places);
 * .docx, .xlsx and PDF go through their extractor into the grid, then through
 * the family's adapter (adapt.ts).
 */
import type { Grid, Place, SourceFormat } from "../../model/grid.ts";
import type { ManifestEntry } from "../../model/schema.ts";
import { ADAPTERS, type Lines } from "./adapt.ts";
import { extractDocx } from "./docx.ts";
import { Refusal } from "./refusal.ts";

export type Extractor = (bytes: Uint8Array, what: string) => Grid | Promise<Grid>;

const SYNC: Partial<Record<SourceFormat, (bytes: Uint8Array, what: string) => Grid>> = {
  docx: extractDocx,
};

export function extractSync(bytes: Uint8Array, format: SourceFormat, what: string): Grid {
  const extractor = SYNC[format];
  if (!extractor)
    throw new Refusal(
      `no synchronous extractor for ${format}`,
      "use the asynchronous pipeline (npm run normalize does)",
    );
  return extractor(bytes, what);
}

export function gridLines(grid: Grid, reader: ManifestEntry["reader"]): Lines {
  return ADAPTERS[reader](grid);
}

/** The place of source line n (1-based) in the published file. */
export const placeOf = (places: readonly Place[], line: number): Place | undefined => places[line - 1];

/** Any office format, PDF and .xlsx included (their libraries read asynchronously). */
export async function extractAny(bytes: Uint8Array, format: SourceFormat, what: string): Promise<Grid> {
  if (format === "xlsx") return (await import("./xlsx.ts")).extractXlsx(bytes, what);
  if (format === "pdf") return (await import("./pdf.ts")).extractPdf(bytes, what);
  return extractSync(bytes, format, what);
}
