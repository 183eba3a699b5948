/**
 * Splitting a comparison that lists records of every region into pages whose
 * size does not grow with the corpus (npm run bench: a topic page listing every
 * record reached 9.8 MB at ×100). Items come in groups — a region's records,
 * a region's target rows — and a page holds at most `weight` units (indicators,
 * table rows) and `groups` groups. Whole groups stay together where they fit,
 * so a region is read in one place; a group larger than a page starts on a
 * fresh page and runs on over as many pages as it needs.
 */

export type Group<K, T> = { key: K; items: readonly T[] };

/** A group's share of one page. */
export type Part<K, T> = {
  key: K;
  items: T[];
  /** Index in its group of the part's first item: above 0 when the group began on an earlier page. */
  from: number;
  /** Items in the whole group, so a page can say “第 11–19 项，共 19 项”. */
  of: number;
};

export type Limits = { weight: number; groups: number };

/** Pages of parts, in group and item order; concatenating the parts gives back every group whole. */
export function pack<K, T>(
  groups: readonly Group<K, T>[],
  weightOf: (item: T) => number,
  limits: Limits,
): Part<K, T>[][] {
  const pages: Part<K, T>[][] = [];
  let page: Part<K, T>[] = [];
  let load = 0;
  const close = () => {
    if (page.length > 0) pages.push(page);
    page = [];
    load = 0;
  };
  for (const { key, items } of groups) {
    if (items.length === 0) continue;
    const total = items.reduce((n, item) => n + weightOf(item), 0);
    if (page.length >= limits.groups || load + total > limits.weight) close();
    let part: Part<K, T> = { key, items: [], from: 0, of: items.length };
    items.forEach((item, index) => {
      const weight = weightOf(item);
      // A single item heavier than a page still gets a page of its own.
      if (part.items.length > 0 && load + weight > limits.weight) {
        page.push(part);
        close();
        part = { key, items: [], from: index, of: items.length };
      }
      part.items.push(item);
      load += weight;
    });
    page.push(part);
  }
  close();
  return pages;
}

/** Whether a part continues a group from the page before, or runs on to the next. */
export const continued = (part: Pick<Part<unknown, unknown>, "from">): boolean => part.from > 0;
export const continues = (part: Pick<Part<unknown, unknown>, "from" | "items" | "of">): boolean =>
  part.from + part.items.length < part.of;

/** The page (from 1) on which each key first appears: where a link to a region's part points. */
export function firstPages<K>(pages: readonly (readonly K[])[]): Map<K, number> {
  const first = new Map<K, number>();
  pages.forEach((keys, i) => keys.forEach((key) => first.has(key) || first.set(key, i + 1)));
  return first;
}
