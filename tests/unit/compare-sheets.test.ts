/**
 * Paginated comparisons: the packing of groups into pages (any input), then
 * topic and concept pages on the real data (one page each) and on ten times
 * the data (many pages): together the pages list exactly the records and
 * targets of the topic or concept, each once, no page over its limits, and
 * the first page's per-region figures equal the data.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conceptPage, conceptPages } from "../../src/lib/compare/concept-page.ts";
import { CONCEPT_PAGE_LIMITS, conceptSheets } from "../../src/lib/compare/concept-sheets.ts";
import {
  COMPARE_DATA_FOLDERS,
  conceptSheetPath,
  nthPage,
  pageParam,
  topicSheetPath,
} from "../../src/lib/compare/paths.ts";
import { firstPages, pack } from "../../src/lib/compare/sheets.ts";
import { topicPages, type TopicPage } from "../../src/lib/compare/topic-view-model.ts";
import { TOPIC_PAGE_LIMITS, topicSheets } from "../../src/lib/compare/topic-sheets.ts";
import { regionSlugs, type Corpus } from "../../src/lib/compare/topics.ts";
import type { Project } from "../../src/model/schema.ts";
import { topicRules } from "../helpers/sources.ts";
import { dataset, scaledDataset } from "./compare-data.ts";

describe("packing groups into pages", () => {
  const groups = fc.array(
    fc.record({ key: fc.string(), items: fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 30 }) }),
    { maxLength: 12 },
  );
  const limits = fc.record({ weight: fc.integer({ min: 1, max: 100 }), groups: fc.integer({ min: 1, max: 8 }) });
  const weight = (items: readonly number[]) => items.reduce((a, b) => a + b, 0);

  it("gives back every group whole, in order, each item once", () => {
    fc.assert(
      fc.property(groups, limits, (gs, l) => {
        const parts = pack(gs, (n) => n, l).flat();
        const nonEmpty = gs.filter((g) => g.items.length > 0);
        // Parts of one group are consecutive and start where the previous part ended.
        const rebuilt: { key: string; items: number[] }[] = [];
        for (const part of parts) {
          const last = rebuilt.at(-1);
          if (part.from > 0) {
            expect(last!.key).toBe(part.key);
            expect(part.from).toBe(last!.items.length);
            last!.items.push(...part.items);
          } else rebuilt.push({ key: part.key, items: [...part.items] });
          expect(part.of).toBe(nonEmpty[rebuilt.length - 1]!.items.length);
        }
        expect(rebuilt).toEqual(nonEmpty.map((g) => ({ key: g.key, items: g.items })));
      }),
    );
  });

  it("keeps every page within its limits, and a group that fits a page on one page", () => {
    fc.assert(
      fc.property(groups, limits, (gs, l) => {
        const pages = pack(gs, (n) => n, l);
        for (const page of pages) {
          expect(page.length).toBeGreaterThan(0);
          expect(page.length).toBeLessThanOrEqual(l.groups);
          const items = page.flatMap((p) => p.items);
          // Only an item heavier than a page may overfill one, alone.
          if (weight(items) > l.weight) expect(items).toHaveLength(1);
        }
        // A part from 0 begins the next non-empty group: count each group's parts.
        const partsOf: number[] = [];
        for (const part of pages.flat()) {
          if (part.from === 0) partsOf.push(1);
          else partsOf[partsOf.length - 1]!++;
        }
        gs.filter((g) => g.items.length > 0).forEach(
          (g, i) => weight(g.items) <= l.weight && expect(partsOf[i], `group ${i} fits a page`).toBe(1),
        );
      }),
    );
  });

  it("starts a group too large for the page it would join on a fresh page", () => {
    const pages = pack(
      [
        { key: "a", items: [5, 5] },
        { key: "b", items: [5, 5, 5] },
      ],
      (n) => n,
      { weight: 12, groups: 6 },
    );
    expect(pages.map((p) => p.map((part) => `${part.key}${part.from}:${part.items.length}`))).toEqual([
      ["a0:2"],
      ["b0:2"],
      ["b2:1"],
    ]);
  });

  it("finds the page each key first appears on", () => {
    expect([...firstPages([["a", "b"], ["b", null], ["c"]])]).toEqual([
      ["a", 1],
      ["b", 1],
      [null, 2],
      ["c", 3],
    ]);
  });
});

describe("page addresses", () => {
  it("keep page 1 at the page's own address", () => {
    expect(topicSheetPath("radio", 1)).toBe("/compare/radio/");
    expect(topicSheetPath("radio", 3)).toBe("/compare/radio/3/");
    expect(conceptSheetPath("service-satisfaction", 2)).toBe("/indicators/service-satisfaction/2/");
    expect([pageParam(1), pageParam(2)]).toEqual([undefined, "2"]);
    expect(nthPage("/x/", 1)).toBe("/x/");
  });

  it("no topic can take the name of a folder of the compare view's data", () => {
    const ids = topicRules().map((t) => t.id);
    for (const folder of COMPARE_DATA_FOLDERS) expect(ids).not.toContain(folder);
  });
});

/** An exact decimal sum of published budget totals (“1,000.00”, “500万元”), independent of the site's sumExact. */
function decimalSum(raws: readonly string[]): string | null {
  if (raws.length === 0) return null;
  const parsed = raws.map((raw) => {
    const [whole, fraction = ""] = raw
      .replace(/,/gu, "")
      .match(/^\d+(?:\.\d+)?/u)![0]
      .split(".");
    return { whole: whole!, fraction };
  });
  const decimals = Math.max(...parsed.map((p) => p.fraction.length));
  const total = parsed.reduce((sum, p) => sum + BigInt(p.whole + p.fraction.padEnd(decimals, "0")), 0n);
  const digits = total.toString().padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** What a topic's pages must show, read straight from the data. */
function topicRecords(data: Corpus, page: TopicPage): Project[] {
  const slugOf = regionSlugs(data);
  return data.projects.filter(
    (p) =>
      p.topics.includes(page.topic) &&
      (p.kind === "template" || page.columns.some((c) => c.slug === slugOf.get(p.documentId))),
  );
}

function checkTopics(data: Corpus) {
  const slugOf = regionSlugs(data);
  const pages = topicPages(data);
  for (const page of pages) {
    const { sheets, starts } = topicSheets(page);
    const listed = sheets.flatMap((s) => [...s.columns.flatMap((c) => [...c.projects, ...c.units]), ...s.templates]);
    const records = topicRecords(data, page);
    expect(listed.map((r) => r.id).sort(), page.topic).toEqual(records.map((r) => r.id).sort());

    // Every indicator of a record with targets sits once in an aligned row or under its level, on the page of its record.
    for (const sheet of sheets) {
      const here = new Set(sheet.columns.flatMap((c) => [...c.projects, ...c.units]).map((r) => r.id));
      const shown = [...sheet.rows, ...sheet.others].flatMap((row) =>
        row.cells.flatMap((c) => c.entries.map((e) => e.record.id)),
      );
      for (const id of shown) expect(here.has(id)).toBe(true);
      expect(sheet.columns.length).toBeLessThanOrEqual(TOPIC_PAGE_LIMITS.groups);
      const weight =
        [...here].reduce((n, id) => n + Math.max(1, data.projects.find((r) => r.id === id)!.indicators.length), 0) +
        sheet.templates.length;
      // Only a record heavier than a page may overfill one, alone.
      if (here.size + sheet.templates.length > 1)
        expect(weight, `${page.topic} page ${sheet.number}`).toBeLessThanOrEqual(TOPIC_PAGE_LIMITS.weight);
    }
    const shown = sheets.flatMap((s) =>
      [...s.rows, ...s.others].flatMap((row) => row.cells.flatMap((c) => c.entries.map((e) => e.indicator.id))),
    );
    const published = records.filter((r) => r.kind !== "template").flatMap((r) => r.indicators.map((i) => i.id));
    expect(shown.sort(), page.topic).toEqual(published.sort());

    // The first page's figures per region: the exact sum of the projects' published totals, the counts.
    for (const region of page.columns) {
      const own = records.filter((r) => slugOf.get(r.documentId) === region.slug);
      const projects = own.filter((r) => r.kind === "project");
      const totals = projects.flatMap((p) =>
        p.budget?.raw.total === undefined || p.budget.total === null ? [] : [p.budget.raw.total],
      );
      expect(region.budget, `${page.topic} ${region.slug}`).toEqual({
        sum: decimalSum(totals),
        counted: totals.length,
      });
      expect(region.projects.length).toBe(projects.length);
      expect(region.units.length).toBe(own.filter((r) => r.kind === "unit").length);
      expect(region.indicators).toBe(
        own.filter((r) => r.kind !== "template").reduce((n, r) => n + r.indicators.length, 0),
      );
      // The link from the first page lands on the page where the region's records start.
      const start = sheets.find((s) => s.number === starts.get(region.slug))!;
      expect(start.columns.find((c) => c.region.slug === region.slug)?.continued).toBe(false);
    }
  }
  return pages;
}

describe("topic pages", () => {
  it("on the real data: each topic on one page, every record and target on it", () => {
    const pages = checkTopics(dataset);
    for (const page of pages) expect(topicSheets(page).sheets, page.topic).toHaveLength(1);
    const radio = topicSheets(pages.find((p) => p.topic === "radio")!).sheets[0]!;
    expect(
      radio.columns.map((c) => [c.region.slug, c.projects.length, c.units.length, c.continued, c.continues]),
    ).toEqual([
      ["tianjin", 6, 0, false, false],
      ["qingdao", 4, 0, false, false],
      ["changsha", 1, 1, false, false],
    ]);
  });

  it("at ten times the data: many pages, together listing exactly the topic's records and targets", () => {
    const data = scaledDataset(9);
    const pages = checkTopics(data);
    const radio = pages.find((p) => p.topic === "radio")!;
    const { sheets } = topicSheets(radio);
    expect(sheets.length).toBeGreaterThan(3);
    // Regions that grew past a page run on, marked at both ends.
    const split = sheets.flatMap((s) => s.columns).filter((c) => c.continues);
    expect(split.length).toBeGreaterThan(0);
    // Qingdao holds the original and its same-region copies: five years of records, summed exactly.
    const qingdao = radio.columns.find((c) => c.slug === "qingdao")!;
    expect(qingdao.years).toEqual([2023, 2025, 2027, 2029, 2031]);
    expect(qingdao.budget).toEqual({ sum: "13025.00", counted: 20 });
  });
});

describe("concept pages", () => {
  function checkConcepts(data: Corpus) {
    for (const page of conceptPages(data)) {
      const { sheets, starts } = conceptSheets(page);
      const occurrences = data.projects.flatMap((r) =>
        r.indicators.filter((i) => i.concept === page.concept).map((i) => ({ r, i })),
      );
      const entries = sheets.flatMap((s) => s.parts.flatMap((p) => p.entries.map((e) => e.indicator.id)));
      expect(entries.sort(), page.concept).toEqual(
        occurrences
          .filter((o) => o.r.kind !== "template")
          .map((o) => o.i.id)
          .sort(),
      );
      const templates = sheets.flatMap((s) => s.templates.map((o) => o.indicator.id));
      expect(templates.sort()).toEqual(
        occurrences
          .filter((o) => o.r.kind === "template")
          .map((o) => o.i.id)
          .sort(),
      );
      for (const sheet of sheets) {
        expect(sheet.parts.reduce((n, p) => n + p.entries.length, 0) + sheet.templates.length).toBeLessThanOrEqual(
          CONCEPT_PAGE_LIMITS.weight,
        );
        for (const part of sheet.parts) expect(part.last - part.first + 1).toBe(part.entries.length);
      }
      for (const region of page.regions)
        expect(
          sheets.find((s) => s.number === starts.get(region.slug))!.parts.find((p) => p.region.slug === region.slug)
            ?.first,
        ).toBe(1);
    }
  }

  it("on the real data: each concept on one page", () => {
    checkConcepts(dataset);
    for (const page of conceptPages(dataset)) expect(conceptSheets(page).sheets, page.concept).toHaveLength(1);
  });

  it("at ten times the data: pages together list exactly the concept's targets and template rows", () => {
    const data = scaledDataset(9);
    checkConcepts(data);
    const { sheets } = conceptSheets(conceptPage(data, "service-satisfaction"));
    expect(sheets.length).toBeGreaterThan(5);
    expect(sheets.flatMap((s) => s.parts).some((p) => p.first > 1)).toBe(true);
  });
});
