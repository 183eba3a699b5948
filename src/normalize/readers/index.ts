/** Layout family → reader. A new document of a known family needs only a manifest entry. */
import type { ManifestEntry } from "../../model/schema.ts";
import type { Reader } from "../types.ts";
import { readPdfTemplate } from "./pdf-template.ts";
import { readWordCells } from "./word-cells.ts";

export const READERS: Partial<Record<ManifestEntry["reader"], Reader>> = {
  "word-cells": readWordCells,
  "pdf-template": readPdfTemplate,
};
