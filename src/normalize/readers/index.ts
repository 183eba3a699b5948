/**
 * The registry of layout families: the one place that lists them. A family is
 * a folder here (readers/<family>/) holding its code, its fixtures and its
 * tests, with its entry in <family>/reader.ts. A new document of a known
 * family needs only a manifest entry; a new family needs its folder, a line
 * below and a line in the docs (README "Reader families"), and the compiler
 * names whatever else lists families by the model's `readerFamily` enum.
 */
import type { ManifestEntry } from "../../model/schema.ts";
import type { Reader } from "../types.ts";
import { readPdfPages } from "./pdf-pages/reader.ts";
import { readPdfTemplate } from "./pdf-template/reader.ts";
import { readWordCells } from "./word-cells/reader.ts";

export type ReaderFamily = ManifestEntry["reader"];

export const READERS = {
  "word-cells": readWordCells,
  "pdf-pages": readPdfPages,
  "pdf-template": readPdfTemplate,
} as const satisfies Record<ReaderFamily, Reader>;

/** The families in registry order. */
export const FAMILIES = Object.keys(READERS) as ReaderFamily[];
