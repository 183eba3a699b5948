/**
 * A project code printed on more than one table is one project split over
 * budget units (Qingdao's 无线电管理经费 for 本级 and 监测站). Both records stay;
 * each says so.
 */
import type { Project } from "../model/schema.ts";

export function flagSharedCodes(projects: readonly Project[]): Project[] {
  const counts = new Map<string, number>();
  for (const p of projects) if (p.code) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  return projects.map((p) =>
    p.code && counts.get(p.code)! > 1 && !p.flags.includes("sharedProjectCode")
      ? { ...p, flags: [...p.flags, "sharedProjectCode"] }
      : p,
  );
}
