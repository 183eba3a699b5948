/**
 * The one data model of the portal (public format v1).
 *
 * The normalize scripts validate their output against these schemas, the Astro
 * content collections load with them, and the downloads are generated from them.
 * A parsed reading never replaces published text: every parsed field sits next
 * to the raw string it came from.
 */
import { z } from "zod";
import { FLAG_CODES } from "./flags.ts";
import { place, sourceFormat } from "./grid.ts";

/** Semantic version of the public data format (a new field is minor, a changed id or meaning is major). */
export const SCHEMA_VERSION = "1.0.0";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case words joined by '-'");
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "64 lower-case hex digits");
const lineNumber = z.number().int().positive();
const lineRange = z.tuple([lineNumber, lineNumber]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "a date YYYY-MM-DD");

export const flagCode = z.enum(FLAG_CODES);
const flags = z.array(flagCode);

export const region = z.object({
  province: z.string().min(1),
  /** null for a province-level publisher. */
  city: z.string().min(1).nullable(),
  /** GB/T 2260 administrative division code. */
  adminCode: z.string().regex(/^\d{6}$/),
  /** The region's name in URLs (/regions/qingdao/); the adminCode serves where none is given. */
  slug: slug.optional(),
});

/** Layout families: a new document of a known family needs a manifest entry, not code. */
export const readerFamily = z.enum(["word-cells", "pdf-pages", "pdf-template"]);

export const documentKind = z.enum([
  "project-targets", // 项目支出绩效目标表 only
  "department-disclosure", // a department's whole budget disclosure with target tables
  "application-templates", // blank forms applicants fill in
]);

export const manifestEntry = z
  .object({
    id: slug,
    file: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]*\.(?:txt|docx|xlsx|pdf)$/,
        "a file name in content/sources/ (.txt, .docx, .xlsx or .pdf)",
      ),
    title: z.string().min(1),
    publisher: z.string().min(1),
    region,
    year: z.number().int().min(1990).max(2100),
    kind: documentKind,
    reader: readerFamily,
    sha256,
    /** The file's format, found from its content when it was added (absent: text). */
    format: sourceFormat.optional(),
    /** Where the published file was downloaded from (a URL); null where unknown. */
    origin: z.string().min(1).nullable().optional(),
    /** The date the file was retrieved from its origin (YYYY-MM-DD); null where unknown. */
    retrieved: isoDate.nullable().optional(),
    /** Why the reader family was chosen (written by npm run add). */
    readerReason: z.string().optional(),
  })
  .strict();

export const manifest = z
  .object({ documents: z.array(manifestEntry).min(1) })
  .strict()
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    for (const [i, d] of m.documents.entries()) {
      if (seen.has(d.id))
        ctx.addIssue({ code: "custom", path: ["documents", i, "id"], message: `duplicate id ${d.id}` });
      seen.add(d.id);
    }
  });

/* ---------- target values ---------- */

export const targetKind = z.enum([
  "quantity",
  "range",
  "deadline",
  "duration",
  "frequency",
  "qualitative",
  "empty",
  "unparsed",
]);

export const comparison = z.enum([">=", "<=", "=", ">", "<"]);

export const unitDimension = z.enum([
  "percent",
  "money",
  "count",
  "time",
  "mass",
  "concentration",
  "frequency-hz",
  "rate", // a compound unit: money per vehicle, yuan per kWh …
  "unknown",
]);

export const targetUnit = z
  .object({
    /** The unit as printed ("百分号", "万元|家", "Ghz"). */
    raw: z.string(),
    /** The unit in one spelling ("%", "万元/家", "GHz"). */
    normalized: z.string(),
    dimension: unitDimension,
    /** Where the unit was read: the value cell, a separate unit cell, the indicator name. */
    source: z.enum(["value", "unitCell", "indicatorName", "tableHeader"]),
  })
  .strict();

export const deadline = z
  .object({
    /** by: at the latest; during: within that period. */
    relation: z.enum(["by", "during"]),
    year: z.number().int().optional(),
    month: z.number().int().min(1).max(12).optional(),
    day: z.number().int().min(1).max(31).optional(),
    half: z.union([z.literal(1), z.literal(2)]).optional(),
    /** ISO date of the last day the target allows. */
    end: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** documentYear: the value gave no year and the document's budget year was used. */
    yearSource: z.enum(["value", "documentYear"]),
  })
  .strict();

