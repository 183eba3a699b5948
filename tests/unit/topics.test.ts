/** Topic rules on real projects, including ones that must not be caught. */
import { describe, expect, it } from "vitest";
import { assignTopics } from "../../src/normalize/topics.ts";
import { normalized, topicRules } from "../helpers/sources.ts";

const topicsOf = (doc: string, n: number) => normalized(doc).projects.find((p) => p.number === n)!.topics;

describe("topics", () => {
  it("puts every radio-management project of Qingdao and Tianjin under radio", () => {
    const radio = (doc: string) =>
      normalized(doc)
        .projects.filter((p) => p.topics.includes("radio"))
        .map((p) => p.number);
    expect(radio("qingdao-2023")).toEqual([4, 14, 19, 20]);
    expect(radio("tianjin-2024")).toEqual([8, 9, 10, 11, 12, 13]);
  });

  it("gives a project every topic its name matches, in priority order", () => {
    expect(topicsOf("qingdao-2023", 8)).toEqual(["industrial-internet", "events"]); // 2023世界工业互联网产业大会专项资金
    expect(topicsOf("qingdao-2023", 7)).toEqual(["events", "consumer-goods"]); // 2023青岛时装周会展业发展专项资金
  });

  it("reads purpose and goals only when the name matches nothing", () => {
    // 节能减排补助资金 is NEV money by its purpose, but its name already says energy saving.
    expect(topicsOf("tianjin-2024", 5)).toEqual(["energy"]);
    // 2024年制造业高质量协同发展项目: the name decides (clusters), the 运行保障 purpose does not add operations.
    expect(topicsOf("tianjin-2024", 1)).toEqual(["clusters"]);
  });

  it("does not catch a project through a keyword in an unrelated goal when its name decides", () => {
    const rules = topicRules();
    const project = { name: "招商工作经费", purpose: null, goals: ["配合无线电管理部门做好重大活动保障"] };
    expect(assignTopics(project, rules)).toEqual(["investment-promotion"]);
    expect(assignTopics({ ...project, name: "综合业务经费" }, rules)).toEqual(["radio"]);
  });

  it("does not read 化工 (chemicals) inside 信息化工作", () => {
    const cs = normalized("changsha-2023").projects.find((p) => p.name === "工业和信息化工作经费")!;
    expect(cs.topics).not.toContain("restructuring");
    expect(topicsOf("qingdao-2023", 16)).toEqual(["restructuring"]); // 支持化工产业转型升级资金
  });

  it("lists the projects no rule caught, so the rules can be improved", () => {
    const uncaught = ["qingdao-2023", "tianjin-2024"].flatMap((d) =>
      normalized(d)
        .projects.filter((p) => p.topics.length === 0)
        .map((p) => p.name),
    );
    expect(uncaught).toEqual([]);
  });
});
