/**
 * Indicator view models: grouping by the canonical levels, which table columns
 * carry anything, and level counts for the indicator tree.
 */
import { LEVEL2_PARENT } from "../../shared/levels.ts";
import { level1 as level1Enum, level2 as level2Enum } from "../../model/schema.ts";
import type { FlagCode, Indicator, Level1, Level2 } from "../../model/schema.ts";
import { NO_LEVEL2, SECTION, UNCLASSIFIED } from "./labels.ts";

const LEVEL1_ORDER: readonly Level1[] = level1Enum.options;
const LEVEL2_ORDER: readonly Level2[] = level2Enum.options;
const SECTION_ORDER = ["common", "specific"] as const;

/** Position in an ordered list; absent values (null, undefined) sort last. */
function rank<T>(order: readonly T[], value: T | null | undefined): number {
  const i = value === null || value === undefined ? -1 : order.indexOf(value);
  return i === -1 ? order.length : i;
}

export type IndicatorGroup = {
  key: string;
  section: Indicator["section"];
  level1: Level1 | null;
  level2: Level2 | null;
  heading: string;
  indicators: Indicator[];
};

/** Heading of a level group; a missing canonical level says so rather than inventing one. */
export function levelHeading(level1: Level1 | null, level2: Level2 | null): string {
  if (!level1) return "未归入 2021 年指标框架";
  return level2 ? `${level1} › ${level2}` : `${level1} › ${NO_LEVEL2}`;
}

/**
 * Indicators grouped by (template section,) level 1 and level 2 in the order of
 * the 2021 framework; within a group the published row order is kept.
 */
export function groupIndicators(indicators: readonly Indicator[]): IndicatorGroup[] {
  const groups = new Map<string, IndicatorGroup>();
  for (const indicator of indicators) {
    const key = [indicator.section ?? "", indicator.level1 ?? "", indicator.level2 ?? ""].join("/");
    let group = groups.get(key);
    if (!group) {
      const levels = levelHeading(indicator.level1, indicator.level2);
      group = {
        key,
        section: indicator.section,
        level1: indicator.level1,
        level2: indicator.level2,
        heading: indicator.section ? `${SECTION[indicator.section]} · ${levels}` : levels,
        indicators: [],
      };
      groups.set(key, group);
    }
    group.indicators.push(indicator);
  }
  return [...groups.values()].sort(
    (a, b) =>
      rank(SECTION_ORDER, a.section) - rank(SECTION_ORDER, b.section) ||
      rank(LEVEL1_ORDER, a.level1) - rank(LEVEL1_ORDER, b.level1) ||
      rank(LEVEL2_ORDER, a.level2) - rank(LEVEL2_ORDER, b.level2),
  );
}

/** A level label without spacing or the 指标 suffix: 经济效益 and 经济效益指标 say the same. */
const levelWords = (label: string) => label.replace(/\s+/gu, "").replace(/指标$/u, "");

/**
 * The levels as printed, when their words differ from the canonical ones (TJ's
 * 产出指标 › 成本指标, JS's 可持续发展). A level the table left out is not a
 * difference: the levelInferred flag says that.
 */
export function publishedLevels(indicator: Indicator): string | null {
  const pairs = [
    [indicator.level1Raw, indicator.level1],
    [indicator.level2Raw, indicator.level2],
  ] as const;
  const differs = pairs.some(
    ([raw, canonical]) => raw !== null && raw !== "" && levelWords(raw) !== levelWords(canonical ?? ""),
  );
  if (!differs) return null;
  return pairs
    .map(([raw]) => raw)
    .filter((raw): raw is string => raw !== null && raw !== "")
    .join(" › ");
}

/** Every flag on an indicator and its target values, each once, in the order they apply. */
export function indicatorFlags(indicator: Indicator): FlagCode[] {
  return [
    ...new Set([...indicator.flags, ...(indicator.target?.flags ?? []), ...(indicator.periodTarget?.flags ?? [])]),
  ];
}

export type IndicatorColumns = {
  description: boolean;
  target: boolean;
  periodTarget: boolean;
  basis: boolean;
  scoring: boolean;
  weight: boolean;
  flags: boolean;
};

/**
 * Columns that hold anything for this set of indicators. A column no row fills
 * is left out (and named as "not published") so narrow screens are not spent on blanks.
 */
export function indicatorColumns(indicators: readonly Indicator[]): IndicatorColumns {
  const any = (test: (i: Indicator) => boolean) => indicators.some(test);
  return {
    description: any((i) => i.description !== null && i.description !== ""),
    target: any((i) => i.target !== undefined),
    periodTarget: any((i) => i.periodTarget !== undefined),
    basis: any((i) => i.basis !== null),
    scoring: any((i) => i.scoring !== null && i.scoring !== ""),
    weight: any((i) => i.weight !== null),
    flags: any((i) => indicatorFlags(i).length > 0),
  };
}

export type LevelTree = {
  level1: Level1;
  count: number;
  children: { level2: Level2; count: number }[];
  /** Indicators with this level 1 but no level 2. */
  withoutLevel2: number;
}[];

export type LevelCounts = {
  tree: LevelTree;
  /** Indicators outside the framework, by their published labels. */
  unclassified: { label: string; count: number }[];
  total: number;
};

/** The whole canonical tree (zero counts included) with how many indicators sit at each node. */
export function levelCounts(indicators: readonly Indicator[]): LevelCounts {
  const tree: LevelTree = LEVEL1_ORDER.map((level1) => ({
    level1,
    count: 0,
    children: LEVEL2_ORDER.filter((level2) => LEVEL2_PARENT[level2] === level1).map((level2) => ({ level2, count: 0 })),
    withoutLevel2: 0,
  }));
  const unclassified = new Map<string, number>();
  for (const indicator of indicators) {
    const node = tree.find((n) => n.level1 === indicator.level1);
    if (!node) {
      const label = [indicator.level1Raw, indicator.level2Raw].filter(Boolean).join(" › ") || "（原文未标层级）";
      unclassified.set(label, (unclassified.get(label) ?? 0) + 1);
      continue;
    }
    node.count++;
    const child = node.children.find((c) => c.level2 === indicator.level2);
    if (child) child.count++;
    else node.withoutLevel2++;
  }
  return {
    tree,
    unclassified: [...unclassified].map(([label, count]) => ({ label, count })),
    total: indicators.length,
  };
}

/** One bar per level-2 node that has indicators (then level-1s without a level 2, then unclassified labels). */
export function levelBars(counts: LevelCounts): { label: string; value: number; level1: Level1 | null }[] {
  const short = (level1: Level1) => level1.replace(/指标$/u, "");
  return [
    ...counts.tree.flatMap((node) => [
      ...node.children
        .filter((c) => c.count > 0)
        .map((c) => ({ label: `${short(node.level1)} · ${c.level2}`, value: c.count, level1: node.level1 })),
      ...(node.withoutLevel2 > 0
        ? [{ label: `${short(node.level1)} · ${NO_LEVEL2}`, value: node.withoutLevel2, level1: node.level1 }]
        : []),
    ]),
    ...counts.unclassified.map((u) => ({ label: `${UNCLASSIFIED}：${u.label}`, value: u.count, level1: null })),
  ];
}
