/** A published file: what it is, its bytes and their SHA-256. */
import { sha256Hex } from "../../shared/hash.ts";
import type { Table } from "./tables.ts";

export const MEDIA_TYPES = {
  json: "application/json",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  sqlite: "application/vnd.sqlite3",
  txt: "text/plain",
  md: "text/markdown",
  /** CITATION.cff is YAML. */
  cff: "application/yaml",
  zip: "application/zip",
} as const;
export type Format = keyof typeof MEDIA_TYPES;

/** Sections of the /data/ page. */
export type DownloadGroup = "data" | "tables" | "spreadsheet" | "documents" | "about" | "sources" | "release";

/** Files that are not part of the data package (datapackage.json does not list them). */
export const OUTSIDE_PACKAGE: readonly DownloadGroup[] = ["spreadsheet", "release"];

export type Text = { zh: string; en: string };

export type Download = {
  /** Path under /data/. */
  path: string;
  /** Frictionless resource name: lower-case, unique, stable. */
  name: string;
  group: DownloadGroup;
  title: Text;
  description?: Text;
  format: Format;
  bytes: Uint8Array;
  sha256: string;
  /** The table a CSV holds, and how many rows. */
  table?: { table: Table; rows: number };
  /** The one document a file belongs to (its JSON, its source); such files are listed by region. */
  documentId?: string;
  /** A source file: the URL its document was retrieved from and when; null where unknown. */
  provenance?: { origin: string | null; retrieved: string | null };
  /** A Table Schema for a CSV that is not one of the tables (the data dictionary). */
  schema?: object;
  /** Served only where `path` says (already under /data/v<version>/), not copied into the version folder. */
  versioned?: true;
};

export const download = (entry: Omit<Download, "sha256">): Download => ({ ...entry, sha256: sha256Hex(entry.bytes) });

/** Text files are UTF-8 throughout. */
export const isText = (format: Format): boolean =>
  format === "json" || format === "csv" || format === "txt" || format === "md" || format === "cff";
