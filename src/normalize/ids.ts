/**
 * Record ids are derived from what identifies a table in its document (kind,
 * unit, code, name, scope), not from its position, so reordering the manifest
 * or adding a document never changes them.
 */
import { createHash } from "node:crypto";

export function recordId(documentId: string, parts: readonly (string | null | undefined)[]): string {
  const key = parts.map((p) => p ?? "").join("\u0000");
  return `${documentId}-${createHash("sha256").update(key).digest("hex").slice(0, 8)}`;
}

export function indicatorId(recordId: string, index: number): string {
  return `${recordId}-i${String(index + 1).padStart(2, "0")}`;
}
