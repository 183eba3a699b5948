/**
 * A reading in plain Chinese words, for the site ("不低于 90%", "2024 年 12 月 31 日前").
 * Only what the reading holds is said: a bare number gets no comparison word,
 * a bare 万 stays "80 万" (never "80 万元"), an unparsed value sends the reader
 * to the published text.
 */
import type { Target } from "../model/schema.ts";
import { DIRECTION_WORDS, DURATION_WORDS, INTENSITY_WORDS, PER_WORDS } from "./model-words.ts";

type Comparison = NonNullable<Target["op"]>;
type Qualitative = NonNullable<Target["qualitative"]>;

/** For levels (rates, money, scores): 不低于 90%, 不高于 170 万元. */
const LEVEL_WORDS: Record<Comparison, string> = {
  ">=": "不低于",
  "<=": "不高于",
  "=": "等于",
  ">": "高于",
  "<": "低于",
};
/** For things counted or timed: 不少于 130 次, 不超过 7 天. */
const AMOUNT_WORDS: Record<Comparison, string> = {
  ">=": "不少于",
  "<=": "不超过",
  "=": "等于",
  ">": "多于",
  "<": "少于",
};

const SCALE_WORDS = { 10000: "万", 100000000: "亿" } as const;
const UNREAD = "未解读（见原文）";

export function describeTarget(t: Target): string {
  switch (t.kind) {
    case "quantity":
      return withOpWord(t, `${printed(t, t.value!)}${unitText(t)}`);
    case "range":
      return `${printed(t, t.min!)} 至 ${printed(t, t.max!)}${unitText(t)}`;
    case "deadline":
      return t.deadline ? deadlineText(t.deadline) : UNREAD;
    case "duration":
      return t.duration ? withOpWord(t, durationText(t.duration)) : UNREAD;
    case "frequency":
      return t.frequency ? frequencyText(t, t.frequency) : UNREAD;
    case "qualitative":
      return t.qualitative ? qualitativeText(t.qualitative) : UNREAD;
    case "empty":
      return "未填写";
    case "unparsed":
      return UNREAD;
  }
}

const counted = (t: Target) => t.kind !== "quantity" || t.unit?.dimension === "count" || t.unit?.dimension === "mass";
const opWord = (t: Target, op: Comparison) => (counted(t) ? AMOUNT_WORDS : LEVEL_WORDS)[op];
/**
 * A number as the source printed it ("99.50", not "99.5"): journalists quote
 * the reading, so it must not drop the published decimals.
 */
function printed(t: Target, n: number): string {
  const source = [t.raw, t.cells?.value ?? ""].join(" ");
  return source.match(/\d+(?:\.\d+)?/gu)?.find((token) => Number(token) === n) ?? String(n);
}

const withOpWord = (t: Target, amount: string) => (t.op ? `${opWord(t, t.op)} ${amount}` : amount);

/** " 万家次", "%" (glued, as Chinese prints it), " 万" for a bare 万, "" for none. */
function unitText(t: Target): string {
  const scale = t.scale === undefined ? "" : SCALE_WORDS[t.scale];
  const unit = t.unit?.normalized ?? "";
  if (unit === "%") return "%";
  const text = `${scale}${unit}`;
  return text === "" ? "" : ` ${text}`;
}

function deadlineText(d: NonNullable<Target["deadline"]>): string {
  const [year, month, day] = d.end.split("-").map(Number);
  if (d.relation === "by") return `${year} 年 ${month} 月 ${day} 日前`;
  if (d.half !== undefined) return `${year} 年${d.half === 1 ? "上" : "下"}半年内`;
  if (d.month !== undefined) return `${year} 年 ${month} 月内`;
  return `${year} 年内`;
}

function durationText(d: NonNullable<Target["duration"]>): string {
  const span = `${d.amount} ${DURATION_WORDS[d.unit]}`;
  return d.from && d.to ? `${span}（${monthText(d.from)}至 ${monthText(d.to)}）` : span;
}

/** "2020-11" → "2020 年 11 月". */
const monthText = (yearMonth: string) => {
  const [year, month] = yearMonth.split("-").map(Number);
  return `${year} 年 ${month} 月`;
};

function frequencyText(t: Target, f: NonNullable<Target["frequency"]>): string {
  const per = `每${PER_WORDS[f.per]}`;
  if (f.count === undefined) return per;
  const count = `${f.count}${f.unit ? ` ${f.unit}` : ""}`;
  return t.op ? `${per}${AMOUNT_WORDS[t.op]} ${count}` : `${per} ${count}`;
}

function qualitativeText(q: Qualitative): string {
  const intensity = q.intensity ? `（${INTENSITY_WORDS[q.intensity]}）` : "";
  switch (q.direction) {
    case "increase":
    case "decrease":
    case "maintain":
      return `方向：${DIRECTION_WORDS[q.direction]}${intensity}`;
    case "achieve":
      return `达成：是${intensity}`;
    case "zero":
      return "零发生/无";
    case "grade":
      return `等级：${q.term}`;
    case null:
      return `定性：${q.term}`;
  }
}
