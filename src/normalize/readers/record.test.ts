/**
 * The one record builder: what a reader found → a record of the model, with
 * the id from the family's identifying parts, the defaults of what a family
 * does not print, flags once each, and indicators numbered in table order.
 */
import { describe, expect, it } from "vitest";
import { project } from "../../model/schema.ts";
import { recordId } from "../ids.ts";
import { entry } from "../../../tests/helpers/sources.ts";
import { buildRecord } from "./record.ts";

const qingdao = entry("qingdao-2023");
const row = (name: string, value: string, line: number) => ({
  level1Raw: "产出指标",
  level2Raw: "数量指标",
  name,
  value,
  lines: [line, line] as [number, number],
});

describe("buildRecord", () => {
  it("fills what the reader did not find with the model's defaults, and validates", () => {
    const record = buildRecord(qingdao, {
      kind: "project",
      key: [null, "示例项目", null],
      number: 3,
      name: "示例项目",
      lines: [10, 20],
      indicators: [row("培训人次", "≥100人次", 15)],
    });
    expect(project.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      id: recordId(qingdao.id, ["project", null, "示例项目", null]),
      documentId: qingdao.id,
      code: null,
      unit: null,
      scope: null,
      budget: null,
      purpose: null,
      goals: [],
      spendingPlan: [],
      extra: [],
      emptyCategories: [],
      topics: [],
      flags: [],
      source: { file: `content/sources/${qingdao.file}`, lines: [10, 20] },
    });
    expect(record).not.toHaveProperty("template");
  });

  it("derives the id from the kind and the key, not from the position", () => {
    const found = {
      kind: "project" as const,
      number: 1,
      name: "甲",
      lines: [1, 2] as [number, number],
      indicators: [],
    };
    const a = buildRecord(qingdao, { ...found, key: ["370200", "甲"] });
    expect(buildRecord(qingdao, { ...found, number: 7, key: ["370200", "甲"] }).id).toBe(a.id);
    expect(buildRecord(qingdao, { ...found, key: ["370200", "乙"] }).id).not.toBe(a.id);
    expect(buildRecord(qingdao, { ...found, kind: "unit", key: ["370200", "甲"] }).id).not.toBe(a.id);
  });

  it("keeps each flag once, a scope as its city, and numbers the indicators in table order", () => {
    const record = buildRecord(qingdao, {
      kind: "project",
      key: ["x"],
      number: 1,
      name: "乙",
      scope: "广州",
      flags: ["reconstructed", "reconstructed"],
      lines: [1, 9],
      indicators: [row("一", "1", 3), row("二", "2", 5)],
      tableUnit: "万元",
    });
    expect(record.scope).toEqual({ city: "广州" });
    expect(record.flags).toEqual(["reconstructed"]);
    expect(record.indicators.map((i) => [i.id, i.name, i.source.line])).toEqual([
      [`${record.id}-i01`, "一", 3],
      [`${record.id}-i02`, "二", 5],
    ]);
  });
});
