/**
 * Which comparison pages exist and what they hold, on the real documents:
 * topic pages (two or more regions, templates apart), concept pages, the
 * compare view's data, selection and side-by-side table, and the level-mix chart.
 */
import { describe, expect, it } from "vitest";
import { conceptPage, conceptPages } from "../../src/lib/compare/concept-page.ts";
import { MIX_KEYS, mixCounts, stackLayout } from "../../src/lib/compare/level-mix.ts";
import { selectionPath } from "../../src/lib/compare/paths.ts";
import { itemOf, pickerIndex, pickerRegions, searchItems } from "../../src/lib/compare/picker.ts";
import { readySelections } from "../../src/lib/compare/ready.ts";
import { compareEntries, recordLabel } from "../../src/lib/compare/records.ts";
import {
  MAX_SELECTION,
  MAX_URL_IDS,
  parseSelection,
  regionOfId,
  requestedIds,
  selectionSearch,
} from "../../src/lib/compare/selection.ts";
import { sideBySide } from "../../src/lib/compare/side-by-side.ts";
import { topicPage, topicPages } from "../../src/lib/compare/topic-view-model.ts";
import {
  comparisonsFor,
  comparisonsForRegion,
  conceptsWithOccurrences,
  topicsWithComparison,
} from "../../src/lib/compare/topics.ts";
import { CHART } from "../../src/lib/site/charts.ts";
import type { Level1 } from "../../src/model/schema.ts";
import { dataset, record } from "./compare-data.ts";

const QD = "qingdao-2023";
const TJ = "tianjin-2024";
const names = { topicName: (id: string) => `T:${id}`, conceptName: (id: string) => `C:${id}` };

