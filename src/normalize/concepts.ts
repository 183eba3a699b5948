/**
 * Indicator concepts for cross-region alignment, from reviewed rules kept as
 * data (content/rules/concepts.json). Words are matched literally in the name
 * and description; nothing is matched by similarity.
 */
import type { ConceptRule, Indicator } from "../model/schema.ts";

export function matchConcept(
  indicator: Pick<Indicator, "name" | "description" | "level2">,
  rules: readonly ConceptRule[],
): string | undefined {
  const text = `${indicator.name ?? ""}\n${indicator.description ?? ""}`;
  const has = (word: string) => text.includes(word);
  return rules.find(
    (r) =>
      (!r.level2 || (indicator.level2 !== null && r.level2.includes(indicator.level2))) &&
      r.all.every(has) &&
      (r.any.length === 0 || r.any.some(has)) &&
      !r.not.some(has) &&
      (r.all.length > 0 || r.any.length > 0 || r.level2 !== undefined),
  )?.id;
}
