/** Indicator concepts on the real radio-management tables, and what must not be caught. */
import { describe, expect, it } from "vitest";
import { matchConcept } from "../../src/normalize/concepts.ts";
import { conceptRules, normalized } from "../helpers/sources.ts";

const conceptRows = (concept: string) =>
  ["qingdao-2023", "tianjin-2024"].flatMap((d) =>
    normalized(d).projects.flatMap((p) =>
      p.indicators.filter((i) => i.concept === concept).map((i) => `${d}#${p.number} ${i.name} ${i.target?.raw}`),
    ),
  );

describe("indicator concepts", () => {
  it("aligns the radio complaint-handling rates of Qingdao and Tianjin", () => {
    expect(conceptRows("interference-complaints")).toEqual([
      "qingdao-2023#14 投诉处理率 100百分比", // description: 无线电干扰申述处理率
      "qingdao-2023#20 投诉处理率 100百分比", // description: 无线电干扰申诉处理率
      "tianjin-2024#8 干扰投诉处理率 100%",
      "tianjin-2024#13 干扰投诉处理率 100%",
    ]);
  });

  it("aligns major-event and exam radio support", () => {
    expect(conceptRows("event-exam-radio-support")).toEqual([
      "qingdao-2023#14 开展次数 ≥14次",
      "qingdao-2023#20 重要考试保障次数 ≥7次",
      "tianjin-2024#8 重大活动无线电安全保障和考试保障 <20次",
    ]);
  });

  it("groups every satisfaction indicator published under 服务对象满意度指标", () => {
    const rows = conceptRows("service-satisfaction");
    expect(rows).toHaveLength(42);
    expect(rows).toContain("qingdao-2023#21 受益企业满意度 ≥90百分比");
    expect(rows).toContain("tianjin-2024#7 服务企业满意度 无投诉");
  });

  it("files a cost row under project cost even when its name mentions publicity", () => {
    const i = normalized("qingdao-2023")
      .projects.find((p) => p.number === 4)!
      .indicators.find((x) => x.name === "无线电宣传工作经费")!;
    expect(i.concept).toBe("project-cost");
  });

  it("does not take an efficiency rate for an inspection count, nor a count of investigations for complaint handling", () => {
    const rules = conceptRules();
    expect(
      matchConcept({ name: "提高无线电行政执法效率", description: null, level2: "社会效益指标" }, rules),
    ).toBeUndefined();
    expect(
      matchConcept({ name: "检查次数", description: "开展行政执法、干扰查处、监测巡查", level2: "数量指标" }, rules),
    ).toBe("radio-inspections");
    expect(matchConcept({ name: "开展无线电监测和干扰查处", description: null, level2: "数量指标" }, rules)).toBe(
      "interference-investigations",
    );
  });
});
