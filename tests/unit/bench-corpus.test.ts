import { describe, expect, test } from "vitest";
import {
  copyDocument,
  copyPlan,
  generateCorpus,
  nameKeys,
  replaceAll,
  shiftPercentTargets,
  shiftYears,
  type SourceDocument,
} from "../../src/bench/corpus.ts";
import { BENCH_CITIES, BENCH_PROVINCES, benchRegionsBesides, shortNames } from "../../src/bench/regions.ts";
import { documentCounts, driftFromOriginals, originalId } from "../../src/bench/verify.ts";
import { manifest } from "../../src/model/schema.ts";
import { normalizeDocument } from "../../src/normalize/pipeline.ts";
import { sha256Hex } from "../../src/shared/hash.ts";
import { conceptRules, manifestEntries, normalized, topicRules } from "../helpers/sources.ts";
import { readFileSync } from "node:fs";
import { sourcePath } from "../../src/normalize/pipeline.ts";

function realSources(): SourceDocument[] {
  return manifestEntries().map((entry) => ({
    entry,
    text: readFileSync(sourcePath(entry), "utf8"),
    names: [...new Set(normalized(entry.id).projects.map((p) => p.name))],
  }));
}

describe("text rewrites", () => {
  test("replaceAll: one pass, longest key first, replacements never rewritten", () => {
    const map = new Map([
      ["青岛", "济南"],
      ["青岛市工信局", "X"],
      ["济南", "青岛"],
    ]);
    expect(replaceAll("青岛市工信局；青岛；济南", map)).toBe("X；济南；青岛");
    expect(replaceAll("a.b", new Map([[".", "!"]]))).toBe("a!b");
    expect(replaceAll("same", new Map())).toBe("same");
  });

  test("shiftYears: years before 年 and the document's own year, never codes or figures", () => {
    const text = "2023年 2023 年 2022年11月至2023年10月 2023电力 37020023P88 2076.70 2023.5 12,023 2019";
    expect(shiftYears(text, 2023, -1)).toBe(
      "2022年 2022 年 2021年11月至2022年10月 2022电力 37020023P88 2076.70 2023.5 12,023 2019",
    );
    expect(shiftYears(text, 2023, 0)).toBe(text);
  });

  test("shiftPercentTargets: targets with an operator move up, never to 100", () => {
    expect(shiftPercentTargets("≥90% ≤5％ >=99% 95% 100%", 2)).toBe("≥92% ≤7％ >=99% 95% 100%");
    expect(shiftPercentTargets("≥90%", 0)).toBe("≥90%");
  });

  test("nameKeys: the whole name, else its last long part found in the text", () => {
    expect(nameKeys("食盐储备工作经费", "1.食盐储备工作经费绩效目标表")).toEqual(["食盐储备工作经费"]);
    expect(nameKeys("2021年度资金 政策任务-工艺美术资金（省本级）", "政策任务-工艺美术资金（省本级）\t")).toEqual([
      "政策任务-工艺美术资金（省本级）",
    ]);
    expect(nameKeys("无处可寻的名字", "别的文字")).toEqual([]);
  });
});

describe("regions", () => {
  test("codes and slugs are unique; a region the manifest also has is never used", () => {
    const all = [...BENCH_CITIES, ...BENCH_PROVINCES];
    expect(new Set(all.map((r) => r.adminCode)).size).toBe(all.length);
    expect(new Set(all.map((r) => r.slug)).size).toBe(all.length);
    const real = manifestEntries().map((e) => e.region);
    const free = benchRegionsBesides(real, all);
    expect(free.filter((r) => real.some((x) => x.adminCode === r.adminCode))).toEqual([]);
    // The day a real document comes from a bench region, that region drops out instead of colliding.
    const nanjing = BENCH_CITIES.find((r) => r.slug === "nanjing")!;
    expect(
      benchRegionsBesides([...real, { province: "江苏省", city: "南京市", adminCode: "320100" }], all),
    ).not.toContain(nanjing);
    expect(
      benchRegionsBesides([...real, { province: "江苏省", city: "南京市", adminCode: "320100" }], all),
    ).toHaveLength(free.length - 1);
    for (const r of all) expect(r.adminCode).toMatch(/^\d{6}$/u);
    expect(BENCH_PROVINCES.every((r) => r.city === null && r.adminCode.endsWith("0000"))).toBe(true);
  });
  test("shortNames", () => {
    expect(shortNames({ province: "山东省", city: "青岛市", adminCode: "370200" })).toEqual({
      short: "青岛",
      provinceShort: "山东",
    });
    expect(shortNames({ province: "天津市", city: "天津市", adminCode: "120000" })).toEqual({
      short: "天津",
      provinceShort: "天津",
    });
    expect(shortNames({ province: "广东省", city: null, adminCode: "440000" })).toEqual({
      short: "广东",
      provinceShort: "广东",
    });
    expect(shortNames({ province: "广西壮族自治区", city: "南宁市", adminCode: "450100" }).provinceShort).toBe("广西");
  });
});

