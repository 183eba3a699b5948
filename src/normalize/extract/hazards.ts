/**
 * Text-layer hazards that change the code points but not what was printed:
 * Kangxi radicals (U+2F00–U+2FD5), CJK Radicals Supplement (U+2E80–U+2EFF) and
 * CJK compatibility ideographs (U+F900–U+FAFF) standing in for the ideographs
 * printed. Folded back to the ideograph (src/normalize/text/fold.ts) and
 * counted, so the grid's notes say how many were changed. Full-width forms and
 * spaces are left as printed (the target grammar folds those when it reads).
 */
import { foldText } from "../text/fold.ts";

const STAND_INS = /[\u2E80-\u2EFF\u2F00-\u2FD5\uF900-\uFAFF]/gu;

export function foldStandIns(text: string, count: { n: number }): string {
  return text.replace(STAND_INS, (c) => {
    const folded = foldText(c);
    if (folded !== c) count.n++;
    return folded;
  });
}
