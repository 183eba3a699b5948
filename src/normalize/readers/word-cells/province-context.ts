import type { VFile } from "vfile";
import type { ManifestEntry } from "../../../model/schema.ts";
import type { Ledger } from "../../ledger.ts";

/** What every province table reader is handed: the file for errors, its manifest entry, the line ledger. */
export type ProvinceContext = { file: VFile; entry: ManifestEntry; ledger: Ledger };
