/**
 * The search index as data: one record per document page, per record page
 * (project, whole unit, template) and per indicator row, built from the
 * normalized data rather than from the pages' HTML, so navigation, charts and
 * table furniture never reach the index, and a result can land on one
 * indicator's row (/projects/<id>/#<indicatorId>).
 *
 * `content` is the plain text a reader would search for (its first line the
 * title), and every meta value is written into it, so what a result shows is
 * what finds it.
 */
import type { Document, DocumentData, Indicator, Project, Target } from "../../model/schema.ts";
import { describeTarget } from "../../shared/target-words.ts";
import { documentPath, indicatorPath, recordPath } from "../site/paths.ts";
import { regionName } from "../site/regions.ts";
import { DOCUMENT_VALUE, KIND_VALUE, type FilterKey } from "./filters.ts";

export type SearchRecord = {
  url: string;
  content: string;
  meta: Meta;
  filters: Partial<Record<FilterKey, string[]>>;
  /**
   * Names that find the record without being shown: the English names of its
   * topics (content/rules/topics.json) and of its indicator concept
   * (content/rules/concepts.json), so radio finds 无线电管理.
   */
  aliases: string[];
  /** An indicator's number in its unit, for sorting by value within one unit. */
  sortValue?: { value: number; unit: string };
  /**
   * Shown with an indicator result, not searched: the value as the record
   * states it (the value cell with an operator or unit printed in cells of
   * their own, which the content carries as 度量单位 …) and the model's reading.
   */
  value?: { stated: string; reading: string };
};

/** What a result shows besides its excerpt. */
export type Meta = {
  title: string;
  地区: string;
  年度: string;
  /** The record an indicator belongs to, the document a record belongs to. */
  所属?: string;
  /** The published value cell, as printed. */
  指标值?: string;
  /** Budget total as printed, in 万元. */
  预算?: string;
};

/** `id → zh name` of a topic (content/rules/topics.json). */
export type TopicName = (id: string) => string;

/** English names of topics and concepts by id (content/rules/*.json); none where a rule has no English name. */
export type EnglishNames = { topic: (id: string) => string | undefined; concept: (id: string) => string | undefined };

const NO_ENGLISH: EnglishNames = { topic: () => undefined, concept: () => undefined };

export function searchRecords(
  data: readonly DocumentData[],
  topicName: TopicName,
  english: EnglishNames = NO_ENGLISH,
): SearchRecord[] {
  return data.flatMap(({ document, projects }) => [
    documentRecord(document),
    ...projects.flatMap((project) => [
      projectRecord(document, project, topicName, english),
      ...project.indicators.map((indicator) => indicatorRecord(document, project, indicator, topicName, english)),
    ]),
  ]);
}

function defined(values: readonly (string | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === "string" && v !== ""))];
}

const OP_SIGN: Record<NonNullable<Target["op"]>, string> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/**
 * The value as the record states it: the published value cell, with the
 * operator where the table printed it in a cell of its own (指标值类型) or in
 * the indicator name, and the unit where it stood in its own cell (度量单位),
 * the indicator name or the table header.
 */
export function statedValue(target: Target): string {
  let stated = target.cells?.value ?? target.raw;
  if (target.op && target.opSource !== "symbol" && target.opSource !== "word")
    stated = `${OP_SIGN[target.op]}${stated}`;
  const unitCell = target.cells?.unit?.trim();
  const unit = unitCell || (target.unit && target.unit.source !== "value" ? target.unit.raw : undefined);
  if (unit && !stated.includes(unit)) stated = `${stated}${unit}`;
  return stated;
}

function sortValue(target: Target | undefined): SearchRecord["sortValue"] {
  const value = target?.value ?? target?.max ?? target?.min;
  if (!target?.unit || value === undefined) return undefined;
  return { value: value * (target.scale ?? 1), unit: target.unit.normalized };
}

function place(document: Document): Pick<Meta, "地区" | "年度"> {
  return { 地区: regionName(document.region), 年度: String(document.year) };
}

/** Lines of text, empty ones left out. */
function lines(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("\n");
}

