/** content/sources/manifest.json → a validated Manifest, or a located error. */
import type { VFile } from "vfile";
import { manifest as manifestSchema, type Manifest } from "../model/schema.ts";
import { fail } from "./errors.ts";

export const MANIFEST_PATH = "content/sources/manifest.json";

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split("\n").length;
}

/** The line of documents[i].field, found by walking the i-th entry's keys in the text. */
function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  if (path[0] !== "documents" || typeof path[1] !== "number") return 1;
  let at = text.indexOf('"documents"');
  for (let i = 0; i <= path[1]; i++) at = text.indexOf('"id"', at + 1);
  if (at < 0) return 1;
  const field = typeof path[2] === "string" ? text.indexOf(`"${path[2]}"`, at) : at;
  return lineAt(text, field < 0 ? at : field);
}

export function loadManifest(file: VFile, text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/u.exec(String(error))?.[1];
    fail(file, position ? lineAt(text, Number(position)) : 1, "valid JSON", (error as Error).message, "manifest:json");
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(file, lineOfPath(text, issue.path), `${issue.path.join(".") || "the manifest"} to be ${issue.message}`, JSON.stringify(pick(json, issue.path)) ?? "nothing", "manifest:schema");
  }
  return parsed.data;
}

function pick(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), value);
}
