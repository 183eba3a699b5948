import type { Grid } from "../../model/grid.ts";
export async function extractPdf(_b: Uint8Array, _w: string): Promise<Grid> { throw new Error("todo"); }
