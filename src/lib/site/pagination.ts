/**
 * Long lists split into numbered pages of a fixed size, so that no page grows
 * with the corpus, and the pager that links them. The pager shows a window of
 * page numbers around the current one, not every number: with hundreds of
 * pages a full list of numbers would itself grow with the corpus, while
 * previous/next and the window still reach every page by plain links.
 */

export type Page<T> = {
  /** 1-based. */
  number: number;
  /** How many pages the list has. */
  count: number;
  items: T[];
  /** 0-based position of items[0] in the whole list. */
  offset: number;
  /** Length of the whole list. */
  total: number;
};

/** The list in pages of `size`; an empty list is one empty page, so the page that shows it always exists. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
    offset: i * size,
    total: items.length,
  }));
}

/** A pager entry: a page number, or a gap standing for the numbers left out. */
export type PagerItem = number | "gap";

/** Page numbers to show: the first, the last, and `around` either side of the current, gaps between. */
export function pagerItems(current: number, count: number, around = 2): PagerItem[] {
  const shown = [...new Set([1, count, ...Array.from({ length: 2 * around + 1 }, (_, i) => current - around + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i): PagerItem[] => {
    const previous = shown[i - 1];
    if (previous === undefined || n === previous + 1) return [n];
    // A single missing number is shown rather than hidden behind a gap of one.
    return n === previous + 2 ? [previous + 1, n] : ["gap", n];
  });
}
