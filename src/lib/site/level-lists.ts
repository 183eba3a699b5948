/**
 * The lists behind the indicator tree's counts (/indicators/: 满意度指标 · 天津市 19):
 * /indicators/levels/<level>/<scope>/, where level is a level 1 or level 2 of
 * the 2021 framework and scope is a region slug or “all”. A list holds exactly
 * the indicators its count counts (templates' rows included, as in the tree).
 */
import type { Indicator, Level1, Level2, Project } from "../../model/schema.ts";

export const LEVEL1_SLUGS: Readonly<Record<Level1, string>> = {
  成本指标: "cost",
  产出指标: "output",
  效益指标: "effect",
  满意度指标: "satisfaction",
};

export const LEVEL2_SLUGS: Readonly<Record<Level2, string>> = {
  经济成本指标: "cost-economic",
  社会成本指标: "cost-social",
  生态环境成本指标: "cost-environmental",
  数量指标: "output-quantity",
  质量指标: "output-quality",
  时效指标: "output-timeliness",
  经济效益指标: "effect-economic",
  社会效益指标: "effect-social",
  生态效益指标: "effect-ecological",
  可持续影响指标: "effect-sustainable",
  服务对象满意度指标: "satisfaction-service",
  过程管理指标: "output-process",
};

export const ALL_SCOPE = "all";

export type LevelKey = { level1: Level1; level2?: Level2 };

export const levelSlug = (key: LevelKey): string => (key.level2 ? LEVEL2_SLUGS[key.level2] : LEVEL1_SLUGS[key.level1]);
export const levelLabel = (key: LevelKey): string => (key.level2 ? `${key.level1} › ${key.level2}` : key.level1);
export const levelListPath = (key: LevelKey, scope: string): string => `/indicators/levels/${levelSlug(key)}/${scope}/`;

export const inLevel = (key: LevelKey, i: Indicator): boolean =>
  i.level1 === key.level1 && (key.level2 === undefined || i.level2 === key.level2);

/** The entries of a list, in site order (documents by id, records and rows as published). */
export function levelEntries(records: readonly Project[], key: LevelKey): { record: Project; indicator: Indicator }[] {
  return records.flatMap((record) =>
    record.indicators.filter((i) => inLevel(key, i)).map((indicator) => ({ record, indicator })),
  );
}
