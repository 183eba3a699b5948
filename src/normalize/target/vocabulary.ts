/**
 * Qualitative targets: the words the sources use, with the direction they set.
 * Data, to be reviewed as a table (research note, section 3.5).
 *
 * "prefix" terms also read a value that starts with them (提升大会形象 → 提升);
 * they are verbs of change, which keep their meaning at the head of a phrase.
 * Every other term must be the whole value: 无 must not read 无线电…, 满意 must
 * not read 满意度…, 保障 must not read a noun phrase 保障性….
 * A value matching no term keeps its text with direction null: we never mine a
 * direction out of a sentence.
 */
import type { Target } from "../../model/schema.ts";

type Qualitative = NonNullable<Target["qualitative"]>;
type Term = {
  term: string;
  direction: NonNullable<Qualitative["direction"]>;
  intensity?: Qualitative["intensity"];
  match: "exact" | "prefix";
};

const QUALITATIVE_TERMS: readonly Term[] = [
  // increase
  { term: "提升", direction: "increase", match: "prefix" },
  { term: "提高", direction: "increase", match: "prefix" },
  { term: "增长", direction: "increase", match: "prefix" },
  { term: "壮大", direction: "increase", match: "prefix" },
  { term: "扩大", direction: "increase", match: "prefix" },
  { term: "显著提升", direction: "increase", intensity: "strong", match: "prefix" },
  { term: "有所提升", direction: "increase", intensity: "weak", match: "prefix" },
  { term: "同比提升", direction: "increase", intensity: "yoy", match: "prefix" },
  // decrease
  { term: "降低", direction: "decrease", match: "prefix" },
  { term: "减少", direction: "decrease", match: "prefix" },
  { term: "有效降低", direction: "decrease", match: "prefix" },
  // achieve (a yes/no target)
  { term: "是", direction: "achieve", match: "exact" },
  { term: "合规", direction: "achieve", match: "exact" },
  { term: "资金拨付合规", direction: "achieve", match: "exact" },
  { term: "达标", direction: "achieve", match: "exact" },
  { term: "满足", direction: "achieve", match: "exact" },
  { term: "满意", direction: "achieve", match: "exact" },
  { term: "妥善处理", direction: "achieve", match: "exact" },
  { term: "推动", direction: "achieve", match: "exact" },
  { term: "有力推动", direction: "achieve", intensity: "strong", match: "exact" },
  { term: "保障", direction: "achieve", match: "exact" },
  { term: "有效保障", direction: "achieve", match: "exact" },
  { term: "可持续", direction: "achieve", match: "exact" },
  // GD 明显 for 对产业服务体系促进作用: the effect is to be obvious — reached, strongly; nothing is counted up.
  { term: "明显", direction: "achieve", intensity: "strong", match: "exact" },
  // maintain
  { term: "持续保障", direction: "maintain", match: "exact" },
  { term: "持续推动", direction: "maintain", match: "exact" },
  // zero: the same idea as a numeric 0次 / 0起, which stay quantities
  { term: "无", direction: "zero", match: "exact" },
  { term: "无投诉", direction: "zero", match: "exact" },
  { term: "无重大安全事故发生", direction: "zero", match: "exact" },
  { term: "否", direction: "zero", match: "exact" },
  // grade: an ordinal scale whose steps the sources do not publish
  { term: "良好", direction: "grade", match: "exact" },
];

const matches = (text: string, t: Term) => (t.match === "exact" ? text === t.term : text.startsWith(t.term));

/** The longest term the text is (or starts with), so 显著提升 wins over 提升. */
export function readQualitative(text: string): Qualitative {
  const best = QUALITATIVE_TERMS.filter((t) => matches(text, t)).sort((a, b) => b.term.length - a.term.length)[0];
  if (!best) return { term: text, direction: null };
  const { term, direction, intensity } = best;
  return intensity ? { term, direction, intensity } : { term, direction };
}
