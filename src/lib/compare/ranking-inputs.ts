/**
 * Ranking inputs from the view models of concept pages and topic rows: every
 * target with a value (templates have none), with its region's name and place
 * in the region order (which gives its colour).
 */
import type { ConceptPage } from "./concept-page.ts";
import type { RankInput } from "./ranking.ts";
import type { ConceptRow, RegionColumn } from "./topic-view-model.ts";

/** `order`: every region slug in site order, so a region keeps its colour on every page. */
export function conceptRankInputs(page: Pick<ConceptPage, "regions">, order: readonly string[]): RankInput[] {
  return page.regions.flatMap((r) =>
    r.entries.map((e) => ({
      record: e.record,
      indicator: e.indicator,
      region: r.slug,
      regionName: r.name,
      regionIndex: order.indexOf(r.slug),
    })),
  );
}

export function rowRankInputs(
  row: Pick<ConceptRow, "cells">,
  columns: readonly Pick<RegionColumn, "slug" | "name">[],
  order: readonly string[],
): RankInput[] {
  return row.cells.flatMap((cell) => {
    const regionIndex = order.indexOf(cell.region);
    const regionName = columns.find((c) => c.slug === cell.region)?.name ?? cell.region;
    return cell.entries.map((e) => ({
      record: e.record,
      indicator: e.indicator,
      region: cell.region,
      regionName,
      regionIndex,
    }));
  });
}