describe("topic comparisons", () => {
  it("exist for topics with records in two or more regions; templates do not count", () => {
    const topics = topicsWithComparison(dataset);
    const radio = topics.find((t) => t.topic === "radio");
    expect(radio?.regions).toEqual(["tianjin", "qingdao", "changsha"]);
    // Industrial internet: Qingdao projects and Jiangsu templates only — one region of spending.
    expect(topics.map((t) => t.topic)).not.toContain("industrial-internet");
    expect(topics.map((t) => t.topic)).toEqual(
      expect.arrayContaining(["radio", "events", "vehicles", "clusters", "digital", "consumer-goods"]),
    );
    for (const t of topics) expect(t.regions.length).toBeGreaterThanOrEqual(2);
    expect(topicPages(dataset).map((p) => p.topic)).toEqual(topics.map((t) => t.topic));
  });

  it("are found from a record and from a region", () => {
    expect(comparisonsFor(dataset, record(QD, 14).id).map((t) => t.topic)).toEqual(["radio"]);
    expect(comparisonsFor(dataset, record(QD, 10).id)).toEqual([]); // 工赋青岛: industrial internet, no comparison
    expect(comparisonsFor(dataset, "no-such-record")).toEqual([]);
    expect(comparisonsForRegion(dataset, "qingdao").map((t) => t.topic)).toContain("radio");
    expect(comparisonsForRegion(dataset, "guangdong").map((t) => t.topic)).not.toContain("radio");
    // Jiangsu publishes only templates, shown apart on the topic pages they fit.
    expect(comparisonsForRegion(dataset, "jiangsu").map((t) => t.topic)).toContain("clusters");
  });

  it("radio: the regions, years, projects and exact budget sums", () => {
    const page = topicPage(dataset, "radio")!;
    const tianjin = page.columns.find((c) => c.slug === "tianjin")!;
    const qingdao = page.columns.find((c) => c.slug === "qingdao")!;
    expect(tianjin.years).toEqual([2024]);
    expect(tianjin.projects.map((p) => p.budget?.raw.total)).toEqual([
      "11.85",
      "12.80",
      "49.00",
      "3.48",
      "16.00",
      "266.00",
    ]);
    expect(tianjin.budget).toEqual({ sum: "359.13", counted: 6 });
    expect(qingdao.years).toEqual([2023]);
    expect(qingdao.projects.map((p) => `${p.name} ${p.budget?.raw.total}`)).toEqual([
      "无线电宣传工作经费 18.00",
      "无线电管理经费 1981.00",
      "无线电监测管理经费 6.00",
      "无线电管理经费 600.00",
    ]);
    expect(qingdao.budget).toEqual({ sum: "2605.00", counted: 4 });
    expect([tianjin.indicators, qingdao.indicators]).toEqual([37, 37]);
    expect(page.templates).toEqual([]);
  });

  it("radio: satisfaction, complaint handling and event/exam support are rows, every target in its region", () => {
    const page = topicPage(dataset, "radio")!;
    const row = (concept: string) => page.rows.find((r) => r.concept === concept)!;
    const raws = (concept: string, region: string) =>
      row(concept)
        .cells.find((c) => c.region === region)!
        .entries.map((e) => e.indicator.target?.raw);

    expect(raws("service-satisfaction", "qingdao")).toEqual(["≥90百分号", "≥90百分比", "≥90百分比", "≥90百分比"]);
    expect(raws("service-satisfaction", "tianjin")).toEqual(["≥90%", "≥95%", "≥95%", "≥95%", "≥90%", "≥90%"]);
    expect(row("service-satisfaction").groups[0]!.span).toEqual({ min: 90, max: 95 });
    // The verdict is said once over the whole topic, so every page holding part of the row says the same.
    expect(row("service-satisfaction").verdict).toMatchObject({
      comparable: true,
      text: "天津市、青岛市、长沙市可直接比较（%，运算符 ≥，数值 90 至 95）。",
    });

    expect(raws("interference-complaints", "qingdao")).toEqual(["100百分比", "100百分比"]);
    expect(raws("interference-complaints", "tianjin")).toEqual(["100%", "100%"]);
    expect(row("interference-complaints").comparableRegions).toEqual(["tianjin", "qingdao"]);

    const events = row("event-exam-radio-support");
    expect(raws("event-exam-radio-support", "qingdao")).toEqual(["≥14次", "≥7次"]);
    expect(raws("event-exam-radio-support", "tianjin")).toEqual(["<20次"]);
    expect(events.cells.find((c) => c.region === "tianjin")!.entries[0]!.aligned.reason).toBe("运算符不同：< 与 ≥");
    expect(events.scopesDiffer).toBe(true);
    expect(events.cells.find((c) => c.region === "qingdao")!.entries.map((e) => e.scope)).toEqual([
      ["重大活动", "考试"],
      ["考试"],
    ]);
  });

  it("hide nothing: every indicator of the regions' records is in an aligned row or under its level", () => {
    for (const page of topicPages(dataset)) {
      const shown = [
        ...page.rows.flatMap((r) => r.cells.flatMap((c) => c.entries.map((e) => e.indicator.id))),
        ...page.others.flatMap((r) => r.cells.flatMap((c) => c.entries.map((e) => e.indicator.id))),
      ];
      const published = page.columns.flatMap((c) =>
        [...c.projects, ...c.units].flatMap((r) => r.indicators.map((i) => i.id)),
      );
      expect(shown.sort(), page.topic).toEqual(published.sort());
    }
  });

  it("radio with Changsha: its project and station rows take their place", () => {
    const page = topicPage(dataset, "radio")!;
    const changsha = page.columns.find((c) => c.slug === "changsha")!;
    expect(changsha.projects.map((p) => `${p.name} ${p.budget?.raw.total}`)).toEqual(["无线电管理经费 14.07"]);
    expect(changsha.units.map((p) => p.budget?.raw.total)).toEqual(["204.16"]);
    const cell = (concept: string) =>
      page.rows.find((r) => r.concept === concept)?.cells.find((c) => c.region === "changsha")?.entries ?? [];
    expect(cell("service-satisfaction").map((e) => e.aligned.common)).toEqual(["≥ 95%", "≥ 95%"]);
    expect(cell("event-exam-radio-support").map((e) => e.aligned.common)).toEqual(
      expect.arrayContaining(["≥ 20 次", "≥ 4 次"]),
    );
    expect(cell("safety-accidents").map((e) => e.aligned.common)).toEqual(["0（零发生）"]);
    // The station's rows without a name stay on the page, their explanation kept as the description;
    // 反映保障次数 joins the event/exam row by a reviewed rule.
    const unnamed = page.others
      .flatMap((r) => r.cells.find((c) => c.region === "changsha")!.entries)
      .filter((e) => e.indicator.name === null);
    expect(unnamed.length).toBeGreaterThan(0);
    expect(
      cell("event-exam-radio-support").map((e) => `${e.indicator.description} ${e.indicator.target?.raw}`),
    ).toContain("反映保障次数 20次");
  });
});

