import type { Grid } from "../../model/grid.ts";
export async function extractXlsx(_b: Uint8Array, _w: string): Promise<Grid> { throw new Error("todo"); }
