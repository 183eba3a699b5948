/**
 * Properties of the target grammar over arbitrary input: it never throws,
 * always returns a valid Target, and never invents a number or an operator.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { level1, level2, target, type Target } from "../../src/model/schema.ts";
import { foldText } from "../../src/normalize/text/fold.ts";
import { parseSplitTarget, parseTarget, type TargetContext } from "../../src/normalize/target/index.ts";

/** Pieces of real values, so that random strings also walk the grammar's paths, not only its exits. */
const TOKENS = [
  "≥",
  "≤",
  "≧",
  "≦",
  ">",
  "<",
  "=",
  ">=",
  "＞",
  "至少",
  "不少于",
  "不超过",
  "以上",
  "以下",
  "以内",
  "0",
  "1",
  "5",
  "12",
  "05",
  "30",
  "90",
  "100",
  "120",
  "170",
  "2023",
  "2024",
  "8.5",
  "4.5",
  "12.05",
  ".",
  "-",
  "~",
  "至",
  "%",
  "％",
  "百分号",
  "百分比",
  "万",
  "亿",
  "元",
  "万元",
  "亿元",
  "次",
  "个",
  "家次",
  "吨",
  "间",
  "GHz",
  "Ghz",
  "届",
  "余",
  "万元/辆",
  "万元|家",
  "毫克/公斤",
  "/",
  "|",
  "月|日",
  "年",
  "月",
  "月份",
  "日",
  "天",
  "小时",
  "个月",
  "季度",
  "底前",
  "上半年",
  "（",
  "）",
  "(",
  ")",
  "按",
  "每",
  "提升",
  "显著提升",
  "降低",
  "是",
  "否",
  "无",
  "满意度",
  "良好",
  "定性",
  "定量",
  " ",
  "\u3000",
  "\n",
  "。",
  "，",
  "1.",
  "2.",
  "constructor",
  "__proto__",
];

const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((parts) => parts.join(""));
const maybe = (...options: string[]) => fc.constantFrom("", ...options);
const digits = fc.oneof(fc.nat({ max: 3000 }).map(String), fc.stringMatching(/^\d{1,20}(\.\d{1,8})?$/));
/** Values shaped like the grammar: [sign] number [-number] [magnitude] [unit] [word], with stray spaces. */
const shapedText = fc
  .tuple(
    maybe("≥", "≤", "<", "=", "至少"),
    maybe(" "),
    digits,
    maybe("-5", "-40", "年", "年12月", "年底前", "年上半年", ".05"),
    maybe("万", "亿"),
    maybe("%", "百分比", "次", "万元", "吨", "月", "月份", "个月", "天", "月|日", "毫克/公斤", "届"),
    maybe("以上", "以内", "。"),
  )
  .map((parts) => parts.join(""));
const anyText = fc.oneof(
  tokenText,
  shapedText,
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("提", "升", "万", "元", "年", "月", "次", "≥", "1", "9", ".", " ") }),
  fc.string({ minLength: 2000, maxLength: 6000 }),
);

const context: fc.Arbitrary<TargetContext> = fc.record({
  documentYear: fc.oneof(fc.integer({ min: 1990, max: 2100 }), fc.integer()),
  level1: fc.option(fc.constantFrom(...level1.options)),
  level2: fc.option(fc.constantFrom(...level2.options)),
  name: fc.option(
    fc.oneof(
      anyText,
      fc.constantFrom("服务对象满意度≥", "企业满意度", "工艺美术展览展示活动（次）", "收入（万元）", "满意度（%）≤"),
    ),
  ),
  tableUnit: fc.option(fc.constantFrom("万元", "元")),
});

const RUNS = { numRuns: 2000 };

/** Every number a text prints (full-width digits too: the grammar reads folded text), read both as decimals (8.5) and as digit runs (12 and 05 of 12.05). */
function printedNumbers(...printed: (string | null | undefined)[]): Set<number> {
  const numbers = new Set<number>();
  for (const text of printed.map((t) => (t == null ? t : foldText(t)))) {
    for (const m of (text ?? "").matchAll(/\d+(?:\.\d+)?/gu)) numbers.add(Number(m[0]));
    for (const m of (text ?? "").matchAll(/\d+/gu)) numbers.add(Number(m[0]));
  }
  return numbers;
}

/** The numbers a reading asserts; a year from the document's context is not one the value printed. */
function readNumbers(t: Target): number[] {
  const d = t.deadline;
  return [
    t.value,
    t.min,
    t.max,
    t.duration?.amount,
    t.frequency?.count,
    d?.yearSource === "value" ? d.year : undefined,
    d?.month,
    d?.day,
  ].filter((n): n is number => n !== undefined);
}

