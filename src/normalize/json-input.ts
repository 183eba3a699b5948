/**
 * Hand-edited JSON inputs (the manifest, the topic rules) → validated data, or
 * an error at the line of the offending entry.
 */
import type { VFile } from "vfile";
import type { z } from "zod";
import { fail } from "./errors.ts";
import { jsonSyntaxProblem } from "./json-syntax.ts";

function lineAt(text: string, offset: number): number {
  return text.slice(0, Math.max(0, offset)).split("\n").length;
}

/** The line of list[i].field, found by walking to the i-th entry's "id" key (every entry starts with one). */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
  if (typeof path[0] !== "string" || typeof path[1] !== "number") return 1;
  let at = text.indexOf(`"${path[0]}"`);
  for (let i = 0; i <= path[1] && at >= 0; i++) at = text.indexOf('"id"', at + 1);
  if (at < 0) return 1;
  const field = typeof path[2] === "string" ? text.indexOf(`"${path[2]}"`, at) : at;
  return lineAt(text, field < 0 ? at : field);
}

function pick(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    value,
  );
}

/**
 * `text` (a BOM, if any, is dropped) → data that fits `schema`, or a fatal
 * message: a syntax error at its line and column (json-syntax.ts, which also
 * bounds the nesting), a schema error at the line of the offending entry.
 */
export function parseJsonInput<T extends z.ZodTypeAny>(file: VFile, printed: string, schema: T): z.infer<T> {
  const text = printed.replace(/^\uFEFF/u, "");
  const problem = jsonSyntaxProblem(text);
  if (problem) {
    const before = text.slice(0, problem.offset);
    const column = problem.offset - before.lastIndexOf("\n");
    const ruleId = problem.expected.startsWith("at most") ? "json:too-deep" : "json:syntax";
    fail(file, lineAt(text, problem.offset), problem.expected, problem.found, ruleId, column);
  }
  const json: unknown = JSON.parse(text);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join(".") || "the file";
    fail(
      file,
      lineOfPath(text, issue.path),
      `${where} to be valid (${issue.message})`,
      JSON.stringify(pick(json, issue.path)) ?? "nothing",
      "json:schema",
    );
  }
  return parsed.data as z.infer<T>;
}