describe("generated corpora", () => {
  const sources = realSources();
  const real = sources.map((s) => s.entry.region);

  test("copy k: new id, file, region, year and hash; names suffixed 第k批; the original's region gone from the text", () => {
    const qingdao = sources.find((s) => s.entry.id === "qingdao-2023")!;
    const plan = copyPlan(qingdao.entry, 0, 3, real);
    const { entry, text } = copyDocument(qingdao, plan);
    expect(entry.id).toBe("qingdao-2023-x3");
    expect(entry.file).toBe("qingdao-2023-gongxinju-project-targets-x3.txt");
    expect(entry.region.adminCode).toBe(plan.region.adminCode);
    expect(entry.region.city).not.toBeNull();
    expect(entry.year).toBe(plan.year);
    expect(entry.sha256).toBe(sha256Hex(new TextEncoder().encode(text)));
    expect(entry.title).toContain(plan.region.city!);
    expect(text).toContain("食盐储备工作经费第3批");
    expect(text).not.toContain("青岛");
    expect(text.split("\n").length).toBe(qingdao.text.split("\n").length);
  });

  test("a provincial document is copied to a province, a city's to a city", () => {
    const gd = sources.find((s) => s.entry.id === "guangdong-2021")!;
    for (let k = 1; k < 20; k++) expect(copyPlan(gd.entry, 3, k, real).region.city).toBeNull();
    const cs = sources.find((s) => s.entry.id === "changsha-2023")!;
    for (let k = 1; k < 20; k++) expect(copyPlan(cs.entry, 2, k, real).region.city).not.toBeNull();
  });

  test("×n holds n of each document, a valid manifest with unique ids and files", () => {
    const corpus = generateCorpus(sources, 4);
    expect(corpus.manifest.documents).toHaveLength(sources.length * 4);
    expect(manifest.safeParse(corpus.manifest).success).toBe(true);
    expect(new Set(corpus.manifest.documents.map((d) => d.file)).size).toBe(corpus.files.size);
    expect(corpus.manifest.documents.slice(0, sources.length)).toEqual(sources.map((s) => s.entry));
    expect(new Set(corpus.manifest.documents.map((d) => d.region.adminCode)).size).toBeGreaterThan(8);
    const copies = corpus.manifest.documents.slice(sources.length);
    expect(copies.filter((d) => real.some((r) => r.adminCode === d.region.adminCode))).toEqual([]);
    expect(() => generateCorpus(sources, 0)).toThrow(/scale/u);
  });

  test("every copy reads like its original: same records, indicators, skipped lines and flags", () => {
    const corpus = generateCorpus(sources, 3);
    const data = corpus.manifest.documents.map((entry) =>
      normalizeDocument(entry, new TextEncoder().encode(corpus.files.get(entry.file)), {
        topics: topicRules(),
        concepts: conceptRules(),
      }),
    );
    expect(driftFromOriginals(data)).toEqual([]);
    const copy = data.find((d) => d.document.id === "tianjin-2024-x2")!;
    expect(copy.projects.every((p) => p.name.includes("第2批"))).toBe(true);
    expect(copy.projects.map((p) => p.id)).not.toEqual(normalized("tianjin-2024").projects.map((p) => p.id));
  }, 60_000);
});

describe("verify", () => {
  test("originalId", () => {
    expect(originalId("qingdao-2023-x17")).toBe("qingdao-2023");
    expect(originalId("qingdao-2023")).toBe("qingdao-2023");
  });
  test("a copy with a record missing is reported", () => {
    const original = normalized("guangdong-2021");
    const copy = {
      ...original,
      document: { ...original.document, id: "guangdong-2021-x1" },
      projects: original.projects.slice(1),
    };
    const drift = driftFromOriginals([original, copy]);
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatch(/^guangdong-2021-x1: records 27 \(original 28\)/u);
    expect(documentCounts(original).records).toBe(28);
  });
});
