/**
 * Level cells in cell-per-line Word exports. A merged level cell is exported
 * once, in the first row it spans; the rows below it have an empty cell there
 * and carry the level down. A new level 1 starts without a level 2 until a row
 * names one.
 */

export type CarriedLevels = { level1Raw: string | null; level2Raw: string | null };

/** Returns a function that takes one row's level cells (empty when merged) and gives the levels the row sits under. */
export function carryLevelsDown(): (level1: string, level2: string) => CarriedLevels {
  let level1Raw: string | null = null;
  let level2Raw: string | null = null;
  return (level1, level2) => {
    if (level1) {
      level1Raw = level1;
      level2Raw = null;
    }
    if (level2) level2Raw = level2;
    return { level1Raw, level2Raw };
  };
}
