/**
 * PDF (with a text layer) → grid, with pdfjs-dist. Cells are rebuilt from
 * positions, not from text lines: the ruling lines a table is drawn with (from
 * the page's operator list) give column and row boundaries; a boundary missing
 * between two neighbouring atoms of the grid means a merged cell
 * (rowSpan/colSpan). Text items fall into the cell their start lies in; a
 * cell's lines are joined (no space between Han characters unless one was
 * printed), a numbered line or a line after one ending short on a full stop
 * starts a paragraph. Text outside the tables becomes paragraphs.
 *
 * Across pages: a table at the top of a page with the same columns as the one
 * that ended the page before continues it (a repeated header row is dropped,
 * none is needed). Its first row is the second half of a row cut by the page
 * break when the cut shows (the last line above sits closer to the bottom rule
 * than a complete row's, its spacing went on), when every cell going on had a
 * full last line (the next word would not have fit), or when it goes on with
 * the next numbered paragraph; the halves are joined as one cell text. An
 * empty merged cell at the top of a page continues the merged label printed
 * once on the page before. Page numbers ("— 3 —", "第 3 页") and running
 * headers/footers in the page bands, printed between the halves or anywhere,
 * are dropped and each is noted.
 *
 * Refusals: encrypted (password) PDFs, and PDFs without a text layer (scanned).
 */
import type { Grid, GridBlock, GridCell, GridRow, GridTable, Place } from "../../model/grid.ts";
import { foldStandIns } from "./hazards.ts";
import { Refusal } from "./refusal.ts";

type Item = {
  str: string;
  x: number;
  top: number;
  bottom: number;
  right: number;
  size: number;
  /** A space printed after this item (its string ended with one, or a narrow blank item follows). */
  spaceAfter?: boolean;
};
type Seg = { x0: number; y0: number; x1: number; y1: number };

const near = (a: number, b: number, tol = 1.5) => Math.abs(a - b) <= tol;
const HAN = "\\p{Script=Han}";
const LATIN = "[0-9A-Za-z%.．,，≥≤＞＜><=+\\-]";
/**
 * A space that was printed (a space glyph in the page's content), kept apart from the spaces pdfjs puts in
 * for a gap between glyphs (Word and LibreOffice print Han and Latin apart without a space): only those go.
 * Marked with a no-break space while the text is made, written as a plain space in the grid.
 */
const PRINTED = "\u00A0";
const SPACE_HAN_LATIN = new RegExp(`(?<=${HAN}) (?=${LATIN})|(?<=${LATIN}) (?=${HAN})`, "gu");

/** Cluster sorted numbers within a tolerance; returns the cluster means. */
function cluster(values: number[], tol = 1.5): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((c) => c.reduce((s, v) => s + v, 0) / c.length);
}

/** Ruling segments from a page's drawing operators (stroked lines, thin filled rectangles), top-down coordinates. */
function segments(
  ops: { fnArray: number[]; argsArray: unknown[] },
  OPS: Record<string, number>,
  width: number,
  height: number,
): Seg[] {
  const out: Seg[] = [];
  for (let k = 0; k < ops.fnArray.length; k++) {
    if (ops.fnArray[k] !== OPS.constructPath) continue;
    const [, pathArgs, minMax] = ops.argsArray[k] as [number, (ArrayLike<number> | null)[], ArrayLike<number> | null];
    const data = pathArgs?.[0];
    if (minMax && data) {
      const w = minMax[2]! - minMax[0]!;
      const h = minMax[3]! - minMax[1]!;
      if ((w < 2 && h > 2) || (h < 2 && w > 2)) {
        out.push({ x0: minMax[0]!, y0: height - minMax[3]!, x1: minMax[2]!, y1: height - minMax[1]! });
        continue;
      }
      if (w > width * 0.8 && h > height * 0.8) continue; // a page-sized background (portrait or landscape)
    }
    if (!data) continue;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < data.length;) {
      const op = data[i]!;
      if (op === 0) {
        cx = data[i + 1]!;
        cy = data[i + 2]!;
        i += 3;
      } else if (op === 1) {
        const x = data[i + 1]!;
        const y = data[i + 2]!;
        if (near(x, cx, 0.5) || near(y, cy, 0.5))
          out.push({
            x0: Math.min(x, cx),
            y0: height - Math.max(y, cy),
            x1: Math.max(x, cx),
            y1: height - Math.min(y, cy),
          });
        cx = x;
        cy = y;
        i += 3;
      } else if (op === 2) i += 7;
      else if (op === 3) i += 5;
      else i += 1;
    }
  }
  return out.filter((s) => s.x1 - s.x0 > 2 || s.y1 - s.y0 > 2);
}

