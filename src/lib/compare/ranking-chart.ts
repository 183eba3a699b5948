/**
 * Geometry of a ranking dot plot (build time, d3 scales): one row per target,
 * highest first; the label (region · indicator) on the left, a mark on a common
 * axis, the value with its operator on the right. The operator is drawn, not
 * only printed: an arrow to the right for ≥ / > (at least), to the left for
 * ≤ / < (at most), a filled dot for =, a hollow dot where none was published,
 * a bar with end caps for a range. Colour is the region (Okabe–Ito), and every
 * row also names its region, so colour never carries meaning alone.
 */
import { scaleLinear } from "d3";
import type { RankedEntry } from "./ranking.ts";
import { px, textWidth, wrapText } from "../site/charts.ts";

export const RANKING_CHART = {
  width: 640,
  fontSize: 13,
  rowHeight: 20,
  labelWidth: 250,
  valueWidth: 96,
  axisHeight: 22,
  arrow: 12,
  /** More rows than this: the highest and lowest half each, the middle counted in a gap row. */
  maxRows: 100,
} as const;

/** Okabe–Ito series (classes .series-N / .stroke-N) in the order regions get them; yellow last, it is faint on white. */
const REGION_SERIES = [0, 1, 2, 3, 4, 5, 7, 6] as const;
export const regionSeries = (regionIndex: number): number => REGION_SERIES[regionIndex % REGION_SERIES.length]!;

export type RankingMark = {
  y: number;
  label: string;
  /** Full label for the SVG <title> when the drawn label is cut. */
  title: string;
  series: number;
  shape: "at-least" | "at-most" | "equal" | "no-operator" | "range";
  cx: number;
  /** Range: the two ends; arrows: the arrow's end. */
  x1: number;
  x2: number;
  value: string;
};

export type RankingLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { x: number; text: string }[];
  marks: RankingMark[];
  /** The gap row standing for the middle rows left out of a long ranking. */
  gap: { y: number; text: string } | null;
};

/** The rows the chart draws: all of them, or the highest and the lowest maxRows/2 of a longer list. */
export function drawnRows<T>(
  rows: readonly T[],
  max: number = RANKING_CHART.maxRows,
): { head: T[]; tail: T[]; hidden: number } {
  if (rows.length <= max) return { head: [...rows], tail: [], hidden: 0 };
  const half = Math.floor(max / 2);
  return { head: rows.slice(0, half), tail: rows.slice(rows.length - half), hidden: rows.length - 2 * half };
}

export function rankingLayout(rows: readonly RankedEntry[], unit: string): RankingLayout {
  const { width, fontSize, rowHeight, labelWidth, valueWidth, axisHeight, arrow } = RANKING_CHART;
  const { head, tail, hidden } = drawnRows(rows);
  const lows = rows.map((r) => r.low);
  const highs = rows.map((r) => r.high);
  let min = Math.min(...lows);
  let max = Math.max(...highs);
  if (min === max) [min, max] = [min - 1, max + 1];
  const plot = { left: labelWidth + 8, right: width - valueWidth - arrow - 4, top: axisHeight, bottom: 0 };
  const x = scaleLinear().domain([min, max]).nice().range([plot.left, plot.right]);
  const format = x.tickFormat(5);
  const suffix = unit === "%" ? "%" : "";
  let y = axisHeight;
  const mark = (r: RankedEntry): RankingMark => {
    const full = `${r.regionName} · ${r.indicator.name ?? "（未写指标名称）"} · ${r.record.name}`;
    const [line] = wrapText(`${r.regionName} · ${r.indicator.name ?? "（未写指标名称）"}`, labelWidth, fontSize, 1);
    const cy = y + rowHeight / 2;
    const cx = px(x(r.high));
    const shape: RankingMark["shape"] = r.isRange
      ? "range"
      : r.op === ">=" || r.op === ">"
        ? "at-least"
        : r.op === "<=" || r.op === "<"
          ? "at-most"
          : r.op === "="
            ? "equal"
            : "no-operator";
    const m: RankingMark = {
      y: px(cy),
      label: line!,
      title: full,
      series: regionSeries(r.regionIndex),
      shape,
      cx,
      x1: shape === "range" ? px(x(r.low)) : shape === "at-most" ? px(cx - arrow) : cx,
      x2: shape === "range" ? cx : shape === "at-least" ? px(cx + arrow) : cx,
      value: r.text,
    };
    y += rowHeight;
    return m;
  };
  const marks = head.map(mark);
  let gap: RankingLayout["gap"] = null;
  if (hidden > 0) {
    gap = { y: px(y + rowHeight / 2 + 4), text: `…… 中间 ${hidden} 项未画出，见下表与下载文件 ……` };
    y += rowHeight;
  }
  marks.push(...tail.map(mark));
  plot.bottom = y;
  return {
    width,
    height: y + 4,
    plot,
    ticks: x.ticks(5).map((t) => ({ x: px(x(t)), text: `${format(t)}${suffix}` })),
    marks,
    gap,
  };
}

/** Width check for tests: the value column is wide enough for the longest printed value. */
export const valueFits = (rows: readonly RankedEntry[]): boolean =>
  rows.every((r) => textWidth(r.text, RANKING_CHART.fontSize) <= RANKING_CHART.valueWidth);
