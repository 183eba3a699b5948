/**
 * Level-1/level-2 labels as published → the 2021 framework (财预〔2021〕101号).
 *
 * Documents follow either the 2015 tree (成本 under 产出, 满意度 under 效益) or
 * the 2021 tree (four level-1s). The canonical level-1 is derived from the
 * canonical level-2 whenever there is one; every move is flagged.
 */
import type { FlagCode, Level1, Level2 } from "../model/schema.ts";
import { LEVEL2_PARENT } from "../shared/levels.ts";

const LEVEL1_ALIASES: Record<string, Level1> = {
  成本指标: "成本指标",
  成本: "成本指标",
  产出指标: "产出指标",
  产出: "产出指标",
  效益指标: "效益指标",
  效益: "效益指标",
  满意度指标: "满意度指标",
  满意度: "满意度指标",
};

const LEVEL2_ALIASES: Record<string, Level2> = {
  ...(Object.fromEntries(Object.keys(LEVEL2_PARENT).map((k) => [k, k])) as Record<Level2, Level2>),
  经济成本: "经济成本指标",
  社会成本: "社会成本指标",
  生态环境成本: "生态环境成本指标",
  数量: "数量指标",
  质量: "质量指标",
  时效: "时效指标",
  经济效益: "经济效益指标",
  社会效益: "社会效益指标",
  生态效益: "生态效益指标",
  可持续影响: "可持续影响指标",
  可持续发展: "可持续影响指标",
  可持续发展指标: "可持续影响指标",
  满意度: "服务对象满意度指标",
  服务满意度: "服务对象满意度指标",
  服务对象满意度: "服务对象满意度指标",
};

/** Remove every kind of white space, including the breaks of vertical labels. */
export function compactLabel(raw: string): string {
  return raw.replace(/\s+/gu, "");
}

export function asLevel1(raw: string): Level1 | null {
  return LEVEL1_ALIASES[compactLabel(raw)] ?? null;
}

export function asLevel2(raw: string): Level2 | null {
  return LEVEL2_ALIASES[compactLabel(raw)] ?? null;
}

export type Levels = {
  level1: Level1 | null;
  level2: Level2 | null;
  level1Raw: string | null;
  level2Raw: string | null;
  flags: FlagCode[];
};

/**
 * Canonical levels for one indicator row. `level1Raw`/`level2Raw` are the
 * labels in force for the row after merged cells were carried down.
 */
export function canonicalLevels(level1Raw: string | null, level2Raw: string | null): Levels {
  const flags: FlagCode[] = [];
  const l1 = level1Raw ? asLevel1(level1Raw) : null;
  let l2: Level2 | null = null;
  let parent: Level1 | null = l1;

  if (level2Raw) {
    const asL2 = asLevel2(level2Raw);
    const l2AsL1 = asL2 ? null : asLevel1(level2Raw);
    if (asL2) {
      l2 = asL2;
    } else if (l2AsL1 === "成本指标" && l1 === "产出指标") {
      // 2015 tree: 成本指标 is a sub-type of 产出. Its only 2021 home is 经济成本.
      l2 = "经济成本指标";
      flags.push("legacyCostUnderOutput");
    } else if (l2AsL1 === "满意度指标") {
      // 2015 tree: satisfaction as a level-2 of 效益.
      l2 = "服务对象满意度指标";
    } else if (l2AsL1 && l2AsL1 === l1) {
      // A level-1 word repeated in the level-2 column names no level-2: do not guess one.
      l2 = null;
    } else {
      flags.push("levelNotCanonical");
    }
  }

  if (l2) {
    parent = LEVEL2_PARENT[l2];
    if (l1 && l1 !== parent && !flags.includes("legacyCostUnderOutput")) flags.push("levelReparented");
    if (!l1) flags.push("levelInferred");
    if (l2 === "过程管理指标") flags.push("levelNotCanonical");
  } else if (level1Raw && !l1) {
    flags.push("levelNotCanonical");
  }

  return { level1: parent, level2: l2, level1Raw, level2Raw, flags: [...new Set(flags)] };
}