type Region = {
  left: number;
  right: number;
  top: number;
  bottom: number;
  xs: number[];
  ys: number[];
  h: Seg[];
  v: Seg[];
};

/** Tables of a page: groups of vertical rules that overlap vertically, with the horizontal rules between them. */
function regions(segs: Seg[]): Region[] {
  const vs = segs.filter((s) => s.x1 - s.x0 < 2).sort((a, b) => a.y0 - b.y0);
  const hs = segs.filter((s) => s.y1 - s.y0 < 2);
  // Bands: vertical rules that overlap one another (more than touching end to end).
  const bands: Seg[][] = [];
  for (const v of vs) {
    const band = bands.find((b) => b.some((o) => v.y0 < o.y1 - 1 && o.y0 < v.y1 - 1));
    if (band) band.push(v);
    else bands.push([v]);
  }
  // A table: bands that touch with mostly the same columns (rules drawn row by row). Two tables printed one
  // right under the other, each with its own column widths, share only their outer rules: kept apart.
  const xsOf = (g: Seg[]) => cluster(g.map((s) => (s.x0 + s.x1) / 2));
  const groups: Seg[][] = [];
  for (const band of bands.sort((a, b) => Math.min(...a.map((s) => s.y0)) - Math.min(...b.map((s) => s.y0)))) {
    const top = Math.min(...band.map((s) => s.y0));
    const xs = xsOf(band);
    const g = groups.find((gr) => {
      const bottom = Math.max(...gr.map((s) => s.y1));
      if (top > bottom + 1) return false;
      const other = xsOf(gr);
      const shared = xs.filter((x) => other.some((o) => near(o, x))).length;
      return shared >= 0.8 * Math.min(xs.length, other.length);
    });
    if (g) g.push(...band);
    else groups.push(band);
  }
  return groups
    .map((g) => {
      const top = Math.min(...g.map((s) => s.y0));
      const bottom = Math.max(...g.map((s) => s.y1));
      const left = Math.min(...g.map((s) => s.x0));
      const right = Math.max(...g.map((s) => s.x1));
      const h = hs.filter((s) => s.y0 >= top - 1 && s.y0 <= bottom + 1 && s.x1 > left + 1 && s.x0 < right - 1);
      return {
        left,
        right,
        top,
        bottom,
        xs: cluster(g.map((s) => (s.x0 + s.x1) / 2)),
        ys: cluster([top, bottom, ...h.map((s) => (s.y0 + s.y1) / 2)]),
        h,
        v: g,
      };
    })
    .filter((r) => r.xs.length >= 2 && r.ys.length >= 2);
}

/**
 * Which white space in the text items' strings was printed: pdfjs turns a space glyph into a move and puts
 * " " before the next glyph, as it does for a mere gap. The glyphs the page shows (its operator list, in
 * the same content order) tell them apart: walking both, a " " in a string is printed where the glyph
 * stream has a white-space glyph there. Returns, per item, the code point indexes of printed spaces, and
 * whether a printed space went before it unwritten (pdfjs drops a space where a line wraps after it).
 */
