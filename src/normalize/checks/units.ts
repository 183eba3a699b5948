/**
 * Values whose unit contradicts what the indicator measures, by the words of
 * its name: a rate (…率, 满意度) in 次 or 万元, a count (…次数, …数量) in %,
 * a cost (…成本, …经费) in % or 次. (A percentage above 100 is a property of
 * the value alone: the target grammar flags it, percentOver100.)
 */
import type { Indicator, TargetUnit } from "../../model/schema.ts";
import { compactLabel } from "../levels.ts";
import type { Check, Finding } from "./types.ts";

type Dimension = TargetUnit["dimension"];

const EXPECTED: [RegExp, Dimension][] = [
  [/(?:率|满意度)$/u, "percent"],
  [/(?:次数|数量|个数|人数|人次|篇数|件数|场次|户数|家数)$/u, "count"],
  [/(?:成本|费用|经费|资金|支出|金额|投入)$/u, "money"],
];

/** Units that contradict each expectation (time, mass … are left alone: a rate "in 月" is caught, a cost in 月 is odd but not read). */
const CONTRADICTS: Record<string, Dimension[]> = {
  percent: ["count", "money", "time"],
  count: ["percent", "money"],
  money: ["percent", "count"],
};

function expected(indicator: Indicator): Dimension | null {
  const name = compactLabel(indicator.name ?? "");
  return EXPECTED.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

export const checkUnits: Check = ({ projects }) =>
  projects.flatMap((p) =>
    p.indicators.flatMap((i): Finding[] => {
      const t = i.target;
      const dimension = t?.unit?.dimension;
      if (!t || !dimension) return [];
      const want = expected(i);
      if (!want || !CONTRADICTS[want]?.includes(dimension)) return [];
      return [
        {
          code: "unitMismatch",
          project: p.id,
          indicator: i.id,
          line: i.source.line,
          detail: `${i.name}: ${t.raw}${t.cells?.unit ? ` | ${t.cells.unit}` : ""} is ${dimension}, the name asks for ${want}`,
        },
      ];
    }),
  );