/** Where the record sits; last in the content, so excerpts open on what the record says. */
function placeLine(meta: Meta): string {
  return lines(meta.所属, `${meta.地区} ${meta.年度}年`);
}

function documentRecord(document: Document): SearchRecord {
  const meta: Meta = { title: document.title, ...place(document) };
  return {
    url: documentPath(document.id),
    content: lines(meta.title, document.publisher, document.origin, placeLine(meta)),
    meta,
    filters: { 地区: [meta.地区], 年度: [meta.年度], 类型: [DOCUMENT_VALUE] },
    aliases: [],
  };
}

function projectRecord(
  document: Document,
  project: Project,
  topicName: TopicName,
  english: EnglishNames,
): SearchRecord {
  const total = project.budget?.raw.total;
  const meta: Meta = {
    title: project.name,
    ...place(document),
    所属: document.title,
    ...(total ? { 预算: `${total} 万元` } : {}),
  };
  return {
    url: recordPath(project),
    content: lines(
      meta.title,
      project.code,
      project.unit && `${project.unit.code ?? ""} ${project.unit.name}`,
      project.scope?.city,
      project.template && `${project.template.attachment} ${project.template.category}`,
      meta.预算 && `预算 ${meta.预算}`,
      project.purpose,
      ...project.goals,
      ...project.extra.filter((e) => e.value.trim() !== "").map((e) => `${e.label} ${e.value}`),
      // Names and values only: the indicator records carry the rest.
      ...project.indicators.map((i) => lines(indicatorName(i), i.target?.raw).replace(/\n/gu, " ")),
      placeLine(meta),
    ),
    meta,
    filters: { 地区: [meta.地区], 年度: [meta.年度], 类型: [KIND_VALUE[project.kind]], ...topics(project, topicName) },
    aliases: defined(project.topics.map(english.topic)),
  };
}

/** 主题 of a record and its indicators; none where no topic rule matched. */
function topics(project: Project, topicName: TopicName): { 主题?: string[] } {
  return project.topics.length > 0 ? { 主题: project.topics.map(topicName) } : {};
}

/** The 三级指标 name; where the table left it empty, the description stands in. */
function indicatorName(indicator: Indicator): string {
  return indicator.name ?? indicator.description ?? "（原文未填名称）";
}

function indicatorRecord(
  document: Document,
  project: Project,
  indicator: Indicator,
  topicName: TopicName,
  english: EnglishNames,
): SearchRecord {
  const target = indicator.target;
  const meta: Meta = {
    title: indicatorName(indicator),
    ...place(document),
    所属: project.name,
    ...(target ? { 指标值: target.raw } : {}),
  };
  const levels = [indicator.level1, indicator.level2, indicator.level1Raw, indicator.level2Raw];
  return {
    url: indicatorPath(project, indicator.id),
    content: lines(
      meta.title,
      meta.指标值 !== undefined && `指标值 ${meta.指标值}`,
      indicator.target?.cells?.unit && `度量单位 ${indicator.target.cells.unit}`,
      indicator.periodTarget && `项目周期指标值 ${indicator.periodTarget.raw}`,
      indicator.nameUnit,
      indicator.description !== meta.title && indicator.description,
      indicator.group,
      ...(indicator.options ?? []),
      // Canonical and published labels, each once (most tables print the canonical ones).
      [...new Set(levels.filter((l): l is string => !!l))].join(" "),
      placeLine(meta),
    ),
    meta,
    filters: {
      地区: [meta.地区],
      年度: [meta.年度],
      类型: [KIND_VALUE[project.kind]],
      ...(indicator.level1 ? { 一级指标: [indicator.level1] } : {}),
      ...(indicator.level2 ? { 二级指标: [indicator.level2] } : {}),
      ...topics(project, topicName),
    },
    aliases: defined([...project.topics.map(english.topic), indicator.concept && english.concept(indicator.concept)]),
    ...(sortValue(target) ? { sortValue: sortValue(target) } : {}),
    ...(target ? { value: { stated: statedValue(target), reading: describeTarget(target) } } : {}),
  };
}
