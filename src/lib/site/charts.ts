/**
 * Chart geometry, computed with d3 at build time so pages ship plain SVG that
 * prints and reads without JavaScript. Components only draw what these return.
 *
 * Text cannot be measured during the build, so label widths are estimated:
 * a CJK or full-width character is 1em, anything else about 0.6em.
 */
import { scaleBand, scaleLinear } from "d3";
import type { Level1 } from "../../model/schema.ts";

export const CHART = {
  /* Design width in px; the stylesheet caps the drawing at this size. */
  width: 400,
  fontSize: 14,
  lineHeight: 18,
  barHeight: 16,
  gap: 12,
  valueGap: 6,
  columnHeight: 240,
} as const;

/**
 * Colour series (CSS classes .series-N in the site stylesheet, Okabe–Ito colours,
 * distinguishable with the common colour-vision deficiencies). Every chart also
 * prints its labels and numbers, so colour never carries meaning alone.
 */
export const LEVEL1_SERIES: Readonly<Record<Level1, number>> = {
  产出指标: 0,
  效益指标: 2,
  成本指标: 3,
  满意度指标: 4,
};

/** Coordinates to 0.1 px: plenty for a drawing, and keeps the HTML small. */
export const px = (n: number): number => Math.round(n * 10) / 10;

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : 0.6;
  return ems * fontSize;
}

/** Break a label into lines that fit `maxWidth`; past `maxLines` the last line ends in “…”. */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (line !== "" && textWidth(line + ch, fontSize) > maxWidth) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last !== "" && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join("");
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/** A label's lines, each with the y of its baseline. */
export type LabelLines = { text: string; y: number }[];

/**
 * A bar's label set on its own lines (two at most) above the bar, starting at
 * `top`, so long Chinese names need no left margin; `bottom` is where the bar
 * goes. Shared by the plain and the stacked bars so both read alike.
 */
export function labelAbove(label: string, top: number): { lines: LabelLines; bottom: number } {
  const { width, fontSize, lineHeight } = CHART;
  const text = wrapText(label, width, fontSize, 2);
  return {
    lines: text.map((t, i) => ({ text: t, y: px(top + (i + 1) * lineHeight - 4) })),
    bottom: top + text.length * lineHeight + 2,
  };
}

export type BarInput = { label: string; value: number; display: string; series?: number };

export type BarMark = {
  label: string;
  lines: LabelLines;
  y: number;
  width: number;
  valueX: number;
  valueY: number;
  display: string;
  series: number;
};

export type BarLayout = { width: number; height: number; barHeight: number; marks: BarMark[] };

/**
 * Horizontal bars, each label on its own lines above its bar so long Chinese
 * names need no left margin; the printed value follows the bar's end.
 */
export function barLayout(rows: readonly BarInput[]): BarLayout {
  const { width, fontSize, barHeight, gap, valueGap } = CHART;
  if (rows.some((r) => !(r.value >= 0))) throw new Error("bar values must be numbers ≥ 0");
  const valueSpace = Math.max(0, ...rows.map((r) => textWidth(r.display, fontSize))) + valueGap;
  const x = scaleLinear()
    .domain([0, Math.max(0, ...rows.map((r) => r.value)) || 1])
    .range([0, width - valueSpace]);
  let y = 0;
  const marks = rows.map((row) => {
    const { lines, bottom } = labelAbove(row.label, y);
    y = bottom;
    const barWidth = row.value > 0 ? px(Math.max(1, x(row.value))) : 0;
    const mark: BarMark = {
      label: row.label,
      lines,
      y,
      width: barWidth,
      valueX: px(barWidth + valueGap),
      valueY: y + barHeight - 3,
      display: row.display,
      series: row.series ?? 0,
    };
    y += barHeight + gap;
    return mark;
  });
  return { width, height: Math.max(y - gap, 1), barHeight, marks };
}

export type ColumnInput = { label: string; value: number | null; display: string };
export type Reference = { value: number; label: string };

export type ColumnMark = {
  label: string[];
  x: number;
  width: number;
  y: number;
  height: number;
  value: number | null;
  display: string;
  center: number;
};

export type ColumnLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  ticks: { y: number; text: string }[];
  columns: ColumnMark[];
  reference: { y: number; label: string } | null;
  labelLineHeight: number;
};

/**
 * Vertical columns over ordered periods (the spending plan's running totals),
 * with an optional reference line such as the budget the plan should reach.
 * A blank cell gets no column, only its "空白" label.
 */
export function columnLayout(inputs: readonly ColumnInput[], reference: Reference | null = null): ColumnLayout {
  const { width, fontSize, lineHeight, columnHeight } = CHART;
  const values = inputs.flatMap((c) => (c.value === null ? [] : [c.value]));
  if (values.some((v) => !(v >= 0))) throw new Error("column values must be numbers ≥ 0");
  const y = scaleLinear()
    .domain([0, Math.max(0, ...values, reference?.value ?? 0) || 1])
    .nice();
  const format = y.tickFormat(4);
  const tickValues = y.ticks(4);
  const left = px(Math.max(...tickValues.map((t) => textWidth(format(t), fontSize - 2))) + 10);
  const top = lineHeight + 4;
  const plot = { left, right: width - 8, top, bottom: top + columnHeight };
  y.range([plot.bottom, plot.top]);
  const x = scaleBand<number>()
    .domain(inputs.map((_, i) => i))
    .range([plot.left, plot.right])
    .padding(0.3);
  const labelWidth = x.step();
  const columns = inputs.map((c, i) => {
    const top = c.value === null ? plot.bottom : px(y(c.value));
    return {
      label: wrapText(c.label, labelWidth, fontSize, 2),
      x: px(x(i)!),
      width: px(x.bandwidth()),
      y: top,
      height: px(plot.bottom - top),
      value: c.value,
      display: c.value === null ? "空白" : c.display,
      center: px(x(i)! + x.bandwidth() / 2),
    };
  });
  const maxLines = Math.max(1, ...columns.map((c) => c.label.length));
  return {
    width,
    height: plot.bottom + 8 + maxLines * lineHeight,
    plot,
    ticks: tickValues.map((t) => ({ y: px(y(t)), text: format(t) })),
    columns,
    reference: reference ? { y: px(y(reference.value)), label: reference.label } : null,
    labelLineHeight: lineHeight,
  };
}

/** The largest and the smallest row, for a chart's one-sentence description. */
export function extremes<T extends { value: number }>(rows: readonly T[]): { largest: T; smallest: T } | null {
  if (rows.length === 0) return null;
  let largest = rows[0]!;
  let smallest = rows[0]!;
  for (const row of rows) {
    if (row.value > largest.value) largest = row;
    if (row.value < smallest.value) smallest = row;
  }
  return { largest, smallest };
}