export const duration = z
  .object({
    amount: z.number(),
    unit: z.enum(["hour", "day", "week", "month", "quarter", "year"]),
    /** An explicit period printed with the duration, as YYYY-MM. */
    from: z.string().optional(),
    to: z.string().optional(),
  })
  .strict();

export const frequency = z
  .object({
    per: z.enum(["month", "quarter", "year"]),
    count: z.number().optional(),
    unit: z.string().optional(),
  })
  .strict();

export const direction = z.enum(["increase", "decrease", "achieve", "maintain", "zero", "grade"]);

export const qualitative = z
  .object({
    term: z.string(),
    /** null: free text whose direction we do not guess. */
    direction: direction.nullable(),
    intensity: z.enum(["strong", "weak", "yoy"]).optional(),
  })
  .strict();

export const target = z
  .object({
    /** The published value cell, trimmed, otherwise unaltered. */
    raw: z.string(),
    /** Split publications (value, 度量单位, 指标值类型 in separate cells), each verbatim. */
    cells: z
      .object({ value: z.string(), unit: z.string().optional(), valueType: z.string().optional() })
      .strict()
      .optional(),
    kind: targetKind,
    op: comparison.optional(),
    /** symbol: ≥ ≤ …; word: 至少, 以上 …; valueType: the 指标值类型 cell. */
    opSource: z.enum(["symbol", "word", "valueType", "indicatorName"]).optional(),
    /** The number as printed (90 for 90%, 170 for 170万元); never rescaled. */
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    unit: targetUnit.optional(),
    /** 万 (1e4) or 亿 (1e8) written before a unit that is not itself 万元/亿元; kept apart from value. */
    scale: z.union([z.literal(10000), z.literal(100000000)]).optional(),
    deadline: deadline.optional(),
    duration: duration.optional(),
    frequency: frequency.optional(),
    qualitative: qualitative.optional(),
    /** GD's two value columns: 当年度 (annual) and 项目周期 (projectCycle). */
    period: z.enum(["annual", "projectCycle"]).optional(),
    flags,
  })
  .strict();

/* ---------- indicators and records ---------- */

export const level1 = z.enum(["成本指标", "产出指标", "效益指标", "满意度指标"]);
export const level2 = z.enum([
  "经济成本指标",
  "社会成本指标",
  "生态环境成本指标",
  "数量指标",
  "质量指标",
  "时效指标",
  "经济效益指标",
  "社会效益指标",
  "生态效益指标",
  "可持续影响指标",
  "服务对象满意度指标",
  // Not in the 2021 framework; kept as an extension with a flag (GD 过程管理指标).
  "过程管理指标",
]);

export const basis = z
  .object({
    raw: z.string(),
    /** Set only from a leading 计划/行业/历史/其他标准; never guessed from free text. */
    category: z.enum(["plan", "industry", "history", "other"]).nullable(),
    /** Cited documents: 〔…〕号 numbers and 《…》 titles found in the cell. */
    documents: z.array(z.string()),
  })
  .strict();

export const weight = z.object({ raw: z.string(), value: z.number().nullable() }).strict();

export const indicator = z
  .object({
    /** `${projectId}-i${nn}`: stable while the table keeps its row order. */
    id: z.string().min(1),
    level1: level1.nullable(),
    level2: level2.nullable(),
    /** As published, after merged cells were carried down and line breaks removed. */
    level1Raw: z.string().nullable(),
    level2Raw: z.string().nullable(),
    /** 三级指标; null where the publication left it empty. */
    name: z.string().nullable(),
    /** 绩效指标描述 / 指标值内容 / 指标解释. */
    description: z.string().nullable(),
    basis: basis.nullable(),
    /** 评（扣）分标准. */
    scoring: z.string().nullable(),
    weight: weight.nullable(),
    /** Absent on templates, which publish no values. */
    target: target.optional(),
    /** A second value column for the whole project cycle. */
    periodTarget: target.optional(),
    /** Templates: sub-group label (安全服务□, DCMM 评估（标段一）…). */
    group: z.string().optional(),
    /** Templates: 项目共性绩效指标 (common) or 个性指标 (specific). */
    section: z.enum(["common", "specific"]).optional(),
    /** Unit printed in the indicator name, e.g. （%）. */
    nameUnit: z.string().optional(),
    /** Check-box alternatives offered by a template (□ A / □ B). */
    options: z.array(z.string()).optional(),
    /** Cross-region concept id from content/rules/concepts.json, where one matches. */
    concept: slug.optional(),
    flags,
    /** line: where the published value stands; periodLine: where the project-cycle value stands. */
    /** place: where the value stands in the published office file (page + position, sheet + cell, table + row); absent for text sources. */
    source: z
      .object({ line: lineNumber, lines: lineRange, periodLine: lineNumber.optional(), place: place.optional() })
      .strict(),
  })
  .strict();

