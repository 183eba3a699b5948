/** Small valid records for the site's view-model tests (checked against the model). */
import {
  indicator as indicatorSchema,
  project as projectSchema,
  type Indicator,
  type Project,
} from "../../src/model/schema.ts";

export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return indicatorSchema.parse({
    id: "doc-2023-aaaaaaaa-i01",
    level1: "产出指标",
    level2: "数量指标",
    level1Raw: "产出指标",
    level2Raw: "数量指标",
    name: "指标",
    description: null,
    basis: null,
    scoring: null,
    weight: null,
    target: { raw: "≥1个", kind: "unparsed", flags: [] },
    flags: [],
    source: { line: 1, lines: [1, 1] },
    ...overrides,
  });
}

export function makeProject(overrides: Partial<Project> = {}): Project {
  return projectSchema.parse({
    id: "doc-2023-aaaaaaaa",
    documentId: "doc-2023",
    kind: "project",
    number: 1,
    name: "项目",
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
    source: { file: "content/sources/doc.txt", lines: [1, 10] },
    indicators: [],
    ...overrides,
  });
}

export function budgetOf(raw: string, value: number): Project["budget"] {
  return { total: value, fiscal: value, other: null, raw: { total: raw, fiscal: raw, other: "" } };
}
