/**
 * Test helpers for the downloads: the real normalized data (content/data), the
 * downloads built from it once per test file, and one synthetic document that
 * fills every optional field of the model (budget tables, split cells, both
 * value columns, weights, templates …), so the formats are exercised on shapes
 * the bundled documents may not have yet.
 */
import { readFileSync } from "node:fs";
import { documentData, SCHEMA_VERSION, type DocumentData } from "../../src/model/schema.ts";
import { readDocuments } from "../../src/lib/data.ts";
import { buildDownloads } from "../../src/lib/downloads/catalog.ts";
import { datasetOf, type Dataset } from "../../src/lib/downloads/dataset.ts";
import type { Download } from "../../src/lib/downloads/download.ts";

export const realData = (): readonly DocumentData[] => readDocuments("content/data");

export const readSource = (path: string): Uint8Array => readFileSync(path);

let built: Promise<Download[]> | undefined;

/** The downloads of the real data, as the build makes them. */
export function realDownloads(): Promise<Download[]> {
  return (built ??= buildDownloads(realData(), readSource));
}

export function byPath(downloads: readonly Download[], path: string): Download {
  const found = downloads.find((d) => d.path === path);
  if (!found) throw new Error(`no download ${path}`);
  return found;
}

export const text = (d: Download): string => new TextDecoder().decode(d.bytes);

