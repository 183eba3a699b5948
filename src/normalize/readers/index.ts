/** Layout family → reader. A new document of a known family needs only a manifest entry. */
import type { ManifestEntry } from "../../model/schema.ts";
import type { Reader } from "../types.ts";
import { readPdfPages } from "./pdf-pages.ts";
import { readPdfTemplate } from "./pdf-template.ts";
import { readWordCells } from "./word-cells.ts";

export const READERS: Record<ManifestEntry["reader"], Reader> = {
  "word-cells": readWordCells,
  "pdf-pages": readPdfPages,
  "pdf-template": readPdfTemplate,
};
