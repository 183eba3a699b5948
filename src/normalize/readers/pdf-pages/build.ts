/**
 * A draft record (its head and its rows in line order) → a Project of the
 * model. Merged level cells are printed once per group (and again at the top
 * of a page): the labels in force are carried down by vocabulary. A level-1
 * label resets the level-2; a level-2 whose framework parent differs from the
 * level-1 in force starts a group whose level-1 was not printed here. A
 * displaced row takes only the labels it prints itself.
 */
import type { FlagCode, ManifestEntry, Project } from "../../../model/schema.ts";
import type { IndicatorCells } from "../../indicator.ts";
import { LEVEL2_PARENT } from "../../../shared/levels.ts";
import { asLevel1, asLevel2, canonicalLevels } from "../../levels.ts";
import type { SplitCells } from "../../target/index.ts";
import { goalsByNumbering } from "./goals.ts";
import type { Draft } from "./records.ts";
import type { Body, IndicatorText } from "./rows.ts";
import { joinWrapped } from "./text.ts";
import { buildRecord } from "../record.ts";

export type RecordContext = {
  entry: ManifestEntry;
  /** 单位：万元 of the target tables. */
  tableUnit: string | null;
  /** Unit code → unit name, from the subtotal rows and the 部门整体 table. */
  unitNames: ReadonlyMap<string, string>;
};

type Levels = { level1Raw: string | null; level2Raw: string | null };

/** The labels in force after a row that prints `printed`. */
function carry(levels: Levels, printed: Body["levels"]): Levels {
  let { level1Raw, level2Raw } = levels;
  for (const label of printed) {
    const raw = joinWrapped(label.raw);
    if (label.level === 1) {
      level1Raw = raw;
      level2Raw = null;
    } else {
      const parent = LEVEL2_PARENT[asLevel2(raw)!];
      if (printed.length === 1 && level1Raw && asLevel1(level1Raw) !== parent) level1Raw = null;
      level2Raw = raw;
    }
  }
  return { level1Raw, level2Raw };
}

/** The labels a row prints itself, for a row that is not read in its table's flow. */
export const ownLevels = (body: Body): Levels => carry({ level1Raw: null, level2Raw: null }, body.levels);

function splitCells(cells: IndicatorText): SplitCells {
  return {
    value: cells.value ?? "",
    ...(cells.unit !== undefined ? { unit: cells.unit } : {}),
    ...(cells.valueType !== undefined ? { valueType: cells.valueType } : {}),
  };
}

/** A row's placed cells → the cells the shared indicator builder reads. */
export function indicatorCells(levels: Levels, cells: IndicatorText, line: number, flags: FlagCode[]): IndicatorCells {
  return {
    ...levels,
    name: cells.name ?? null,
    description: cells.description ?? null,
    basis: cells.basis ?? null,
    scoring: cells.scoring ?? null,
    weight: cells.weight ?? null,
    value: splitCells(cells),
    flags,
    lines: [line, line],
  };
}

export function recordOf(draft: Draft, number: number, ctx: RecordContext): Project {
  const { head } = draft;
  const rows = [...draft.rows].sort((a, b) => a.row.line - b.row.line);
  const indicators: IndicatorCells[] = [];
  const emptyCategories: Project["emptyCategories"] = [];
  let inForce: Levels = { level1Raw: null, level2Raw: null };

  for (const { row, body, displaced } of rows) {
    const levels = displaced ? ownLevels(body) : carry(inForce, body.levels);
    if (!displaced) inForce = levels;
    if (!body.cells) {
      const canonical = canonicalLevels(levels.level1Raw, levels.level2Raw);
      const raw = levels.level2Raw ?? levels.level1Raw;
      if (raw) emptyCategories.push({ level1: canonical.level1, level2: canonical.level2, raw, line: row.line });
      continue;
    }
    const flags: FlagCode[] = [...body.flags, ...(displaced ? (["displacedRow"] as const) : [])];
    indicators.push(indicatorCells(levels, body.cells, row.line, flags));
  }

  const lines = [draft.first, ...rows.map((r) => r.row.line)];
  const unitName = draft.kind === "unit" ? head.name : draft.unitCode ? (ctx.unitNames.get(draft.unitCode) ?? "") : "";
  return buildRecord(ctx.entry, {
    kind: draft.kind,
    key: [draft.unitCode, head.name],
    number,
    name: head.name,
    unit: draft.unitCode ? { code: draft.unitCode, name: unitName } : null,
    budget: head.budget,
    goals: goalsByNumbering(head.goal === null ? null : joinWrapped(head.goal)),
    emptyCategories,
    flags: draft.flags,
    lines: [Math.min(...lines), Math.max(...lines)],
    indicators,
    tableUnit: ctx.tableUnit,
  });
}
