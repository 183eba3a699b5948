/**
 * The indicator mix by level-1 for regions side by side: the numbers, and the
 * geometry of one stacked bar per region, computed with d3 at build time so
 * the page ships a plain SVG (see src/lib/site/charts.ts for the conventions).
 */
import { scaleLinear, stack } from "d3";
import { level1 as level1Enum, type Level1 } from "../../model/schema.ts";
import { UNCLASSIFIED } from "../../shared/model-words.ts";
import { CHART, labelAbove, LEVEL1_SERIES, px, textWidth, type LabelLines } from "../site/charts.ts";

/** The four level-1s, then indicators the framework does not place. */
export type MixKey = Level1 | "unclassified";
export const MIX_KEYS: readonly MixKey[] = [...level1Enum.options, "unclassified"];
export const MIX_LABELS: Readonly<Record<MixKey, string>> = {
  成本指标: "成本指标",
  产出指标: "产出指标",
  效益指标: "效益指标",
  满意度指标: "满意度指标",
  unclassified: UNCLASSIFIED,
};
/** The region page's colours for level-1s (Okabe–Ito), black for the unclassified. */
export const MIX_SERIES: Readonly<Record<MixKey, number>> = { ...LEVEL1_SERIES, unclassified: 7 };

export const mixKey = (level1: Level1 | null): MixKey => level1 ?? "unclassified";

/** How many indicators sit under each level 1 (and outside the framework). */
export function mixCounts(indicators: readonly { level1: Level1 | null }[]): Record<MixKey, number> {
  const counts = Object.fromEntries(MIX_KEYS.map((k) => [k, 0])) as Record<MixKey, number>;
  for (const i of indicators) counts[mixKey(i.level1)]++;
  return counts;
}

export type MixRow = { label: string; counts: Record<MixKey, number>; total: number };

/** A share as a whole percent for tables and descriptions ("38%"); "—" of nothing. */
export function share(count: number, total: number): string {
  return total === 0 ? "—" : `${Math.round((count / total) * 100)}%`;
}

export type StackSegment = { key: MixKey; x: number; width: number; series: number };
export type StackBar = {
  lines: LabelLines;
  y: number;
  segments: StackSegment[];
  totalX: number;
  totalY: number;
  total: number;
};
export type Legend = { key: MixKey; x: number; y: number; text: string; series: number };
export type StackLayout = { width: number; height: number; barHeight: number; legend: Legend[]; bars: StackBar[] };

/**
 * One horizontal bar per row, its level-1 counts stacked left to right in
 * MIX_KEYS order, the total printed after the bar; a legend on top names the
 * colours. Only keys some row uses get a legend entry.
 */
export function stackLayout(rows: readonly MixRow[]): StackLayout {
  const { width, fontSize, lineHeight, barHeight, gap, valueGap } = CHART;
  const used = MIX_KEYS.filter((k) => rows.some((r) => r.counts[k] > 0));
  const legend: Legend[] = [];
  let lx = 0;
  let ly = lineHeight - 4;
  for (const key of used) {
    const itemWidth = barHeight + 4 + textWidth(MIX_LABELS[key], fontSize) + 12;
    if (lx > 0 && lx + itemWidth > width) {
      lx = 0;
      ly += lineHeight + 2;
    }
    legend.push({ key, x: px(lx), y: ly, text: MIX_LABELS[key], series: MIX_SERIES[key] });
    lx += itemWidth;
  }
  const valueSpace = Math.max(0, ...rows.map((r) => textWidth(String(r.total), fontSize))) + valueGap;
  const x = scaleLinear()
    .domain([0, Math.max(0, ...rows.map((r) => r.total)) || 1])
    .range([0, width - valueSpace]);
  const series = stack<MixRow, MixKey>()
    .keys(used)
    .value((row, key) => row.counts[key])([...rows]);
  let y = ly + gap;
  const bars = rows.map((row, i) => {
    const { lines, bottom } = labelAbove(row.label, y);
    y = bottom;
    const segments = series.flatMap((s) => {
      const [from, to] = s[i]!;
      return to > from ? [{ key: s.key, x: px(x(from)), width: px(x(to) - x(from)), series: MIX_SERIES[s.key] }] : [];
    });
    const bar: StackBar = {
      lines,
      y: px(y),
      segments,
      totalX: px(x(row.total) + valueGap),
      totalY: px(y + barHeight - 3),
      total: row.total,
    };
    y += barHeight + gap;
    return bar;
  });
  return { width, height: px(Math.max(y - gap, 1)), barHeight, legend, bars };
}
