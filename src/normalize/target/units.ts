/**
 * Units a target value may carry, as data: the spelling printed → one spelling
 * and a dimension. Review the tables, not the code: a unit missing here leaves
 * its values unparsed (or, for a single unknown character, dimension "unknown").
 */
import type { FlagCode, TargetUnit } from "../../model/schema.ts";

type Dimension = TargetUnit["dimension"];
type DurationUnit = "hour" | "day" | "week" | "month" | "quarter" | "year";

export type UnitEntry = {
  normalized: string;
  dimension: Dimension;
  /** For time units: the length it measures. 月 has none: "12月" is a month of the year, not 12 months. */
  duration?: DurationUnit;
  flag?: FlagCode;
};

/** Spellings of one dimension; "Ghz→GHz" reads Ghz and writes GHz. */
const entries = (dimension: Dimension, spellings: readonly string[]) =>
  spellings.map((spelling): [string, UnitEntry] => {
    const [raw = spelling, normalized = raw] = spelling.split("→");
    return [raw, { normalized, dimension }];
  });

const COUNT = entries("count", [
  "次",
  "个",
  "家",
  "人",
  "人次",
  "家次",
  "户次",
  "个次",
  "场",
  "场次",
  "期",
  "项",
  "间",
  "种",
  "辆",
  "台",
  "套",
  "件",
  "篇",
  "批",
  "户",
  "倍",
  "份",
  "起",
  "条",
  "名",
  "所",
  "座",
  "部",
  "本",
  "张",
  "门",
  "处",
]);

const MONEY = entries("money", ["元", "千元", "万元", "亿元"]);
const MASS = entries("mass", ["吨", "千克", "公斤", "克", "毫克"]);
/** Energy, power, length, area and volume: the schema has no dimension for them yet. */
const OTHER = entries("unknown", ["千瓦时", "千瓦", "米", "千米", "公里", "百千米", "平方米", "立方米", "升"]);

const TIME: [string, UnitEntry][] = [
  ["小时", { normalized: "小时", dimension: "time", duration: "hour" }],
  ["天", { normalized: "天", dimension: "time", duration: "day" }],
  ["日", { normalized: "日", dimension: "time", duration: "day" }],
  ["周", { normalized: "周", dimension: "time", duration: "week" }],
  ["个月", { normalized: "个月", dimension: "time", duration: "month" }],
  ["月", { normalized: "月", dimension: "time" }],
  ["季度", { normalized: "季度", dimension: "time", duration: "quarter" }],
  ["个季度", { normalized: "季度", dimension: "time", duration: "quarter" }],
  ["年", { normalized: "年", dimension: "time", duration: "year" }],
];

const PERCENT: [string, UnitEntry][] = [
  ["%", { normalized: "%", dimension: "percent" }],
  ["％", { normalized: "%", dimension: "percent" }],
  ["百分号", { normalized: "%", dimension: "percent", flag: "percentWord" }],
  ["百分比", { normalized: "%", dimension: "percent", flag: "percentWord" }],
];

const HERTZ = entries("frequency-hz", ["GHz", "Ghz→GHz", "MHz", "Mhz→MHz", "kHz", "KHz→kHz", "Hz"]);

/** A Map, not an object: a value like "1constructor" must not find Object.prototype. */
const UNITS: ReadonlyMap<string, UnitEntry> = new Map([
  ...PERCENT,
  ...MONEY,
  ...COUNT,
  ...MASS,
  ...TIME,
  ...HERTZ,
  ...OTHER,
]);

/**
 * Single characters that follow a number without being a unit: numerals and
 * magnitudes (5千, 3两), approximations (20余, 5多), positions (5上, 3内).
 * Never taken as an unknown unit, so "2000余家" stays unparsed.
 */
const NOT_A_UNIT = new Set(
  "〇零一二三四五六七八九十百千万亿两余多约近超逾左右上下内外前后底末初中以及至到或和每共全整半第".split(""),
);

/** 万/亿 before a unit that is not money: 8.5万家次, ≥5万吨. */
const MAGNITUDES: ReadonlyMap<string, 10000 | 100000000> = new Map([
  ["万", 10000],
  ["亿", 100000000],
]);
const SCALABLE: ReadonlySet<Dimension> = new Set(["count", "mass", "unknown"]);

/** A unit of the tables, or two of them joined by / or | (万元/辆, 万元|家, 毫克/公斤). */
export function knownUnit(raw: string): UnitEntry | null {
  return UNITS.get(raw) ?? compoundUnit(raw);
}

/** A unit printed in a value cell: a known unit, else one unknown character or a Latin word (dimension "unknown"). */
function valueUnit(raw: string): UnitEntry | null {
  return knownUnit(raw) ?? unknownUnit(raw);
}

function unknownUnit(raw: string): UnitEntry | null {
  const han = /^\p{Script=Han}$/u.test(raw) && !NOT_A_UNIT.has(raw);
  return han || /^[A-Z]{1,8}$/i.test(raw) ? { normalized: raw, dimension: "unknown" } : null;
}

/**
 * "/" and "|" both mean "per". A time unit may only follow the separator
 * (次/月): as the first part it is the 月|日 date picker, which is not a unit.
 */
function compoundUnit(raw: string): UnitEntry | null {
  const parts = raw.split(/[/|／｜]/);
  if (parts.length !== 2) return null;
  const [per, of] = parts.map((p) => UNITS.get(p) ?? null);
  if (!per || !of || per.dimension === "time") return null;
  const entry: UnitEntry = {
    normalized: `${per.normalized}/${of.normalized}`,
    dimension: per.dimension === "mass" && of.dimension === "mass" ? "concentration" : "rate",
  };
  const flag = per.flag ?? of.flag;
  return flag ? { ...entry, flag } : entry;
}

/** What follows a number: nothing, a unit, or a magnitude before a countable unit. */
export type Suffix = { unit?: { raw: string; entry: UnitEntry }; scale?: 10000 | 100000000 };

export function readSuffix(text: string): Suffix | null {
  if (text === "") return {};
  const entry = valueUnit(text);
  if (entry) return { unit: { raw: text, entry } };
  const scale = MAGNITUDES.get(text.charAt(0));
  const rest = text.slice(1);
  const scaled = scale === undefined || rest === "" ? null : valueUnit(rest);
  return scaled && SCALABLE.has(scaled.dimension) ? { unit: { raw: rest, entry: scaled }, scale } : null;
}

export function unitField(raw: string, entry: UnitEntry, source: TargetUnit["source"]): TargetUnit {
  return { raw, normalized: entry.normalized, dimension: entry.dimension, source };
}
