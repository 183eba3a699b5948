/**
 * A comparison row's verdict in one or two sentences, shared by the topic
 * pages, the concept pages and the compare view so all three say it alike.
 */
import type { AlignedGroup } from "./align.ts";

export type RowVerdict = {
  comparable: boolean;
  /** "天津、青岛可直接比较（%，运算符 ≥，数值 90 至 95）" or why not. */
  text: string;
  /** The printed spellings read as one ("%、百分号、百分比"), when there are several. */
  spellings: string | null;
};

function spanText(group: AlignedGroup): string {
  if (!group.span) return "";
  const { min, max } = group.span;
  return min === max ? `，数值均为 ${min}` : `，数值 ${min} 至 ${max}`;
}

/**
 * `total` counts the row's values (unreadable ones included); `nameOf` turns a
 * column key (region slug, item id) into what the reader calls it.
 */
export function rowVerdict(
  groups: readonly AlignedGroup[],
  comparableColumns: readonly string[],
  total: number,
  nameOf: (column: string) => string,
): RowVerdict {
  const main = groups[0];
  if (!main || comparableColumns.length < 2) {
    return { comparable: false, text: "各栏口径不同，不能直接比较；原因见各格说明。", spellings: null };
  }
  const others = total - main.members.length;
  const rest = others > 0 ? `其余 ${others} 项口径不同，原因见各格说明。` : "";
  return {
    comparable: true,
    text: `${comparableColumns.map(nameOf).join("、")}可直接比较（${main.label}${spanText(main)}）。${rest}`,
    spellings: main.spellings.length > 1 ? main.spellings.join("、") : null,
  };
}
