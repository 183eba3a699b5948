/**
 * A computation over the whole corpus, done once per build: many pages ask
 * for the same answer, and recomputing it per page made the build quadratic
 * (npm run bench). Keyed by the record list, which one build loads once.
 */
import type { Project } from "../../model/schema.ts";

export function perBuild<D extends { projects: readonly Project[] }, T>(compute: (data: D) => T): (data: D) => T {
  const results = new WeakMap<readonly Project[], T>();
  return (data) => {
    if (!results.has(data.projects)) results.set(data.projects, compute(data));
    return results.get(data.projects)!;
  };
}
