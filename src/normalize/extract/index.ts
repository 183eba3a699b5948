/**
 * Published file → lines for a layout-family reader, with each line's place in
 * the file. Every format goes through its extractor into the grid, then through
 * the family's adapter (adapt.ts): text exports (text.ts, a grid that writes
 * back exactly the file's lines), .docx, .xlsx and PDF.
 */
import type { VFile } from "vfile";
import type { Grid, Place, SourceFormat } from "../../model/grid.ts";
import type { ManifestEntry } from "../../model/schema.ts";
import { ADAPTERS, type Lines } from "./adapt.ts";
import { extractDocx } from "./docx.ts";
import { Refusal } from "./refusal.ts";
import { extractText } from "./text.ts";

/**
 * What an extractor may need besides the bytes. A text export is read by the
 * convention of its reader family (text.ts), and reports its problems located
 * at line:column to `file` (the document's vfile; a fresh one by default).
 */
export type ExtractContext = { reader?: ManifestEntry["reader"]; file?: VFile };

const SYNC: Partial<Record<SourceFormat, (bytes: Uint8Array, what: string, context: ExtractContext) => Grid>> = {
  text: (bytes, what, { reader, file }) => {
    if (!reader) throw new Error(`${what}: a text export is read by its reader family's convention; none given`);
    return extractText(bytes, what, reader, file);
  },
  docx: extractDocx,
};

export function extractSync(bytes: Uint8Array, format: SourceFormat, what: string, context: ExtractContext = {}): Grid {
  const extractor = SYNC[format];
  if (!extractor)
    throw new Refusal(
      `no synchronous extractor for ${format}`,
      "use the asynchronous pipeline (npm run normalize does)",
    );
  return extractor(bytes, what, context);
}

export function gridLines(grid: Grid, reader: ManifestEntry["reader"]): Lines {
  return ADAPTERS[reader](grid);
}

/** The place of source line n (1-based) in the published file. */
export const placeOf = (places: readonly Place[], line: number): Place | undefined => places[line - 1];

/** Any format, PDF and .xlsx included (their libraries read asynchronously). */
export async function extractAny(
  bytes: Uint8Array,
  format: SourceFormat,
  what: string,
  context: ExtractContext = {},
): Promise<Grid> {
  if (format === "xlsx") return (await import("./xlsx.ts")).extractXlsx(bytes, what);
  if (format === "pdf") return (await import("./pdf.ts")).extractPdf(bytes, what);
  return extractSync(bytes, format, what, context);
}