describe("concept pages", () => {
  it("exist for every concept in the data and list every occurrence across regions", () => {
    const summaries = conceptsWithOccurrences(dataset);
    expect(conceptPages(dataset).map((p) => p.concept)).toEqual(summaries.map((s) => s.concept));
    const satisfaction = conceptPage(dataset, "service-satisfaction");
    const total = dataset.projects
      .filter((p) => p.kind !== "template")
      .flatMap((p) => p.indicators)
      .filter((i) => i.concept === "service-satisfaction").length;
    expect(satisfaction.total).toBe(total);
    expect(satisfaction.regions.map((r) => r.slug)).toEqual(
      expect.arrayContaining(["tianjin", "qingdao", "guangdong"]),
    );
    expect(satisfaction.regions.reduce((n, r) => n + r.entries.length, 0)).toBe(total);
    expect(satisfaction.topics.map((t) => t.topic)).toContain("radio");
  });

  it("keep template rows apart: they carry no targets", () => {
    const page = conceptPages(dataset).find((p) => p.templates.length > 0)!;
    expect(page.templates.every((o) => o.record.kind === "template")).toBe(true);
    expect(page.regions.every((r) => r.entries.every((e) => e.record.kind !== "template"))).toBe(true);
  });
});

describe("the compare view", () => {
  const entries = compareEntries(dataset, names);
  const ids = new Set(entries.map((i) => i.id));
  const entry = (id: string) => entries.find((e) => e.id === id)!;
  const chosen = (...list: string[]) => sideBySide(list.map(entry));

  it("publishes records with targets and budget units with several records, never templates", () => {
    expect(entries.some((i) => i.id.startsWith("jiangsu-"))).toBe(false);
    expect(
      entries
        .filter((e) => e.kind !== "budget-unit")
        .map((e) => e.id)
        .sort(),
    ).toEqual(
      dataset.projects
        .filter((p) => p.kind !== "template")
        .map((p) => p.id)
        .sort(),
    );
    const station = entry(`${QD}-unit-502002`);
    expect(station).toMatchObject({
      kind: "budget-unit",
      name: "青岛市无线电监测站",
      budget: "606.00",
      regionName: "青岛市",
      href: "/regions/qingdao/#units",
    });
    expect(station.records.map((r) => r.id)).toEqual([record(QD, 19).id, record(QD, 20).id]);
    const qd14 = entry(record(QD, 14).id);
    expect(qd14).toMatchObject({
      kind: "project",
      budget: "1981.00",
      region: "qingdao",
      year: 2023,
      topics: [{ id: "radio", name: "T:radio" }],
    });
    expect(qd14.records).toHaveLength(1);
    expect(qd14.records[0]!.indicators.find((i) => i.concept === "event-exam-radio-support")).toMatchObject({
      raw: "≥14次",
      reading: "不少于 14 次",
      scope: ["重大活动", "考试"],
      measure: { kind: "amount", op: ">=", value: 14, unit: "次" },
    });
    // An item's file names every concept its indicators carry, so the table needs nothing else.
    expect(qd14.concepts.map((c) => c.id)).toEqual(
      [...new Set(record(QD, 14).indicators.flatMap((i) => i.concept ?? []))].sort(),
    );
  });

  it("tells apart Guangdong's 21 tables of one name by their city", () => {
    const gd = dataset.projects.filter((p) => p.name === "2021年度企业情况综合工作经费");
    expect(new Set(gd.map(recordLabel)).size).toBe(gd.length);
  });

  it("offers the picker an index of regions and one file per region, together every item once", () => {
    const regions = pickerRegions(entries);
    expect(regions.map((r) => r.slug)).toEqual(["tianjin", "qingdao", "changsha", "guangdong"]);
    expect(regions.flatMap((r) => r.items)).toEqual(entries.map(itemOf));
    expect(pickerIndex(regions).regions.map((r) => r.items)).toEqual(regions.map((r) => r.items.length));
    // Every item's id is placed in its own region by the index alone (no request).
    const index = pickerIndex(regions, entries);
    for (const r of regions) for (const item of r.items) expect(regionOfId(item.id, index.regions)).toBe(r.slug);
    expect(index.regions.every((r) => r.prefixes.length < 10)).toBe(true);
    // The heads carry no indicators: a region's file stays a list of names.
    expect(Object.keys(regions[0]!.items[0]!).sort()).toEqual([
      "budget",
      "id",
      "kind",
      "name",
      "region",
      "unit",
      "year",
    ]);
  });

  it("reads a shared selection from the URL and writes it back the same", () => {
    const a = record(QD, 14).id;
    const b = record(TJ, 8).id;
    const path = selectionPath([a, b]);
    expect(path).toBe(`/compare/?p=${a}&p=${b}`);
    expect(requestedIds(`?p=${a}&p=${a}&p=nope`)).toEqual([a, "nope"]);
    expect(parseSelection(new URL(path, "http://x").search, ids)).toEqual({ ids: [a, b], unknown: [], dropped: 0 });
    expect(parseSelection(`?p=${a}&p=${a}&p=nope`, ids)).toEqual({ ids: [a], unknown: ["nope"], dropped: 0 });
    const many = [...ids].slice(0, MAX_SELECTION + 2);
    expect(parseSelection(selectionPath(many).slice("/compare/".length), ids).ids).toEqual(
      many.slice(0, MAX_SELECTION),
    );
    expect(MAX_SELECTION).toBeGreaterThanOrEqual(10); // Tianjin's 6 radio projects face Qingdao's 4
  });

  it("reads a bounded number of ids from a URL and places each in a region without a request", () => {
    const flood = selectionSearch(Array.from({ length: 1000 }, (_, i) => `x${i}`));
    expect(requestedIds(flood)).toHaveLength(MAX_URL_IDS);
    expect(parseSelection(flood, ids)).toMatchObject({ ids: [], dropped: 1000 - MAX_URL_IDS });
    expect(parseSelection(flood, ids).unknown).toHaveLength(MAX_URL_IDS);
    const index = [
      { slug: "tianjin", prefixes: ["tianjin-2024"] },
      { slug: "qingdao", prefixes: ["qingdao-2023", "odd-id"] },
      { slug: "other", prefixes: ["qingdao"] },
    ];
    expect(regionOfId("qingdao-2023-unit-502002", index)).toBe("qingdao");
    expect(regionOfId("odd-id", index)).toBe("qingdao");
    expect(regionOfId("no-such-item", index)).toBeUndefined();
    expect(regionOfId("tianjin-2023-x", index)).toBeUndefined();
  });

  it("puts Qingdao #14 and Tianjin #8 side by side with their shared concepts aligned", () => {
    const table = chosen(record(QD, 14).id, record(TJ, 8).id);
    expect(table.columns.map((c) => c.item.regionName)).toEqual(["青岛市", "天津市"]);
    expect(table.shared.map((r) => r.concept)).toEqual(
      expect.arrayContaining([
        "service-satisfaction",
        "interference-complaints",
        "event-exam-radio-support",
        "project-cost",
      ]),
    );
    expect(table.shared.find((r) => r.concept === "service-satisfaction")!.name).toBe("C:service-satisfaction");
    const events = table.shared.find((r) => r.concept === "event-exam-radio-support")!;
    expect(events.cells.map((cell) => cell.map((c) => [c.indicator.raw, c.aligned.common, c.aligned.reason]))).toEqual([
      [["≥14次", "≥ 14 次", "运算符不同：≥ 与 <"]],
      [["<20次", "< 20 次", "运算符不同：< 与 ≥"]],
    ]);
    expect(events.cells[0]![0]!.indicator.source).toBe(`/documents/${QD}/source/#L2040`);
    expect(events.cells[0]![0]!.indicator.href).toBe(
      `/projects/${record(QD, 14).id}/#${record(QD, 14).indicators.find((i) => i.concept === "event-exam-radio-support")!.id}`,
    );
    // Every indicator is shown once: in a shared row or under its level.
    const shown = table.shared
      .flatMap((r) => r.cells.flat().map((c) => c.indicator.id))
      .concat(table.levels.flatMap((l) => l.cells.flat().map((i) => i.id)));
    expect(shown.sort()).toEqual([...record(QD, 14).indicators, ...record(TJ, 8).indicators].map((i) => i.id).sort());
  });

  it("a budget unit's column holds the indicators of all its records", () => {
    const table = chosen(`${QD}-unit-502002`, record(TJ, 9).id);
    expect(table.columns[0]!.indicators.map((i) => i.recordName)).toEqual([
      ...record(QD, 19).indicators.map(() => "无线电监测管理经费"),
      ...record(QD, 20).indicators.map(() => "无线电管理经费"),
    ]);
  });

  it("filters a region's items by name, unit or year, every word required", () => {
    const region = (slug: string) => pickerRegions(entries).find((r) => r.slug === slug)!.items;
    expect(searchItems(region("tianjin"), "无线电")).toHaveLength(6);
    expect(searchItems(region("tianjin"), "无线电 2024")).toHaveLength(6);
    expect(searchItems(region("tianjin"), "无线电 2023")).toEqual([]);
    expect(searchItems(region("qingdao"), "监测站").map((i) => i.id)).toContain(`${QD}-unit-502002`);
    expect(searchItems(region("qingdao"), "  ")).toEqual(region("qingdao"));
  });

  it("offers a ready selection per topic: the largest project of each region", () => {
    const radio = readySelections(dataset).find((r) => r.topic === "radio")!;
    expect(radio.records.map((p) => p.budget?.raw.total).slice(0, 2)).toEqual(["266.00", "1981.00"]);
  });
});

