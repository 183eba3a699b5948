/**
 * Bad input is reported as vfile messages (file, line, rule id) and never as a
 * stack trace. Readers call `fail` to stop at the first structural error.
 */
import type { VFile } from "vfile";

/** Stop reading `file`: `expected` at `line`, but `found`. Throws a VFileMessage marked fatal. */
export function fail(file: VFile, line: number, expected: string, found: string, ruleId: string): never {
  const shown = found.length > 60 ? `${found.slice(0, 60)}…` : found;
  file.fail(`expected ${expected}, found ${shown === "" ? "nothing" : `“${shown}”`}`, {
    place: { line, column: 1 },
    ruleId,
    source: "normalize",
  });
}

/** A warning that does not stop the run; it shows in the printed report. */
export function warn(file: VFile, line: number, message: string, ruleId: string): void {
  file.message(message, { place: { line, column: 1 }, ruleId, source: "normalize" });
}
