/**
 * The ranking a journalist quotes, checked against the real sources: service
 * satisfaction's highest targets (100%, three tied, Changsha's with ≥ first)
 * and its lowest (Qingdao ≥85%, source line 2525).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conceptPage } from "../../src/lib/compare/concept-page.ts";
import { conceptRankInputs } from "../../src/lib/compare/ranking-inputs.ts";
import { extremeSentence, rankTargets } from "../../src/lib/compare/ranking.ts";
import { loadSite } from "../../src/lib/site/site-data.ts";
import { rankingLayout } from "../../src/lib/compare/ranking-chart.ts";

describe("service-satisfaction ranking", async () => {
  const site = await loadSite();
  const page = conceptPage(site, "service-satisfaction");
  const ranking = rankTargets(
    conceptRankInputs(
      page,
      site.regions.map((r) => r.slug),
    ),
  );
  const sourceLine = (documentId: string, line: number) => {
    const file = site.documentById.get(documentId)!.source.file;
    return readFileSync(file, "utf8").split("\n")[line - 1]!;
  };

  it("puts every % target on the axis and lists the others with a reason", () => {
    expect(ranking.axis?.unit).toBe("%");
    expect(ranking.ranked.length + ranking.excluded.length).toBe(page.total);
    for (const e of ranking.excluded) expect(e.reason).not.toBe("");
    expect(ranking.ranked.map((e) => e.high)).toEqual([...ranking.ranked.map((e) => e.high)].sort((a, b) => b - a));
  });

  it("names the highest (three tied at 100%) and the lowest, each on its published line", () => {
    const s = extremeSentence(ranking);
    expect(s.kind).toBe("extremes");
    if (s.kind !== "extremes") return;
    expect(s.highest.count).toBe(3);
    expect(s.highest.named[0]!.region).toBe("长沙市");
    expect(s.highest.named[0]!.value).toBe("≥ 100%");
    expect(s.highest.named.slice(1).map((n) => `${n.region} ${n.value}`)).toEqual(["青岛市 100%", "青岛市 100%"]);
    expect(s.lowest.count).toBe(1);
    expect(s.lowest.named[0]).toMatchObject({ region: "青岛市", value: "≥ 85%", line: 2525 });
    expect(sourceLine(s.lowest.named[0]!.entry.record.documentId, 2525)).toContain("≥85%");
    expect(sourceLine(s.highest.named[0]!.entry.record.documentId, s.highest.named[0]!.line)).toContain(
      "离退休人员满意度\t100%",
    );
    expect(s.text).toMatch(/^最高：100%，3 项并列——长沙市“离退休人员满意度” ≥ 100%/u);
    expect(s.text).toContain("最低：青岛市“企业满意率” ≥ 85%（制造业开拓市场资金，原文第 2525 行）");
  });

  it("draws one mark per ranked target, the operator as its shape", () => {
    const layout = rankingLayout(ranking.ranked, "%");
    expect(layout.marks).toHaveLength(ranking.ranked.length);
    expect(layout.marks[0]!.shape).toBe("at-least");
    expect(layout.marks[1]!.shape).toBe("no-operator");
    expect(layout.marks.at(-1)!.cx).toBeLessThan(layout.marks[0]!.cx);
  });
});

describe("ties and edge cases", () => {
  it("says all tied when every value is the same", async () => {
    const site = await loadSite();
    const inputs = conceptRankInputs(
      conceptPage(site, "service-satisfaction"),
      site.regions.map((r) => r.slug),
    ).filter((i) => i.indicator.target?.raw === "≥90%");
    const s = extremeSentence(rankTargets(inputs));
    expect(s.kind).toBe("all-tied");
    expect(s.text).toContain(`${inputs.length} 项目标值都是 90%`);
  });
});
