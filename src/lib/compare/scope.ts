/**
 * What part of a concept an indicator covers, where regions are known to cut
 * a concept differently: Qingdao counts major events and exams together (and
 * exams alone in a second table), Changsha publishes them as two indicators.
 * A comparison row must show that, so each part is named by the literal words
 * that mark it in the indicator's name or description. Reviewed by hand
 * against the bundled documents, like content/rules/concepts.json.
 */
import type { Indicator } from "../../model/schema.ts";

type Part = { label: string; words: readonly string[] };

const CONCEPT_PARTS: Readonly<Record<string, readonly Part[]>> = {
  "event-exam-radio-support": [
    { label: "重大活动", words: ["重大活动"] },
    { label: "考试", words: ["考试"] },
  ],
};

/** The parts an indicator names, in the rule's order; null for a concept without parts. */
export function scopeOf(indicator: Pick<Indicator, "concept" | "name" | "description">): string[] | null {
  const parts = indicator.concept === undefined ? undefined : CONCEPT_PARTS[indicator.concept];
  if (!parts) return null;
  const text = `${indicator.name ?? ""}\n${indicator.description ?? ""}`;
  return parts.filter((p) => p.words.some((w) => text.includes(w))).map((p) => p.label);
}

/** Whether the scopes in a row differ (one indicator counts exams only, another exams and events). */
export function scopesDiffer(scopes: readonly (readonly string[] | null)[]): boolean {
  return new Set(scopes.filter((s) => s !== null).map((s) => s.join("、"))).size > 1;
}

/** “口径：重大活动、考试” for a cell; null where the concept has no parts. */
export function scopeText(scope: readonly string[] | null | undefined): string | null {
  if (!scope) return null;
  return `口径：${scope.length > 0 ? scope.join("、") : "未写明"}`;
}
