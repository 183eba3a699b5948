/** A published file: what it is, its bytes and their SHA-256. */
import { sha256Hex } from "../../shared/hash.ts";
import type { Table } from "./tables.ts";

export const MEDIA_TYPES = {
  json: "application/json",
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  sqlite: "application/vnd.sqlite3",
  txt: "text/plain",
} as const;
export type Format = keyof typeof MEDIA_TYPES;

/** Sections of the /data/ page. */
export type DownloadGroup = "data" | "tables" | "documents" | "about" | "sources";

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
};

export const download = (entry: Omit<Download, "sha256">): Download => ({ ...entry, sha256: sha256Hex(entry.bytes) });

/** Text files are UTF-8 throughout. */
export const isText = (format: Format): boolean => format === "json" || format === "csv" || format === "txt";
