import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, type DocumentData } from "../../src/model/schema.ts";
import { searchRecords } from "../../src/lib/search/records.ts";
import { budgetOf, makeIndicator, makeProject } from "./site-fixtures.ts";

const indicator = makeIndicator({
  id: "doc-2023-aaaaaaaa-i01",
  level1: "产出指标",
  level2: "质量指标",
  level1Raw: "产出指标",
  level2Raw: "质量指标",
  name: "黑广播设备拆除率",
  description: "查处黑广播后拆除设备的比例",
  target: { raw: "100%", kind: "unparsed", flags: [] },
});
const project = makeProject({
  name: "无线电管理专项监管",
  code: "12000024P000001",
  unit: { code: "322101", name: "无线电管理局" },
  budget: budgetOf("11.85", 11.85),
  purpose: "打击黑广播",
  goals: ["保障无线电安全"],
  extra: [
    { label: "政策依据", value: "《无线电管理条例》" },
    { label: "项目开始时间", value: "" },
  ],
  topics: ["radio"],
  indicators: [indicator],
});
const data = [
  {
    schemaVersion: SCHEMA_VERSION,
    document: {
      id: "doc-2023",
      title: "某局项目支出绩效目标表",
      publisher: "某市工业和信息化局",
      region: { province: "天津市", city: "天津市", adminCode: "120000" },
      year: 2023,
      kind: "project-targets",
      reader: "word-cells",
      source: { file: "content/sources/doc.txt", sha256: "0".repeat(64), lines: 10 },
    },
    projects: [project],
    report: {} as DocumentData["report"],
  },
] satisfies DocumentData[];

const records = searchRecords(data, (id) => (id === "radio" ? "无线电管理" : id));
const byUrl = new Map(records.map((r) => [r.url, r]));

describe("searchRecords", () => {
  it("makes one record per document, per record page and per indicator row", () => {
    expect(records.map((r) => r.url)).toEqual([
      "/documents/doc-2023/",
      "/projects/doc-2023-aaaaaaaa/",
      "/projects/doc-2023-aaaaaaaa/#doc-2023-aaaaaaaa-i01",
    ]);
  });

  it("lands an indicator on its row and shows its published value", () => {
    const record = byUrl.get("/projects/doc-2023-aaaaaaaa/#doc-2023-aaaaaaaa-i01")!;
    expect(record.meta).toEqual({
      title: "黑广播设备拆除率",
      地区: "天津市",
      年度: "2023",
      所属: "无线电管理专项监管",
      指标值: "100%",
    });
    expect(record.content.split("\n")).toEqual([
      "黑广播设备拆除率",
      "指标值 100%",
      "查处黑广播后拆除设备的比例",
      "产出指标 质量指标",
      "无线电管理专项监管",
      "天津市 2023年",
    ]);
  });

  it("files an indicator under its levels, its record's kind and topics", () => {
    expect(byUrl.get("/projects/doc-2023-aaaaaaaa/#doc-2023-aaaaaaaa-i01")!.filters).toEqual({
      地区: ["天津市"],
      年度: ["2023"],
      类型: ["项目"],
      一级指标: ["产出指标"],
      二级指标: ["质量指标"],
      主题: ["无线电管理"],
    });
  });

  it("indexes a record's own cells and its indicators' names and values, not empty cells", () => {
    const record = byUrl.get("/projects/doc-2023-aaaaaaaa/")!;
    expect(record.content).toContain("12000024P000001");
    expect(record.content).toContain("322101 无线电管理局");
    expect(record.content).toContain("预算 11.85 万元");
    expect(record.content).toContain("政策依据 《无线电管理条例》");
    expect(record.content).toContain("黑广播设备拆除率 100%");
    expect(record.content).not.toContain("项目开始时间");
    expect(record.meta.预算).toBe("11.85 万元");
    expect(record.filters).toEqual({ 地区: ["天津市"], 年度: ["2023"], 类型: ["项目"], 主题: ["无线电管理"] });
  });

  it("writes every meta value into the content, where a phrase search can find it", () => {
    for (const record of records) {
      const content = record.content.replace(/\s+/gu, "");
      for (const value of Object.values(record.meta)) expect(content).toContain(value.replace(/\s+/gu, ""));
    }
  });

  it("names a document page 文件 and gives it no topic or level", () => {
    expect(byUrl.get("/documents/doc-2023/")!.filters).toEqual({ 地区: ["天津市"], 年度: ["2023"], 类型: ["文件"] });
  });

  it("uses the description where the name cell is empty, and leaves out a level it does not know", () => {
    const unnamed = makeIndicator({
      id: "doc-2023-aaaaaaaa-i02",
      name: null,
      description: "说明文字",
      level1: null,
      level2: null,
      level1Raw: null,
      level2Raw: null,
    });
    const [, , record] = searchRecords(
      [{ ...data[0]!, projects: [{ ...project, indicators: [unnamed] }] }],
      (id) => id,
    );
    expect(record!.meta.title).toBe("说明文字");
    expect(record!.filters.一级指标).toBeUndefined();
  });
});