const amount = z.number().nullable();

export const budget = z
  .object({
    /** 万元 throughout. */
    total: amount,
    fiscal: amount,
    other: amount,
    generalPublic: amount.optional(),
    governmentFund: amount.optional(),
    specialAccount: amount.optional(),
    basic: amount.optional(),
    project: amount.optional(),
    /** Each figure as published, keyed like the numbers above. */
    raw: z.record(z.string(), z.string()),
  })
  .strict();

export const spendingPlanEntry = z
  .object({
    /** The period label as published ("3月底"); "" where the header cell is blank. */
    by: z.string(),
    /** Running total in 万元; null for a blank cell. */
    value: z.number().nullable(),
    raw: z.string(),
  })
  .strict();

export const emptyCategory = z
  .object({ level1: level1.nullable(), level2: level2.nullable(), raw: z.string(), line: lineNumber })
  .strict();

export const projectKind = z.enum(["project", "unit", "template"]);

export const project = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    documentId: slug,
    kind: projectKind,
    /** Position of the table in its document, 1-based; the printed number where there is one. */
    number: z.number().int().positive(),
    name: z.string().min(1),
    code: z.string().nullable(),
    unit: z.object({ code: z.string().nullable(), name: z.string() }).strict().nullable(),
    scope: z.object({ city: z.string() }).strict().nullable(),
    budget: budget.nullable(),
    purpose: z.string().nullable(),
    goals: z.array(z.string()),
    spendingPlan: z.array(spendingPlanEntry),
    /** Other labelled cells of the table (政策任务, 支出内容, 政策依据 …), verbatim. */
    extra: z.array(z.object({ label: z.string(), value: z.string() }).strict()),
    template: z
      .object({ attachment: z.string(), category: z.string(), notes: z.array(z.string()) })
      .strict()
      .optional(),
    emptyCategories: z.array(emptyCategory),
    topics: z.array(slug),
    flags,
    source: z.object({ file: z.string(), lines: lineRange, place: place.optional() }).strict(),
    indicators: z.array(indicator),
  })
  .strict();

/* ---------- budget summary tables (部门预算表) ---------- */

export const budgetTableRow = z
  .object({
    /** Classification code cells as printed (类 款 项 → "215 05 01"), or a unit code; null where none. */
    code: z.string().nullable(),
    name: z.string(),
    /** One figure per column, as printed in `raw`; null for a blank or non-numeric cell. */
    values: z.array(z.number().nullable()),
    raw: z.array(z.string()),
    line: lineNumber,
  })
  .strict();

export const budgetTable = z
  .object({
    /**
     * table: a printed table (pages merged; a 收入|支出 table becomes one table per side).
     * statement: a sentence of the narrative, "… N万元，其中 A a万元，B b万元": the first
     * row is the whole, the others its parts.
     */
    kind: z.enum(["table", "statement"]),
    title: z.string().min(1),
    /**
     * The side of a two-sided table (收入 | 支出 printed side by side): income or
     * spending; null for a one-sided table or a statement. A figure of one side
     * is never to be added to a figure of the other.
     */
    side: z.enum(["income", "spending"]).nullable().optional(),
    /** 单位：万元 as printed; null where none is stated. */
    unit: z.string().nullable(),
    columns: z.array(z.string()),
    rows: z.array(budgetTableRow),
    source: z.object({ lines: lineRange }).strict(),
  })
  .strict();

export const document = z
  .object({
    id: slug,
    title: z.string(),
    publisher: z.string(),
    region,
    year: z.number().int(),
    kind: documentKind,
    reader: readerFamily,
    /** Where the published file was downloaded from (a URL); null where unknown. */
    origin: z.string().nullable().optional(),
    /** Format of the published file as received: text (an export), docx, xlsx or pdf. */
    format: sourceFormat.optional(),
    /** Date the file was retrieved from its origin; null where unknown. */
    retrieved: isoDate.nullable().optional(),
    /** lines: of the source text, or of the cell-per-line text read from an office file (see source.place on records). */
    source: z
      .object({
        file: z.string(),
        sha256,
        lines: z.number().int().nonnegative(),
        /**
         * For an office file (docx, xlsx, pdf): the cell-per-line text the readers read from it,
         * each line with its place in the file, so `source.line` anchors resolve on the source page.
         */
        extracted: z.array(z.object({ text: z.string(), place: place.nullable() }).strict()).optional(),
      })
      .strict(),
    /** Budget figures the document publishes besides its target tables (department disclosures). */
    budgetTables: z.array(budgetTable).optional(),
  })
  .strict();

