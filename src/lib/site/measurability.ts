/**
 * Measurability on the site: class shares for any set of records, as chart
 * rows and a sentence, and findings with their records, for region, document,
 * record and topic pages and the method page (/data/measurability/).
 */
import {
  MEASURABILITY_CLASSES,
  MEASURABILITY_WORDS,
  measurabilityCounts,
  percentText,
  recordFindings,
  type MeasurabilityClass,
  type MeasurabilityCounts,
  type MeasurabilityFinding,
} from "../../model/measurability.ts";
import type { Project } from "../../model/schema.ts";

export const MEASURABILITY_PAGE = "/data/measurability/";

/** Okabe–Ito series per class: blue for the measurable end, vermillion for what cannot be read. */
export const CLASS_SERIES: Readonly<Record<MeasurabilityClass, number>> = {
  quantified: 0,
  partial: 5,
  time: 2,
  qualitative: 1,
  empty: 7,
  unparsed: 3,
};

export function countsOf(records: readonly Project[]): MeasurabilityCounts {
  return measurabilityCounts(records.flatMap((r) => (r.kind === "template" ? [] : r.indicators)));
}

/** Bar rows for BarChart: one per class, the count with its share. */
export function classBars(counts: MeasurabilityCounts) {
  return MEASURABILITY_CLASSES.map((c) => ({
    label: MEASURABILITY_WORDS[c].zh,
    value: counts[c],
    display: `${counts[c]} 项（${percentText(counts[c], counts.total)}）`,
    series: CLASS_SERIES[c],
  }));
}

/** “N 项目标中，X 项（p%）量化且有单位和运算符，Y 项（q%）有数值但缺单位或运算符……” */
export function measurabilitySentence(counts: MeasurabilityCounts): string {
  if (counts.total === 0) return "没有填写目标值的指标（申报表模板只列指标）。";
  const t = counts.total;
  const numbers = counts.quantified + counts.partial;
  return (
    `${t} 项目标值中，${counts.quantified} 项（${percentText(counts.quantified, t)}）量化且有单位和运算符；` +
    `连同缺单位或运算符的 ${counts.partial} 项，有数值的共 ${numbers} 项（${percentText(numbers, t)}）；` +
    `时间节点或时长 ${counts.time} 项，只有定性表述 ${counts.qualitative} 项（${percentText(counts.qualitative, t)}）` +
    `${counts.empty > 0 ? `，未填写 ${counts.empty} 项` : ""}${counts.unparsed > 0 ? `，未能解读 ${counts.unparsed} 项` : ""}。`
  );
}

export type SiteFinding = MeasurabilityFinding & { record: Project };

export function findingsOf(records: readonly Project[]): SiteFinding[] {
  return records.flatMap((record) => recordFindings(record).map((f) => ({ ...f, record })));
}