describe("the level-mix chart", () => {
  const row = (label: string, indicators: { level1: Level1 | null }[]) => ({
    label,
    counts: mixCounts(indicators),
    total: indicators.length,
  });
  const rows = [row("甲", record(QD, 14).indicators), row("乙", record(TJ, 8).indicators)];

  it("counts indicators by level 1", () => {
    expect(rows[0]!.counts).toEqual({ 成本指标: 1, 产出指标: 8, 效益指标: 3, 满意度指标: 1, unclassified: 0 });
    expect(mixCounts([{ level1: null }, { level1: "产出指标" }])).toMatchObject({ 产出指标: 1, unclassified: 1 });
    expect(rows[0]!.total).toBe(13);
  });

  it("stacks each row's segments end to end, scaled to the largest total, inside the drawing", () => {
    const layout = stackLayout(rows);
    const [a, b] = layout.bars;
    for (const bar of layout.bars) {
      for (let i = 1; i < bar.segments.length; i++) {
        const prev = bar.segments[i - 1]!;
        expect(bar.segments[i]!.x).toBeCloseTo(prev.x + prev.width, 0);
      }
      expect(bar.totalX).toBeLessThanOrEqual(CHART.width);
    }
    const end = (bar: typeof a) => bar!.segments.at(-1)!.x + bar!.segments.at(-1)!.width;
    expect(end(b) / end(a)).toBeCloseTo(6 / 13, 1);
    expect(layout.legend.map((l) => l.key)).toEqual(MIX_KEYS.filter((k) => k !== "unclassified"));
    expect(b!.y).toBeGreaterThan(a!.y + layout.barHeight);
  });
});
