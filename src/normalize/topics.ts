/**
 * Topics for cross-region comparison, assigned by reviewed keyword rules kept
 * as data (content/rules/topics.json). The name decides when it can: a
 * keyword in a goal text is weaker evidence (a 无线电 mention in an unrelated
 * goal must not make a radio project), so context is read only when no rule
 * matches the name.
 */
import type { Project, TopicRule } from "../model/schema.ts";

const hits = (text: string, keywords: readonly string[]) => keywords.some((k) => text.includes(k));

export function assignTopics(
  project: Pick<Project, "name" | "purpose" | "goals">,
  rules: readonly TopicRule[],
): string[] {
  const ordered = [...rules].sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  const byName = ordered.filter((r) => hits(project.name, r.name));
  if (byName.length > 0) return byName.map((r) => r.id);
  const context = [project.purpose ?? "", ...project.goals].join("\n");
  return ordered.filter((r) => r.context.length > 0 && hits(context, r.context)).map((r) => r.id);
}