function printedSpaces(
  items: readonly { str: string }[],
  ops: { fnArray: number[]; argsArray: unknown[] },
  OPS: Record<string, number>,
): { inside: Set<number>; before: boolean }[] {
  const glyphs: string[] = [];
  for (let k = 0; k < ops.fnArray.length; k++) {
    if (ops.fnArray[k] !== OPS.showText) continue;
    for (const g of ((ops.argsArray[k] as unknown[])[0] ?? []) as unknown[]) {
      if (typeof g !== "object" || g === null) continue;
      const unicode = (g as { unicode?: unknown }).unicode;
      const u = typeof unicode === "string" ? unicode : "";
      if (u !== "" && u.trim() === "") glyphs.push(" ");
      else for (const c of u.normalize("NFKC")) glyphs.push(c);
    }
  }
  let pos = 0;
  return items.map((item) => {
    const printed = new Set<number>();
    let before = false;
    [...item.str].forEach((raw, i) => {
      const ch = [...raw.normalize("NFKC")];
      if (raw.trim() === "") {
        if (glyphs[pos] === " ") {
          printed.add(i);
          while (glyphs[pos] === " ") pos++;
        }
        return;
      }
      let k = pos;
      while (glyphs[k] === " ") k++;
      if (i === 0 && k > pos) before = true;
      // The next glyph, or (out of step: a glyph pdfjs left out of the text) the first match a little ahead.
      const limit = Math.min(glyphs.length, k + 64);
      for (let j = k; j < limit; j++) {
        if (glyphs[j] === ch[0]) {
          pos = j + ch.length;
          break;
        }
      }
    });
    return { inside: printed, before };
  });
}

type Line = { text: string; left: number; right: number; top: number; bottom: number; spaceAfter: boolean };

/** Lines of a cell (or of the text outside tables): items grouped by baseline, left to right. */
function linesOf(items: readonly Item[]): Line[] {
  const sorted = [...items].sort((a, b) => a.bottom - b.bottom || a.x - b.x);
  const lines: Item[][] = [];
  for (const it of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line[0]!.bottom - it.bottom) < it.size * 0.5) line.push(it);
    else lines.push([it]);
  }
  return lines.map((l) => {
    l.sort((a, b) => a.x - b.x);
    let text = "";
    let end = -Infinity;
    let space = false;
    for (const it of l) {
      if (text !== "") {
        const gap = it.x - end;
        // A wide gap between items on one line is a tab stop (or words apart); a printed space is a space.
        if (gap > it.size * 0.8) text += "\t";
        else if (space) text += PRINTED;
        else if (gap > it.size * 0.2) text += " ";
      }
      text += it.str;
      end = it.right;
      space = it.spaceAfter === true;
    }
    return {
      text,
      right: end,
      left: l[0]!.x,
      top: Math.min(...l.map((i) => i.top)),
      bottom: Math.max(...l.map((i) => i.bottom)),
      spaceAfter: space,
    };
  });
}