/* ---------- topic rules (content/rules/topics.json) ---------- */

export const topicRule = z
  .object({
    id: slug,
    zh: z.string().min(1),
    en: z.string().min(1),
    /** Lower first: decides the order of a project's topics, the first being primary. */
    priority: z.number().int(),
    /** Keywords matched in the project's name (a template's title). */
    name: z.array(z.string().min(1)).min(1),
    /** Keywords matched in purpose and goals, only when no rule matched the name. */
    context: z.array(z.string().min(1)),
  })
  .strict();

export const topicRules = z.object({ about: z.string(), topics: z.array(topicRule).min(1) }).strict();

/* ---------- indicator concepts (content/rules/concepts.json) ---------- */

export const conceptRule = z
  .object({
    id: slug,
    zh: z.string().min(1),
    en: z.string().min(1),
    /** Canonical level-2 labels the concept is limited to. */
    level2: z.array(level2).optional(),
    /** Every word must appear in the indicator's name or description. */
    all: z.array(z.string().min(1)),
    /** At least one must appear (ignored when empty). */
    any: z.array(z.string().min(1)),
    /** None may appear. */
    not: z.array(z.string().min(1)),
  })
  .strict();

export const conceptRules = z.object({ about: z.string(), concepts: z.array(conceptRule).min(1) }).strict();

/* ---------- parse report ---------- */

export const lineUse = z.enum(["record", "structure", "blank", "skipped"]);

export const reportEntry = z
  .object({
    lines: lineRange,
    reason: z.string(),
    text: z.string(),
  })
  .strict();

export const reportFlag = z
  .object({ code: flagCode, recordId: z.string(), line: lineNumber.optional(), detail: z.string() })
  .strict();

export const report = z
  .object({
    documentId: slug,
    file: z.string(),
    lines: z
      .object({
        total: z.number().int(),
        record: z.number().int(),
        structure: z.number().int(),
        blank: z.number().int(),
        skipped: z.number().int(),
      })
      .strict(),
    repairedLines: z.number().int(),
    tables: z.number().int(),
    records: z.record(projectKind, z.number().int()),
    indicators: z.number().int(),
    emptyCategories: z.number().int(),
    targets: z.record(targetKind, z.number().int()),
    skipped: z.array(reportEntry),
    flags: z.array(reportFlag),
  })
  .strict();

/** One normalized document as written to content/data/<documentId>.json. */
export const documentData = z
  .object({ schemaVersion: z.literal(SCHEMA_VERSION), document, projects: z.array(project), report })
  .strict();

/** The public download /data/targets.json. */
export const targetsFile = z
  .object({ schemaVersion: z.literal(SCHEMA_VERSION), documents: z.array(document), projects: z.array(project) })
  .strict();

export type Region = z.infer<typeof region>;
export type ManifestEntry = z.infer<typeof manifestEntry>;
export type Manifest = z.infer<typeof manifest>;
export type Target = z.infer<typeof target>;
export type TargetUnit = z.infer<typeof targetUnit>;
export type Level1 = z.infer<typeof level1>;
export type Level2 = z.infer<typeof level2>;
export type Indicator = z.infer<typeof indicator>;
export type Budget = z.infer<typeof budget>;
export type Project = z.infer<typeof project>;
export type ProjectKind = z.infer<typeof projectKind>;
export type Document = z.infer<typeof document>;
export type BudgetTable = z.infer<typeof budgetTable>;
export type Report = z.infer<typeof report>;
export type ReportFlag = z.infer<typeof reportFlag>;
export type DocumentData = z.infer<typeof documentData>;
export type TargetsFile = z.infer<typeof targetsFile>;
export type FlagCode = z.infer<typeof flagCode>;
export type LineUse = z.infer<typeof lineUse>;
export type TopicRule = z.infer<typeof topicRule>;
export type ConceptRule = z.infer<typeof conceptRule>;
