/**
 * One value cell → a reading. Each shape of the grammar must account for the
 * whole cell; a cell no shape accounts for is unparsed, never trimmed to fit.
 */
import { readAmount, readRange } from "./amounts.ts";
import { hasSign, splitOperator, startsWithNumber, stripNameLabel } from "./operators.ts";
import { deadlineWithOp, readDeadline, readFrequency, readPeriodDuration } from "./time.ts";
import { flagged, unparsed, type Comparison, type OpSource, type Reading, type TargetContext } from "./types.ts";
import { readQualitative } from "./vocabulary.ts";

/** `text` is the trimmed cell. */
export function readValue(text: string, ctx: TargetContext): Reading {
  if (text === "") return { kind: "empty", flags: [] };
  const compact = compactSpaces(text);
  return readFrequency(compact) ?? (/\d/.test(compact) ? readNumeric(compact, ctx) : readWords(text));
}

/** Spaces go (= 2023 年 → =2023年), except between digits and points: "1 2" must not become 12. */
export function compactSpaces(text: string): string {
  const numeric = (c: string) => /[\d.]/.test(c);
  return text.replace(/\s+/gu, (space: string, at: number) =>
    numeric(text.charAt(at - 1)) && numeric(text.charAt(at + space.length)) ? space : "",
  );
}

function readNumeric(text: string, ctx: TargetContext): Reading {
  const labelled = stripNameLabel(text, ctx.name);
  const split = splitOperator(labelled.text);
  if (!split) return unparsedNumber(text);
  const { op, opSource, rest } = split;
  const body = readDeadline(rest, ctx) ?? readPeriodDuration(rest) ?? readRange(rest) ?? readAmount(rest, ctx);
  const reading = body && op && opSource ? withOp(body, op, opSource) : body;
  return reading ? flagged(reading, ...labelled.flags, ...split.flags) : unparsedNumber(text);
}

/**
 * Why a cell with digits has no reading, for whoever checks it: a list of
 * targets, a clean start followed by text (1增资企业数量), or a number inside text.
 */
function unparsedNumber(text: string): Reading {
  if (/^1[.、．](?!\d).*\D2[.、．](?!\d)/su.test(text)) return unparsed(["multipleValues"]);
  return unparsed([startsWithNumber(text) ? "strayCharacters" : "embeddedNumber"]);
}

/**
 * A cell without digits. "/" and "-" (published for "not applicable") and a
 * lone sign have no letter or carry a sign without a number: unparsed.
 */
function readWords(text: string): Reading {
  if (hasSign(text) || !/\p{L}/u.test(text)) return unparsed();
  return { kind: "qualitative", qualitative: readQualitative(text), flags: [] };
}

/** The reading under a comparison, or null where its kind takes none (a range, a text). */
export function withOp(reading: Reading, op: Comparison, opSource: OpSource): Reading | null {
  switch (reading.kind) {
    case "quantity":
    case "duration":
      return { ...reading, op, opSource };
    case "frequency":
      return reading.frequency?.count === undefined ? null : { ...reading, op, opSource };
    case "deadline":
      return deadlineWithOp(reading, op, opSource);
    default:
      return null;
  }
}