/** A numbered paragraph: "3." "3、" "3.1." "（三）" — not a decimal ("3.5万元"). */
const NUMBERED = /^\s*(?:\d+(?:[.．]\d+)*[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/u;

/**
 * Text of a cell from its items, in parts (one per page the cell is printed on, in order): lines joined back
 * into paragraphs. A new paragraph starts at a numbered item, or after a line that stops short of the cell's
 * edge on a full stop; anything else was wrapped (line-breaking rules often leave a short line: 单⏎位：万元),
 * joined without a space unless a space was printed where it wrapped.
 */
function cellText(parts: readonly (readonly Item[])[], right: number): string {
  const lines = parts.flatMap((items) => linesOf(items));
  const size = parts.flat()[0]?.size ?? 9;
  let out = "";
  lines.forEach((line, i) => {
    if (i === 0) {
      out = line.text;
      return;
    }
    const prev = lines[i - 1]!;
    const ended = NUMBERED.test(line.text) || (right - prev.right > size * 1.6 && /[。；;！!？?]$/u.test(prev.text));
    out += ended ? `\n${line.text}` : `${prev.spaceAfter ? PRINTED : ""}${line.text}`;
  });
  return out;
}

/** A cell while the document is read: its items per page (the text is made once rows split by a page break are joined). */
type PCell = {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  place: Place;
  parts: Item[][];
  right: number;
};
type PRow = { cells: PCell[]; place: Place; top: number; bottom: number; firstBase: number; lastBase: number };
/** A table as printed on one page. */
type Frag = { kind: "table"; page: number; top: number; bottom: number; xs: number[]; rows: PRow[]; place: Place };
/** A line of text outside the tables. */
type Loose = { kind: "line"; page: number; top: number; bottom: number; text: string; place: Place; height: number };
/** A table being assembled across pages. */
type Assembly = { kind: "table"; cols: number; rows: PRow[]; place: Place; xs: number[]; page: number; bottom: number };

const median = (values: number[]): number => {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const isEmpty = (c: PCell) => c.parts.every((p) => p.length === 0);

/** Page numbers as printed: "3", "— 3 —", "- 3 -", "第3页", "第 3 页 共 24 页", "3/24". */
const PAGE_NUMBER = /^(?:[—–-]+\s*)?(?:第\s*)?\d+(?:\s*页)?(?:\s*[/／共]\s*\d+(?:\s*页)?)?(?:\s*[—–-]+)?$/u;

export async function extractPdf(bytes: Uint8Array, what = "the PDF"): Promise<Grid> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException")
      throw new Refusal(
        `${what} is encrypted (it asks for a password)`,
        "ask the publisher for an unprotected copy, or save it again without a password",
        "source:encrypted-pdf",
      );
    throw new Refusal(
      `${what} could not be read as a PDF (${error instanceof Error ? error.message : String(error)})`,
      "download it again; if it opens in a viewer, print it to a new PDF",
    );
  }
  const blocks: (Frag | Loose)[] = [];
  const notes: Grid["notes"] = [];
  let textItems = 0;
  let spacesRemoved = 0;
  const folded = { n: 0 };
  const unspace = (text: string) =>
    text.replace(SPACE_HAN_LATIN, () => {
      spacesRemoved++;
      return "";
    });
  const sizes: number[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , width, height] = page.view as [number, number, number, number];
    const ops = await page.getOperatorList();
    const regs = regions(segments(ops, pdfjs.OPS, width, height));
    const crossesRule = (x0: number, x1: number, mid: number) =>
      regs.some((r) => mid >= r.top && mid <= r.bottom && r.xs.some((x) => x0 < x - 0.5 && x1 > x + 0.5));
    const content = await page.getTextContent();
    const raws = content.items.filter((raw) => "str" in raw);
    const printed = printedSpaces(raws, ops, pdfjs.OPS);
    const items: Item[] = [];
    raws.forEach((raw, index) => {
      const [a, b, , , e, f] = raw.transform as number[];
      const size = Math.hypot(a!, b!) || raw.height || 9;
      const bottom = height - f!;
      const str = [...raw.str].map((c, i) => (printed[index]!.inside.has(i) ? PRINTED : c)).join("");
      // A space printed at the end of the line before (where pdfjs starts a new item): the item before ends with it.
      const before = items[items.length - 1];
      if (printed[index]!.before && before && raw.str.trim() !== "") before.spaceAfter = true;
      if (raw.str.trim() === "") {
        // A printed space (narrow, within a cell) marks the item before it; other blanks are gaps pdfjs filled in.
        const prev = items[items.length - 1];
        if (
          prev &&
          str.includes(PRINTED) &&
          raw.width < size * 0.8 &&
          Math.abs(prev.bottom - bottom) < size * 0.5 &&
          Math.abs(prev.right - e!) < 1 &&
          !crossesRule(e!, e! + raw.width, bottom - size / 2)
        )
          prev.spaceAfter = true;
        return;
      }
      const text = foldStandIns(str, folded);
      const trimmed = text.trimEnd();
      items.push({
        str: trimmed,
        x: e!,
        top: bottom - size,
        bottom,
        right: e! + raw.width,
        size,
        ...(text.slice(trimmed.length).includes(PRINTED) ? { spaceAfter: true } : {}),
      });
      sizes.push(size);
    });
    textItems += items.length;
    // pdfjs may merge text of neighbouring cells into one item ("三级指标 绩效指标描述"): split an item that
    // crosses a column rule at its spaces, placing each part in proportion to its characters.
    for (const r of regs) {
      for (let k = items.length - 1; k >= 0; k--) {
        const it = items[k]!;
        const mid = (it.top + it.bottom) / 2;
        if (mid < r.top || mid > r.bottom) continue;
        const rules = r.xs.filter((x) => it.x < x - 2 && it.right > x + 2);
        if (rules.length === 0) continue;
        // Character advances: full width for Han and full-width forms, half for the rest.
        const chars = [...it.str];
        const weights = chars.map((c) => (/[\u2E80-\uFFEF]/u.test(c) ? 1 : 0.5));
        const unit = (it.right - it.x) / weights.reduce((s, w) => s + w, 0);
        const parts: Item[] = [];
        const column = (x: number) => rules.filter((rule) => x > rule).length;
        let pos = it.x;
        let current: { col: number; text: string; x0: number; x1: number } | null = null;
        chars.forEach((c, i) => {
          const next = pos + weights[i]! * unit;
          const col = column((pos + next) / 2);
          if (!current || current.col !== col) {
            if (current && current.text.trim() !== "")
              parts.push({ ...it, str: current.text.trim(), x: current.x0, right: current.x1, spaceAfter: false });
            current = { col, text: "", x0: pos, x1: pos };
          }
          current.text += c;
          current.x1 = next;
          pos = next;
        });
        const tail = current as { text: string; x0: number; x1: number } | null;
        if (tail && tail.text.trim() !== "") parts.push({ ...it, str: tail.text.trim(), x: tail.x0, right: tail.x1 });
        items.splice(k, 1, ...parts);
      }
    }
    const inRegion = (it: Item) =>
      regs.find(
        (r) =>
          it.x >= r.left - 1 &&
          it.x < r.right &&
          (it.top + it.bottom) / 2 >= r.top &&
          (it.top + it.bottom) / 2 <= r.bottom,
      );
    for (const r of regs) {
      const nx = r.xs.length - 1;
      const ny = r.ys.length - 1;
      const parent = Array.from({ length: nx * ny }, (_, i) => i);
      const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
      const join = (a: number, b: number) => (parent[find(a)] = find(b));
      const hasV = (x: number, y0: number, y1: number) =>
        r.v.some((s) => near((s.x0 + s.x1) / 2, x) && s.y0 <= (y0 + y1) / 2 && s.y1 >= (y0 + y1) / 2);
      const hasH = (y: number, x0: number, x1: number) =>
        r.h.some((s) => near((s.y0 + s.y1) / 2, y) && s.x0 <= (x0 + x1) / 2 && s.x1 >= (x0 + x1) / 2);
      for (let j = 0; j < ny; j++) {
        for (let i = 0; i < nx; i++) {
          if (i + 1 < nx && !hasV(r.xs[i + 1]!, r.ys[j]!, r.ys[j + 1]!)) join(j * nx + i, j * nx + i + 1);
          if (j + 1 < ny && !hasH(r.ys[j + 1]!, r.xs[i]!, r.xs[i + 1]!)) join(j * nx + i, (j + 1) * nx + i);
        }
      }
      const groups = new Map<number, { r0: number; c0: number; r1: number; c1: number; items: Item[] }>();
      for (let j = 0; j < ny; j++) {
        for (let i = 0; i < nx; i++) {
          const g = groups.get(find(j * nx + i));
          if (g) {
            g.r1 = Math.max(g.r1, j);
            g.c1 = Math.max(g.c1, i);
          } else groups.set(find(j * nx + i), { r0: j, c0: i, r1: j, c1: i, items: [] });
        }
      }
      const rows: PRow[] = Array.from({ length: ny }, (_, j) => ({
        cells: [],
        place: { page: p, x: r.left, y: r.ys[j]! },
        top: r.ys[j]!,
        bottom: r.ys[j + 1]!,
        firstBase: Infinity,
        lastBase: -Infinity,
      }));
      for (const it of items) {
        if (inRegion(it) !== r) continue;
        const i = Math.max(
          0,
          r.xs.findIndex((x, k) => k < nx && it.x + 1 >= x && it.x + 1 < r.xs[k + 1]!),
        );
        const mid = (it.top + it.bottom) / 2;
        const j = Math.max(
          0,
          r.ys.findIndex((y, k) => k < ny && mid >= y && mid < r.ys[k + 1]!),
        );
        groups.get(find(j * nx + i))!.items.push(it);
        rows[j]!.firstBase = Math.min(rows[j]!.firstBase, it.bottom);
        rows[j]!.lastBase = Math.max(rows[j]!.lastBase, it.bottom);
      }
      for (const g of [...groups.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
        rows[g.r0]!.cells.push({
          row: g.r0,
          col: g.c0,
          rowSpan: g.r1 - g.r0 + 1,
          colSpan: g.c1 - g.c0 + 1,
          place: { page: p, x: Math.round(r.xs[g.c0]! * 10) / 10, y: Math.round(r.ys[g.r0]! * 10) / 10 },
          parts: [g.items],
          right: r.xs[g.c1 + 1]!,
        });
      }
      blocks.push({
        kind: "table",
        page: p,
        top: r.top,
        bottom: r.bottom,
        xs: r.xs,
        rows,
        place: { page: p, x: r.left, y: r.top },
      });
    }
    // Text outside tables: a paragraph per line (page furniture is told apart once every page is read).
    const loose = items.filter((it) => !inRegion(it));
    for (const line of linesOf(loose)) {
      const place: Place = { page: p, x: Math.round(line.left * 10) / 10, y: Math.round(line.top * 10) / 10 };
      blocks.push({ kind: "line", page: p, top: line.top, bottom: line.bottom, text: line.text, place, height });
    }
    page.cleanup();
  }
  await doc.destroy();
  if (textItems === 0)
    throw new Refusal(
      `${what} has no text layer (a scan: every page is an image)`,
      "scanned: needs OCR — run it through OCR (e.g. ocrmypdf) and add the OCR'd PDF, or ask the publisher for the Word/Excel file",
      "source:no-text-layer",
    );

  // Page furniture: in the outer band of a page, a page number, or a line printed at the same height on
  // several pages (digits aside: "第 3 页", a running title). Dropped from the text, each one noted.
  const band = (l: Loose) => (l.top < l.height * 0.08 ? "header" : l.bottom > l.height * 0.92 ? "footer" : null);
  const key = (l: Loose) => `${band(l)}|${Math.round(l.top / 4)}|${l.text.replace(/\s+/gu, "").replace(/\d+/gu, "#")}`;
  const recurring = new Map<string, Set<number>>();
  for (const b of blocks) {
    if (b.kind !== "line" || !band(b)) continue;
    const k = key(b);
    recurring.set(k, (recurring.get(k) ?? new Set()).add(b.page));
  }
  /**
   * Why a line is page furniture, or null. A recurring line in the header band counts only where a table
   * goes on right below it (a running head over a continued table); elsewhere it may be a table's title
   * printed on each page, which readers need.
   */
  const furniture = (l: Loose, next: Frag | Loose | undefined, goesOn: (f: Frag) => boolean): string | null => {
    const where = band(l);
    if (!where) return null;
    if (PAGE_NUMBER.test(l.text.trim())) return "page number";
    if ((recurring.get(key(l))?.size ?? 0) < 2) return null;
    if (where === "footer") return "running footer";
    return next?.kind === "table" && next.page === l.page && goesOn(next) ? "running header" : null;
  };

  // Document order; a table at the top of a page with the same columns as the table that ended the page
  // before continues it (whether or not its header is repeated).
  blocks.sort((a, b) => a.page - b.page || a.top - b.top);
  const frags = blocks.filter((b): b is Frag => b.kind === "table");
  // How far a complete row's last baseline stands from its bottom rule, and a first baseline from its top rule.
  const bottomGap = median(
    frags.flatMap((f) =>
      f.rows
        .slice(0, -1)
        .filter((r) => r.lastBase > -Infinity)
        .map((r) => r.bottom - r.lastBase),
    ),
  );
  const topGap = median(
    frags.flatMap((f) =>
      f.rows
        .slice(1)
        .filter((r) => r.firstBase < Infinity)
        .map((r) => r.firstBase - r.top),
    ),
  );
  const size = median(sizes);
  // When rows end with more room below the last line than above the first (paragraph spacing after), a row
  // cut by a page break shows it: its last line on the page sits close to the bottom rule, the spacing went on.
  const spacingTells = bottomGap - topGap > size * 0.4;

  // Cell padding: how far text starts from its cell's left rule, in left-aligned cells (a low quantile: numbers
  // set flush right or centred start further in).
  const offsets = frags
    .flatMap((f) =>
      f.rows.flatMap((r) =>
        r.cells.filter((c) => !isEmpty(c)).map((c) => Math.min(...c.parts[0]!.map((i) => i.x)) - f.xs[c.col]!),
      ),
    )
    .sort((a, b) => a - b);
  const pad = offsets[Math.floor(offsets.length * 0.1)] ?? 0;
  /** Whether `cell`'s last printed line was full: the first word of `next` (its continuation) would not have fit. */
  const wrapped = (cell: PCell, next: PCell): boolean => {
    const line = linesOf(cell.parts[cell.parts.length - 1]!).pop();
    const first = [...next.parts.flat()].sort((a, b) => a.bottom - b.bottom || a.x - b.x)[0];
    if (!line || !first) return false;
    const chars = [...first.str];
    const weight = (c: string) => (/[\u2E80-\uFFEF]/u.test(c) ? 1 : 0.5);
    const unit = (first.right - first.x) / chars.reduce((s, c) => s + weight(c), 0);
    // A word: a run of Latin letters, digits and signs, or one Han character; with the punctuation that may
    // not begin a line (kept with it by line breaking: 作、).
    // (From the line, not the item: pdfjs may print "值" and "。" as two items.)
    const opening = linesOf(next.parts.flat())[0]?.text ?? first.str;
    const word = /^(?:[0-9A-Za-z.%+-]+|.)[、。，,；;：:！!？?）)》」』”’]*/u.exec(opening)?.[0] ?? chars[0]!;
    const advance = [...word].reduce((s, c) => s + weight(c), 0) * unit;
    return line.right + advance > cell.right - pad + 0.5;
  };

  /** Whether `next` opens with the paragraph numbered one more than `cell`'s last paragraph. */
  const numberedNext = (cell: PCell, next: PCell): boolean => {
    const last = cellText(cell.parts, cell.right).split("\n").pop() ?? "";
    const n = /^\s*(\d+)[.．、]/u.exec(last)?.[1];
    const m = /^\s*(\d+)[.．、]/u.exec(cellText(next.parts, next.right))?.[1];
    return n !== undefined && m !== undefined && Number(m) === Number(n) + 1;
  };

  const out: (Assembly | { kind: "paragraph"; text: string; place: Place })[] = [];
  let last: Assembly | null = null;
  const goesOn = (f: Frag) =>
    last !== null &&
    last.page === f.page - 1 &&
    out[out.length - 1] === last &&
    last.xs.length === f.xs.length &&
    last.xs.every((x, i) => near(x, f.xs[i]!, 2));
  for (const [index, b] of blocks.entries()) {
    if (b.kind === "line") {
      // The next block that is not furniture itself (a page number may sit between a running head and its table).
      const next = blocks.slice(index + 1).find((n) => n.kind === "table" || n.page !== b.page || !band(n));
      const reason = furniture(b, next, goesOn);
      if (reason) {
        notes.push({ place: b.place, text: b.text.replaceAll(PRINTED, " "), reason });
        continue;
      }
      out.push({ kind: "paragraph", text: unspace(b.text).replaceAll(PRINTED, " "), place: b.place });
      continue;
    }
    const continues = goesOn(b);
    if (!continues || !last) {
      last = {
        kind: "table",
        cols: b.xs.length - 1,
        rows: b.rows,
        place: b.place,
        xs: b.xs,
        page: b.page,
        bottom: b.bottom,
      };
      out.push(last);
      continue;
    }
    const table: Assembly = last;
    const textOf = (c: PCell) => cellText(c.parts, c.right).replaceAll(PRINTED, " ").trim();
    // A header row repeated on the new page: dropped (it is the table's own header, printed again).
    const first = b.rows[0];
    if (first && b.rows.length > 1) {
      const texts = first.cells.map(textOf);
      const repeated = table.rows
        .slice(0, 4)
        .some(
          (r) =>
            texts.filter((t) => t !== "").length >= 2 &&
            r.cells.length === first.cells.length &&
            r.cells.every((c, i) => c.col === first.cells[i]!.col && textOf(c) === texts[i]),
        );
      if (repeated) {
        notes.push({ place: first.place, text: texts.join(" | "), reason: "table header repeated on a new page" });
        b.rows.shift();
        b.rows.forEach((row) => row.cells.forEach((c) => (c.row = Math.max(0, c.row - 1))));
      }
    }
    const previous = table.rows[table.rows.length - 1]!;
    const lastRow = table.rows.length - 1;
    /** The table's cell at grid column `col` on its last row (starting there or covering it from above). */
    const covering = (col: number) =>
      table.rows.flatMap((r) => r.cells).find((c) => c.col === col && c.row <= lastRow && c.row + c.rowSpan > lastRow);
    const fragment = b.rows[0];
    const filled = fragment ? fragment.cells.filter((c) => !isEmpty(c)) : [];
    const continued = filled.every((c) => covering(c.col) && !isEmpty(covering(c.col)!));
    let cut = false;
    if (fragment && continued) {
      // A row cut by the page break: its last line on the page sits closer to the bottom rule than a complete
      // row's (when rows end with paragraph spacing, the spacing went on to the next page) …
      const close = spacingTells && previous.bottom - previous.lastBase < bottomGap - size * 0.4;
      // … or every cell going on here wrapped there: its last line was full, the next word would not have fit
      // (a complete row ends its cells where their text ends, however much room is left).
      cut = close || (filled.length > 0 && filled.every((c) => wrapped(covering(c.col)!, c)));
      // … or the cells here go on with the next numbered paragraph of the cell above (…6.… ⏎ 7.…), leaving
      // empty a cell the row above fills (a new row would fill its label).
      const own = new Map(previous.cells.map((c) => [c.col, !isEmpty(c)]));
      cut ||=
        filled.length > 0 &&
        filled.every((c) => numberedNext(covering(c.col)!, c)) &&
        fragment.cells.some((c) => isEmpty(c) && own.get(c.col) === true);
    }
    if (cut && fragment) {
      for (const c of fragment.cells) {
        const into = covering(c.col)!;
        if (!into) continue;
        if (!isEmpty(c)) into.parts.push(c.parts.flat());
        // A merged cell that goes on below the cut row is the same cell, longer.
        into.rowSpan += c.rowSpan - 1;
      }
      notes.push({
        place: fragment.place,
        text: fragment.cells.map(textOf).join(" | "),
        reason: "second half of a row split by a page break, joined to its first half",
      });
      b.rows.shift();
    } else if (fragment) {
      // A merged label printed once, on the earlier page: its cell goes on over the rows here.
      fragment.cells = fragment.cells.filter((c) => {
        const above = covering(c.col);
        const goesOn =
          isEmpty(c) && above && !isEmpty(above) && above.colSpan === c.colSpan && (above.rowSpan > 1 || c.rowSpan > 1);
        if (goesOn) {
          above.rowSpan += c.rowSpan;
          notes.push({ place: c.place, text: textOf(above), reason: "merged cell continued from the previous page" });
        }
        return !goesOn;
      });
    }
    const base = table.rows.length - (cut ? 1 : 0);
    for (const row of b.rows) {
      for (const c of row.cells) c.row += base;
      table.rows.push(row);
    }
    table.page = b.page;
    table.bottom = b.bottom;
  }

  if (folded.n > 0)
    notes.push({
      place: {},
      text: String(folded.n),
      reason:
        "Kangxi radicals / radical supplement / compatibility ideographs in the text layer folded to the ideographs printed",
    });
  const blocksOut: GridBlock[] = out.map((b): GridBlock => {
    if (b.kind === "paragraph") return { type: "paragraph", text: b.text, place: b.place };
    const rows: GridRow[] = b.rows.map((r) => ({
      place: r.place,
      cells: r.cells.map((c): GridCell => ({
        text: unspace(cellText(c.parts, c.right)).replaceAll(PRINTED, " "),
        row: c.row,
        col: c.col,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        place: c.place,
      })),
    }));
    const table: GridTable = { type: "table", cols: b.cols, rows, place: b.place };
    return table;
  });
  if (spacesRemoved > 0)
    notes.push({
      place: {},
      text: String(spacesRemoved),
      reason: "spaces between Han and Latin/digits removed (inserted by PDF text extraction)",
    });
  return { format: "pdf", blocks: blocksOut, notes };
}