/** A document using every optional field once; parsed with the model, so it stays a valid record. */
export function everyOptionalField(): DocumentData {
  return documentData.parse({
    schemaVersion: SCHEMA_VERSION,
    document: {
      id: "synthetic-2099",
      title: "合成测试文件（含全部可选字段）",
      publisher: "测试局",
      region: { province: "广东省", city: null, adminCode: "440000" },
      year: 2099,
      kind: "department-disclosure",
      reader: "pdf-pages",
      origin: "https://example.gov.cn/synthetic.docx",
      format: "docx",
      retrieved: "2099-01-02",
      source: {
        file: "content/sources/synthetic.txt",
        sha256: "0".repeat(64),
        lines: 40,
        extracted: [
          {
            text: "项目名称",
            place: {
              line: 1,
              table: 1,
              row: 2,
              cell: 1,
              paragraph: 3,
              sheet: "项目1",
              a1: "A2",
              page: 1,
              x: 72,
              y: 540,
            },
          },
          { text: "", place: null },
        ],
      },
      budgetTables: [
        {
          kind: "table",
          title: "收支总表",
          side: "income",
          unit: "万元",
          columns: ["预算数", "上年数"],
          rows: [
            { code: "201 05", name: '一般公共服务, "支出"', values: [12.5, null], raw: ["12.50", ""], line: 3 },
            { code: null, name: "合计", values: [12.5, 10], raw: ["12.50", "10"], line: 4 },
          ],
          source: { lines: [1, 4] },
        },
      ],
    },
    projects: [
      {
        id: "synthetic-2099-00000001",
        documentId: "synthetic-2099",
        kind: "template",
        number: 1,
        name: "模板，含逗号与\n换行",
        code: "0502",
        unit: { code: "0501", name: "测试单位" },
        scope: { city: "广州市" },
        budget: {
          total: 10,
          fiscal: 8,
          other: 2,
          generalPublic: 8,
          governmentFund: 0,
          specialAccount: 0,
          basic: 1,
          project: 9,
          raw: {
            total: "10.00",
            fiscal: "8",
            other: "2",
            generalPublic: "8",
            governmentFund: "0",
            specialAccount: "0.00",
            basic: "1",
            project: "9",
          },
        },
        purpose: "=SUM(A1)",
        goals: ["目标一；含分号", "目标二"],
        spendingPlan: [{ by: "", value: null, raw: "" }],
        extra: [{ label: "政策依据", value: "《办法》" }],
        template: { attachment: "附件1-4", category: "类别", notes: ["说明"] },
        emptyCategories: [{ level1: "成本指标", level2: "社会成本指标", raw: "社会成本指标", line: 5 }],
        topics: ["radio", "vehicles"],
        flags: ["budgetMismatch", "reconstructed"],
        source: {
          file: "content/sources/synthetic.txt",
          lines: [1, 40],
          place: { line: 9, table: 1, row: 2, cell: 3, paragraph: 4, sheet: "项目1", a1: "B4", page: 5, x: 72, y: 540 },
        },
        indicators: [
          {
            id: "synthetic-2099-00000001-i01",
            level1: "产出指标",
            level2: "时效指标",
            level1Raw: "产出指标",
            level2Raw: "时效指标",
            name: "完成时间",
            description: "说明",
            basis: { raw: "计划标准 《办法》", category: "plan", documents: ["《办法》"] },
            scoring: "完成得满分",
            weight: { raw: "10", value: 10 },
            target: {
              raw: "≤12.05月|日",
              cells: { value: "12.05", unit: "月|日", valueType: "≤" },
              kind: "deadline",
              op: "<=",
              opSource: "valueType",
              deadline: {
                relation: "by",
                year: 2099,
                month: 12,
                day: 5,
                end: "2099-12-05",
                yearSource: "documentYear",
              },
              period: "annual",
              flags: ["pickerDate", "monthOfBudgetYear"],
            },
            periodTarget: {
              raw: "≥8.5万家次",
              kind: "quantity",
              op: ">=",
              opSource: "symbol",
              value: 8.5,
              unit: { raw: "家次", normalized: "家次", dimension: "count", source: "value" },
              scale: 10000,
              period: "projectCycle",
              flags: [],
            },
            group: "安全服务□",
            section: "common",
            nameUnit: "（%）",
            options: ["□ A", "□ B"],
            concept: "project-cost",
            flags: ["cellJoined"],
            source: {
              line: 9,
              lines: [8, 10],
              periodLine: 10,
              place: {
                line: 9,
                table: 1,
                row: 2,
                cell: 3,
                paragraph: 4,
                sheet: "项目1",
                a1: "B4",
                page: 5,
                x: 72,
                y: 540,
              },
            },
          },
          {
            id: "synthetic-2099-00000001-i02",
            level1: null,
            level2: null,
            level1Raw: null,
            level2Raw: null,
            name: null,
            description: null,
            basis: null,
            scoring: null,
            weight: null,
            target: {
              raw: "12个月（2020年11月至2021年10月）",
              kind: "duration",
              duration: { amount: 12, unit: "month", from: "2020-11", to: "2021-10" },
              flags: [],
            },
            periodTarget: {
              raw: "每季度不少于1家",
              kind: "frequency",
              op: ">=",
              opSource: "word",
              frequency: { per: "quarter", count: 1, unit: "家" },
              flags: ["opFromWord"],
            },
            flags: [],
            source: { line: 11, lines: [11, 11] },
          },
          {
            id: "synthetic-2099-00000001-i03",
            level1: "满意度指标",
            level2: "服务对象满意度指标",
            level1Raw: "满意度指标",
            level2Raw: "服务对象满意度指标",
            name: "满意度",
            description: null,
            basis: null,
            scoring: null,
            weight: { raw: "五分", value: null },
            target: {
              raw: "显著提升",
              kind: "qualitative",
              qualitative: { term: "显著提升", direction: "increase", intensity: "strong" },
              flags: [],
            },
            flags: [],
            source: { line: 12, lines: [12, 12] },
          },
          {
            id: "synthetic-2099-00000001-i04",
            level1: "产出指标",
            level2: "质量指标",
            level1Raw: "产出指标",
            level2Raw: "质量指标",
            name: "浓度",
            description: null,
            basis: null,
            scoring: null,
            weight: null,
            target: {
              raw: "18-33毫克/公斤",
              kind: "range",
              min: 18,
              max: 33,
              unit: { raw: "毫克/公斤", normalized: "毫克/公斤", dimension: "concentration", source: "value" },
              flags: [],
            },
            flags: [],
            source: { line: 13, lines: [13, 13] },
          },
        ],
      },
    ],
    report: {
      documentId: "synthetic-2099",
      file: "content/sources/synthetic.txt",
      lines: { total: 40, record: 30, structure: 5, blank: 4, skipped: 1 },
      repairedLines: 1,
      tables: 1,
      records: { project: 0, unit: 0, template: 1 },
      indicators: 4,
      emptyCategories: 1,
      targets: { quantity: 1, range: 1, deadline: 1, duration: 1, frequency: 1, qualitative: 1, empty: 0, unparsed: 0 },
      skipped: [{ lines: [2, 2], reason: "test", text: "x" }],
      flags: [{ code: "budgetMismatch", recordId: "synthetic-2099-00000001", line: 1, detail: "模板" }],
    },
  });
}

/** The real data and the synthetic document, as the formats see them. */
export const withSynthetic = (): Dataset => datasetOf([...realData(), everyOptionalField()]);
