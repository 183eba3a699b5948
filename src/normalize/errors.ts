/**
 * Bad input is reported as vfile messages (file, line, rule id) and never as a
 * stack trace. Readers call `fail` to stop at the first structural error.
 * Rule ids come from the catalogue in src/model/rules.ts.
 */
import type { VFile } from "vfile";
import type { FatalRuleId, WarningRuleId } from "../model/rules.ts";

/** Source text as shown in a message: quoted, shortened. */
export function quote(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "") return "an empty line";
  return `“${trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed}”`;
}

/**
 * Stop reading `file`: `expected` at `line` (and `column`, where known), but
 * `found` (a description; wrap source text in `quote`). Throws a VFileMessage marked fatal.
 */
export function fail(
  file: VFile,
  line: number,
  expected: string,
  found: string,
  ruleId: FatalRuleId,
  column = 1,
): never {
  file.fail(`expected ${expected}, found ${found}`, {
    place: { line, column },
    ruleId,
    source: "normalize",
  });
}

/** A warning that does not stop the run; it shows in the printed report. */
export function warn(file: VFile, line: number, message: string, ruleId: WarningRuleId): void {
  file.message(message, { place: { line, column: 1 }, ruleId, source: "normalize" });
}
