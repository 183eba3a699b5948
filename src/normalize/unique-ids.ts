/**
 * Two tables that print the same kind, unit, code, name and scope would get
 * the same id. The later ones get "-2", "-3" … in document order, so every
 * record keeps a page and the ids stay stable while the document does.
 */
import type { Project } from "../model/schema.ts";

export function uniqueIds(projects: readonly Project[]): Project[] {
  const seen = new Map<string, number>();
  return projects.map((p) => {
    const n = (seen.get(p.id) ?? 0) + 1;
    seen.set(p.id, n);
    if (n === 1) return p;
    const id = `${p.id}-${n}`;
    return { ...p, id, indicators: p.indicators.map((i) => ({ ...i, id: id + i.id.slice(p.id.length) })) };
  });
}
