/**
 * Weights (备注/分值) of one table add up to 100, or to 90 where the remaining
 * 10 points are the budget-execution rate scored outside the table (财预〔2020〕10号).
 * Any other sum means weights are missing or misprinted.
 */
import { fmt, sum, type Check, type Finding } from "./types.ts";

const COMPLETE = [90, 100];

export const checkWeights: Check = ({ projects }) =>
  projects.flatMap((p): Finding[] => {
    const weights = p.indicators.map((i) => i.weight?.value ?? null);
    if (weights.every((w) => w === null)) return [];
    const total = sum(weights);
    if (COMPLETE.some((c) => Math.abs(c - total) < 1e-9)) return [];
    const without = weights.filter((w) => w === null).length;
    const note = without > 0 ? `; ${without} of ${weights.length} indicators print no weight` : "";
    return [
      {
        code: "weightsIncomplete",
        project: p.id,
        line: p.source.lines[0],
        detail: `weights add up to ${fmt(total)}, not 90 or 100${note}`,
      },
    ];
  });
