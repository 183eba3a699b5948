/**
 * Text folding before a published value is read: what a reader compares with
 * its grammar (digits, signs, units, words) in one canonical spelling, while the
 * printed text stays as published (a target's `raw`).
 *
 * - NFKC: full-width digits, letters and signs (９５％ ＞ ＋ －) become ASCII,
 *   the Kangxi Radicals (U+2F00–U+2FD5, every one of them) become the
 *   ideographs they stand for, compatibility ideographs their unified form.
 *   Except Chinese punctuation (，：；！？（）): in the full-width block, but the
 *   ordinary way Chinese prose is punctuated, not a width variant; the grammar
 *   reads both forms and a qualitative target keeps its sentence as printed.
 *   And except circled, parenthesized, superscript and fraction digits (see FOLDABLE).
 * - What NFKC leaves: the CJK Radicals Supplement (U+2E80–U+2EFF; ⻓ U+2ED3 is
 *   长), mapped by Unicode's EquivalentUnifiedIdeograph.txt (U+2E80 ⺀ has no
 *   equivalent and stays).
 * - White space other than the TAB that separates cells and the line breaks:
 *   NBSP, the ideographic space U+3000 and the other spaces become ' ';
 *   the zero-width space, word joiner and BOM are dropped.
 *
 * Linear in the text: one pass of NFKC, one of a code point table.
 */

/** CJK Radicals Supplement (those NFKC leaves), in code point order … */
const RADICALS = Array.from(
  "⺁⺂⺃⺄⺅⺆⺇⺈⺉⺊⺋⺌⺍⺎⺏⺐⺑⺒⺓⺔⺕⺖⺗⺘⺙⺛⺜⺝⺞⺠⺡⺢⺣⺤⺥⺦⺧⺨⺩⺪⺫⺬⺭⺮⺯⺰⺱⺲⺳⺴⺵⺶⺷⺸⺹⺺⺻⺼⺽⺾⺿⻀⻁⻂⻃⻄⻅⻆⻇⻈⻉⻊⻋⻌⻍⻎⻏⻐⻑⻒⻓⻔⻕⻖⻗⻘⻙⻚⻛⻜⻝⻞⻟⻠⻡⻢⻣⻤⻥⻦⻧⻨⻩⻪⻫⻬⻭⻮⻯⻰⻱⻲",
);
/** … and the unified ideograph each stands for (EquivalentUnifiedIdeograph.txt, Unicode 15). */
const IDEOGRAPHS = Array.from(
  "厂乛乚乙亻冂𠘨刀刂卜㔾小小兀尣尢𡯂巳幺彑𫜹忄心扌攵旡日月歺民氵氺灬爫爫丬牛犭王𤴔目示礻𥫗糹纟罓罒㓁冗𦉫羊𦍌𦍋耂肀聿肉𦥑艹艹艹虎衤覀西见角𧢲讠贝𧾷车辶辶辶邑钅長镸长门𨸏阝雨青韦页风飞食𩙿飠饣𩠐马骨鬼鱼鸟卤麦黄黾斉齐歯齿竜龙龜亀",
);

/** Code point → replacement, for everything NFKC leaves that the grammar must see plainly. */
export const FOLD_TABLE: ReadonlyMap<string, string> = new Map<string, string>([
  ...RADICALS.map((r, i): [string, string] => [r, IDEOGRAPHS[i]!]),
  // Spaces NFKC keeps as they are (U+1680 ogham, U+180E Mongolian vowel separator), and the
  // vertical tab and form feed; the TAB between cells and the line breaks stay.
  ["\u1680", " "],
  ["\u180E", " "],
  ["\u000B", " "],
  ["\u000C", " "],
  ["\u0085", " "],
  // Invisible characters that would split a number or a word without showing.
  ["\u200B", ""],
  ["\u2060", ""],
  ["\uFEFF", ""],
]);

/** The characters the table maps. */
const IN_TABLE = /[\v\f\u0085\u1680\u180E\u200B\u2060\uFEFF\u2E80-\u2EFF]/gu;

/** One character through the table (itself when the table has nothing for it). */
export function foldChar(char: string): string {
  return FOLD_TABLE.get(char) ?? char;
}

/**
 * Runs of text NFKC may fold: not Chinese punctuation, and not the digits that
 * are list markers or exponents rather than values (① ⒈ ㊱ ² ½ ㋀ ㏠, styled 𝟙): NFKC
 * would turn them into plain digits the value never printed.
 */
const FOLDABLE =
  /[^！（），：；？\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070-\u209F\u2150-\u215F\u2189\u2460-\u24FF\u2776-\u2793\u3248-\u325F\u3280-\u33FF\u{1D7CE}-\u{1D7FF}\u{1F100}-\u{1F10C}]+/gu;

/** `text` in the spelling the grammar reads: NFKC (Chinese punctuation and marker digits kept), then the table above. */
export function foldText(text: string): string {
  return text.replace(FOLDABLE, (run) => run.normalize("NFKC")).replace(IN_TABLE, foldChar);
}

/** Whether folding changes `text` at all (the reading may still be the same). */
export function isFolded(text: string): boolean {
  return foldText(text) !== text;
}