const OPERATOR_TEXT = /[≥≤≧≦><=＞＜＝]|至少|不少于|不低于|不超过|不高于|以上|以下|以内/;

/** Shared invariants of any Target the grammar returns. */
function checkTarget(
  t: Target,
  raw: string,
  printed: Set<number>,
  operatorSources: (string | null | undefined)[],
): void {
  expect(target.parse(t)).toEqual(t);
  expect(t.raw).toBe(raw.trim());
  for (const n of readNumbers(t)) expect(printed.has(n), `${n} is printed in ${JSON.stringify(raw)}`).toBe(true);
  if (t.op !== undefined) expect(operatorSources.some((s) => OPERATOR_TEXT.test(s ?? ""))).toBe(true);
  if (t.kind === "unparsed" || t.kind === "empty") {
    for (const key of [
      "op",
      "opSource",
      "value",
      "min",
      "max",
      "unit",
      "scale",
      "deadline",
      "duration",
      "frequency",
      "qualitative",
    ] as const) {
      expect(t[key]).toBeUndefined();
    }
  }
  if (t.kind === "empty") expect(t.raw).toBe("");
}

describe("parseTarget over arbitrary text", () => {
  it("never throws, returns a valid Target, and reads only what is printed", () => {
    fc.assert(
      fc.property(anyText, context, (raw, ctx) => {
        const t = parseTarget(raw, ctx);
        checkTarget(t, raw, printedNumbers(raw), [raw, ctx.name]);
      }),
      RUNS,
    );
  });

  it("takes 万元 from the table header only under 成本指标 in a 万元 table", () => {
    let fromHeader = 0;
    // Bare 万 amounts (≤170万) too: arbitrary text almost never meets the header rule, and the property would prove nothing.
    const raws = fc.oneof(
      anyText,
      fc.integer({ min: 0, max: 100000 }).map((n) => `≤${n}万`),
    );
    fc.assert(
      fc.property(raws, context, (raw, ctx) => {
        const t = parseTarget(raw, ctx);
        if (t.unit?.source !== "tableHeader") return;
        fromHeader++;
        expect([ctx.level1, ctx.tableUnit]).toEqual(["成本指标", "万元"]);
      }),
      RUNS,
    );
    expect(fromHeader).toBeGreaterThan(0);
  });

  it("never puts 万元 on a bare 万 without the header rule", () => {
    const checked = { header: 0, bare: 0 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), context, (n, ctx) => {
        const t = parseTarget(`≥${n}万`, ctx);
        const header = ctx.level1 === "成本指标" && ctx.tableUnit === "万元";
        // A name whose sign contradicts ≥ (满意度（%）≤) leaves the value unparsed; nothing to check then.
        if (t.kind === "unparsed") return;
        checked[header ? "header" : "bare"]++;
        expect(t.unit?.normalized === "万元").toBe(header);
        expect(t.scale === 10000).toBe(!header);
      }),
      RUNS,
    );
    // Both sides of the rule were met, not skipped as unparsed.
    expect(checked.header).toBeGreaterThan(0);
    expect(checked.bare).toBeGreaterThan(0);
  });

  it("reads any printed decimal back exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 99 }), (whole, frac) => {
        const printed = `${whole}.${String(frac).padStart(2, "0")}`;
        expect(
          parseTarget(`≤${printed}万元`, {
            documentYear: 2023,
            level1: null,
            level2: null,
            name: null,
            tableUnit: null,
          }).value,
        ).toBe(Number(printed));
      }),
      RUNS,
    );
  });
});

describe("parseSplitTarget over arbitrary cells", () => {
  const cell = fc.option(anyText, { nil: undefined });
  const valueType = fc.option(fc.oneof(anyText, fc.constantFrom("≥", "≤", "=", ">", "<", "定性", "定量", "/")), {
    nil: undefined,
  });

  it("never throws, keeps the cells verbatim, and reads only what is printed", () => {
    fc.assert(
      fc.property(anyText, cell, valueType, context, (value, unit, type, ctx) => {
        const cells = { value, ...(unit !== undefined && { unit }), ...(type !== undefined && { valueType: type }) };
        const t = parseSplitTarget(cells, ctx);
        // Numbers come from the value cell alone: a unit cell with digits (100 | 5) is a conflict, not a number.
        checkTarget(t, value, printedNumbers(value), [value, ctx.name, type]);
        expect(t.cells).toEqual(cells);
      }),
      RUNS,
    );
  });
});
