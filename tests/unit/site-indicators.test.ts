import { describe, expect, it } from "vitest";
import {
  groupIndicators,
  indicatorColumns,
  indicatorFlags,
  levelBars,
  levelCounts,
  publishedLevels,
} from "../../src/lib/site/indicators.ts";
import { readDocuments } from "../../src/lib/data.ts";
import { makeIndicator } from "./site-fixtures.ts";

const cost = makeIndicator({
  id: "x-i03",
  level1: "成本指标",
  level2: "经济成本指标",
  level1Raw: "产出指标",
  level2Raw: "成本指标",
  flags: ["legacyCostUnderOutput"],
});
const count1 = makeIndicator({ id: "x-i01" });
const count2 = makeIndicator({ id: "x-i02" });
const satisfaction = makeIndicator({
  id: "x-i04",
  level1: "满意度指标",
  level2: "服务对象满意度指标",
  level1Raw: "满意度指标",
  level2Raw: "服务对象满意度指标",
});
const outside = makeIndicator({ id: "x-i05", level1: null, level2: null, level1Raw: "过程指标", level2Raw: null });

describe("groupIndicators", () => {
  it("orders groups by the 2021 framework and keeps row order inside a group", () => {
    const groups = groupIndicators([count1, satisfaction, cost, outside, count2]);
    expect(groups.map((g) => g.heading)).toEqual([
      "成本指标 › 经济成本指标",
      "产出指标 › 数量指标",
      "满意度指标 › 服务对象满意度指标",
      "未归入 2021 年指标框架",
    ]);
    expect(groups[1]!.indicators.map((i) => i.id)).toEqual(["x-i01", "x-i02"]);
  });

  it("puts template sections first: common, then specific", () => {
    const specific = makeIndicator({ id: "t-i02", section: "specific" });
    const common = makeIndicator({ id: "t-i01", section: "common", level1: "效益指标", level2: "社会效益指标" });
    const groups = groupIndicators([specific, common]);
    expect(groups.map((g) => g.heading)).toEqual([
      "共性指标 · 效益指标 › 社会效益指标",
      "个性指标 · 产出指标 › 数量指标",
    ]);
  });

  it("loses and duplicates no indicator of the real data", () => {
    for (const { projects } of readDocuments()) {
      for (const project of projects) {
        const ids = groupIndicators(project.indicators).flatMap((g) => g.indicators.map((i) => i.id));
        expect([...ids].sort()).toEqual(project.indicators.map((i) => i.id).sort());
      }
    }
  });
});

describe("publishedLevels", () => {
  it("shows the printed levels only when their words differ from the canonical ones", () => {
    expect(publishedLevels(cost)).toBe("产出指标 › 成本指标");
    expect(publishedLevels(count1)).toBeNull();
    expect(
      publishedLevels(
        makeIndicator({ level1: "效益指标", level2: "经济效益指标", level1Raw: "效益指标", level2Raw: "经济效益" }),
      ),
    ).toBeNull();
    expect(
      publishedLevels(
        makeIndicator({ level1: "效益指标", level2: "可持续影响指标", level1Raw: "效益指标", level2Raw: "可持续发展" }),
      ),
    ).toBe("效益指标 › 可持续发展");
  });

  it("says nothing about a level the table left out (a flag does)", () => {
    expect(publishedLevels(makeIndicator({ level1Raw: null }))).toBeNull();
  });
});

describe("indicatorFlags", () => {
  it("joins indicator and target flags, each once", () => {
    const flagged = makeIndicator({
      flags: ["cellJoined"],
      target: { raw: "≥99百分号", kind: "unparsed", flags: ["percentWord", "cellJoined"] },
      periodTarget: { raw: "≥99百分号", kind: "unparsed", flags: ["percentWord"] },
    });
    expect(indicatorFlags(flagged)).toEqual(["cellJoined", "percentWord"]);
  });
});

describe("indicatorColumns", () => {
  it("drops columns no row fills", () => {
    const columns = indicatorColumns([count1, cost]);
    expect(columns).toMatchObject({
      target: true,
      periodTarget: false,
      basis: false,
      scoring: false,
      weight: false,
      flags: true,
    });
  });

  it("keeps a column one row fills", () => {
    const weighted = makeIndicator({ weight: { raw: "10分", value: 10 }, scoring: "完成得满分" });
    expect(indicatorColumns([count1, weighted])).toMatchObject({ weight: true, scoring: true });
  });

  it("has no target column for templates", () => {
    const { target: _dropped, ...blank } = makeIndicator();
    expect(indicatorColumns([blank]).target).toBe(false);
  });
});

describe("levelCounts", () => {
  it("counts every node of the framework, zeros included", () => {
    const counts = levelCounts([count1, count2, cost, satisfaction, outside]);
    expect(counts.total).toBe(5);
    expect(counts.tree.map((n) => [n.level1, n.count])).toEqual([
      ["成本指标", 1],
      ["产出指标", 2],
      ["效益指标", 0],
      ["满意度指标", 1],
    ]);
    expect(counts.tree[1]!.children.find((c) => c.level2 === "数量指标")!.count).toBe(2);
    expect(counts.tree[1]!.children.find((c) => c.level2 === "过程管理指标")!.count).toBe(0);
    expect(counts.unclassified).toEqual([{ label: "过程指标", count: 1 }]);
  });

  it("counts a level 1 without a level 2 apart", () => {
    const bare = makeIndicator({ level2: null, level2Raw: null });
    expect(levelCounts([bare]).tree[1]!.withoutLevel2).toBe(1);
  });

  it("sums, across the tree, to the number of indicators in the real data", () => {
    for (const { projects } of readDocuments()) {
      const all = projects.flatMap((p) => p.indicators);
      const counts = levelCounts(all);
      const tree = counts.tree.reduce((n, node) => n + node.count, 0);
      expect(tree + counts.unclassified.reduce((n, u) => n + u.count, 0)).toBe(all.length);
    }
  });
});

describe("levelBars", () => {
  it("has one bar per filled node, with its level 1 for the colour", () => {
    const bars = levelBars(levelCounts([count1, count2, cost, outside]));
    expect(bars).toEqual([
      { label: "成本 · 经济成本指标", value: 1, level1: "成本指标" },
      { label: "产出 · 数量指标", value: 2, level1: "产出指标" },
      { label: "未归入框架：过程指标", value: 1, level1: null },
    ]);
  });
});
