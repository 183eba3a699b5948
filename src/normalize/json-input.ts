/**
 * Hand-edited JSON inputs (the manifest, the topic rules) → validated data, or
 * an error at the line of the offending entry.
 */
import type { VFile } from "vfile";
import type { z } from "zod";
import { fail } from "./errors.ts";

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split("\n").length;
}

/** The line of list[i].field, found by walking to the i-th entry's "id" key (every entry starts with one). */
function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  if (typeof path[0] !== "string" || typeof path[1] !== "number") return 1;
  let at = text.indexOf(`"${path[0]}"`);
  for (let i = 0; i <= path[1] && at >= 0; i++) at = text.indexOf('"id"', at + 1);
  if (at < 0) return 1;
  const field = typeof path[2] === "string" ? text.indexOf(`"${path[2]}"`, at) : at;
  return lineAt(text, field < 0 ? at : field);
}

function pick(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), value);
}

export function parseJsonInput<T extends z.ZodTypeAny>(file: VFile, text: string, schema: T): z.infer<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/u.exec(String(error))?.[1];
    fail(file, position ? lineAt(text, Number(position)) : 1, "valid JSON", (error as Error).message, "json:syntax");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join(".") || "the file";
    fail(file, lineOfPath(text, issue.path), `${where} to be valid (${issue.message})`, JSON.stringify(pick(json, issue.path)) ?? "nothing", "json:schema");
  }
  return parsed.data as z.infer<T>;
}
