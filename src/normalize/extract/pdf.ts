/**
 * PDF (with a text layer) → grid, with pdfjs-dist. Cells are rebuilt from
 * positions, not from text lines: the ruling lines a table is drawn with give
 * column and row boundaries; a boundary missing between two neighbouring
 * atoms of the grid means a merged cell (rowSpan/colSpan). Text items fall into
 * the cell their start lies in; a cell's lines are joined (no space between Han
 * characters), a line ending well short of the cell's right edge ends a
 * paragraph. Text outside the tables becomes paragraphs; page numbers and
 * running headers/footers in the page margins are dropped and noted. A table
 * that goes on at the top of the next page with the same columns continues the
 * same grid table (no repeated header is needed).
 *
 * Refusals: encrypted (password) PDFs, and PDFs without a text layer (scanned).
 */
import type { Grid, GridBlock, GridCell, GridRow, GridTable, Place } from "../../model/grid.ts";
import { foldStandIns } from "./hazards.ts";
import { Refusal } from "./refusal.ts";

type Item = { str: string; x: number; top: number; bottom: number; right: number; size: number };
type Seg = { x0: number; y0: number; x1: number; y1: number };

const near = (a: number, b: number, tol = 1.5) => Math.abs(a - b) <= tol;
const HAN = "\\p{Script=Han}";
const LATIN = "[0-9A-Za-z%.．,，≥≤＞＜><=+\\-]";
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
      if (w > 500 && h > 700) continue; // a page-sized background
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
  const groups: Seg[][] = [];
  for (const v of vs) {
    const g = groups.find((gr) => gr.some((o) => v.y0 <= o.y1 + 1 && o.y0 <= v.y1 + 1));
    if (g) g.push(v);
    else groups.push([v]);
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

/** Text of a cell (or paragraph): items → lines by baseline → paragraphs. */
function linesOf(items: Item[]): { text: string; right: number; left: number }[] {
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
    for (const it of l) {
      // A visible gap between items on one line is a space (a tab stop, or words apart).
      if (text !== "" && it.x - end > it.size * 0.8) text += "\t";
      text += it.str;
      end = it.right;
    }
    return { text, right: end, left: l[0]!.x };
  });
}

export function cellText(items: Item[], right: number): string {
  const lines = linesOf(items);
  let out = "";
  lines.forEach((line, i) => {
    if (i === 0) out = line.text;
    else {
      const prev = lines[i - 1]!;
      const size = items[0]?.size ?? 9;
      // A new paragraph: a numbered item, or a line after one that stops short of the cell's edge on a full stop.
      // Anything else wrapped (line-breaking rules often leave a short line: 单⏎位：万元).
      const numbered = /^\s*(?:\d+[.．、](?!\d)|[（(][一二三四五六七八九十\d]+[）)])/u.test(line.text);
      const ended = numbered || (right - prev.right > size * 1.6 && /[。；;！!？?]$/u.test(prev.text));
      out += ended ? `\n${line.text}` : line.text;
    }
  });
  return out;
}

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
  const blocks: (GridBlock & { page: number; top: number; region?: Region })[] = [];
  const notes: Grid["notes"] = [];
  let textItems = 0;
  let spacesRemoved = 0;
  const folded = { n: 0 };
  const unspace = (text: string) =>
    text.replace(SPACE_HAN_LATIN, () => {
      spacesRemoved++;
      return "";
    });
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const raw of content.items) {
      if (!("str" in raw) || raw.str.trim() === "") continue;
      const [a, b, , , e, f] = raw.transform as number[];
      const size = Math.hypot(a!, b!) || raw.height || 9;
      const bottom = height - f!;
      const str = foldStandIns(raw.str, folded).trimEnd();
      items.push({ str, x: e!, top: bottom - size, bottom, right: e! + raw.width, size });
    }
    textItems += items.length;
    const ops = await page.getOperatorList();
    const regs = regions(segments(ops, pdfjs.OPS, height));
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
        const unit = (it.right - it.x) / weights.reduce((a, b) => a + b, 0);
        const parts: Item[] = [];
        const column = (x: number) => rules.filter((rule) => x > rule).length;
        let pos = it.x;
        let current: { col: number; text: string; x0: number; x1: number } | null = null;
        chars.forEach((c, i) => {
          const next = pos + weights[i]! * unit;
          const col = column((pos + next) / 2);
          if (!current || current.col !== col) {
            if (current && current.text.trim() !== "")
              parts.push({ ...it, str: current.text.trim(), x: current.x0, right: current.x1 });
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
      }
      const rows: GridRow[] = Array.from({ length: ny }, (_, j) => ({
        cells: [],
        place: { page: p, x: r.left, y: r.ys[j]! },
      }));
      for (const g of [...groups.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
        const place: Place = { page: p, x: Math.round(r.xs[g.c0]! * 10) / 10, y: Math.round(r.ys[g.r0]! * 10) / 10 };
        const cell: GridCell = {
          text: unspace(cellText(g.items, r.xs[g.c1 + 1]!)),
          row: g.r0,
          col: g.c0,
          rowSpan: g.r1 - g.r0 + 1,
          colSpan: g.c1 - g.c0 + 1,
          place,
        };
        rows[g.r0]!.cells.push(cell);
      }
      blocks.push({
        type: "table",
        cols: nx,
        rows,
        place: { page: p, x: r.left, y: r.top },
        page: p,
        top: r.top,
        region: r,
      });
    }
    // Text outside tables: paragraphs, one per line; page furniture in the margins is dropped and noted.
    const loose = items.filter((it) => !inRegion(it));
    for (const line of linesOf(loose)) {
      const it = loose.find((i) => i.x === line.left)!;
      const place: Place = { page: p, x: Math.round(line.left * 10) / 10, y: Math.round(it.top * 10) / 10 };
      const inMargin = it.top < height * 0.07 || it.bottom > height * 0.93;
      if (
        inMargin &&
        /^(?:[—–-]+\s*)?(?:第\s*)?\d+(?:\s*页)?(?:\s*[/／共]\s*\d+(?:\s*页)?)?(?:\s*[—–-]+)?$/u.test(line.text.trim())
      ) {
        notes.push({ place, text: line.text, reason: "page number" });
        continue;
      }
      blocks.push({ type: "paragraph", text: unspace(line.text), place, page: p, top: it.top });
    }
    void width;
    page.cleanup();
  }
  await doc.destroy();
  if (textItems === 0)
    throw new Refusal(
      `${what} has no text layer (a scan: every page is an image)`,
      "scanned: needs OCR — run it through OCR (e.g. ocrmypdf) and add the OCR'd PDF, or ask the publisher for the Word/Excel file",
      "source:no-text-layer",
    );
  if (folded.n > 0)
    notes.push({
      place: {},
      text: String(folded.n),
      reason:
        "Kangxi radicals / radical supplement / compatibility ideographs in the text layer folded to the ideographs printed",
    });
  if (spacesRemoved > 0)
    notes.push({
      place: {},
      text: String(spacesRemoved),
      reason: "spaces between Han and Latin/digits removed (inserted by PDF text extraction)",
    });

  // Document order; a table at the top of a page with the same columns as the table that ended the page before continues it.
  blocks.sort((a, b) => a.page - b.page || a.top - b.top);
  // The lowest any table reaches on any page: a table that ends there was cut by the page break.
  const floor = Math.max(...blocks.filter((b) => b.region).map((b) => b.region!.bottom));
  const out: GridBlock[] = [];
  let last: (GridTable & { xs?: number[]; page?: number; bottom?: number }) | null = null;
  for (const b of blocks) {
    if (b.type === "table") {
      const xs = b.region!.xs;
      const continues =
        last &&
        last.page === b.page - 1 &&
        out[out.length - 1] === last &&
        last.xs!.length === xs.length &&
        last.xs!.every((x, i) => near(x, xs[i]!, 2));
      if (continues && last) {
        // A row split by the page break: its first half fills the previous page to the floor, its second half opens this one.
        // Heuristic: the table reaches within two lines of the lowest table bottom of the document, and the
        // first row here leaves empty a cell that is filled in the row before (of its own, not merged): a
        // whole new row fills its cells, the rest of a cut row fills only those whose text overflowed.
        const previous = last.rows[last.rows.length - 1];
        const fragment = b.rows[0];
        const lineHeight = 14;
        const low = last.bottom !== undefined && floor - last.bottom < 2 * lineHeight;
        const own = new Map((previous?.cells ?? []).filter((c) => c.rowSpan === 1).map((c) => [c.col, c.text.trim()]));
        const partial =
          !!fragment &&
          fragment.cells.some((c) => c.text.trim() !== "") &&
          fragment.cells.some((c) => c.text.trim() === "" && (own.get(c.col) ?? "") !== "") &&
          // …and only continues cells that have text above (a merged cell's text counts).
          fragment.cells.every(
            (c) =>
              c.text.trim() === "" ||
              (own.get(c.col) ?? "") !== "" ||
              (previous?.cells.some((p) => p.col === c.col) ?? false) === false,
          );
        if (low && partial && previous && fragment) {
          const starts = new Map(previous.cells.map((c) => [c.col, c]));
          const covering = (col: number) =>
            starts.get(col) ??
            last!.rows
              .flatMap((r) => r.cells)
              .find(
                (c) => c.col === col && c.row + c.rowSpan > previous.cells[0]!.row && c.row <= previous.cells[0]!.row,
              );
          for (const c of fragment.cells) {
            const into = covering(c.col);
            if (!into || c.text.trim() === "") continue;
            into.text =
              into.text === "" ? c.text : `${into.text}${/^\s*\d+[.．、](?!\d)/u.test(c.text) ? "\n" : ""}${c.text}`;
          }
          notes.push({
            place: fragment.place,
            text: fragment.cells.map((c) => c.text).join(" | "),
            reason: "second half of a row split by a page break, joined to its first half",
          });
          b.rows.shift();
          // A merged cell that went on below the cut row stays, one row shorter, its text already joined above.
          const carried = fragment.cells
            .filter((c) => c.rowSpan > 1)
            .map((c) => ({ ...c, text: "", rowSpan: c.rowSpan - 1 }));
          if (b.rows[0]) b.rows[0].cells = [...carried, ...b.rows[0].cells].sort((x, y) => x.col - y.col);
          b.rows.forEach((row) =>
            row.cells.forEach((c) => {
              c.row = Math.max(0, c.row - 1);
            }),
          );
        }
        const base = last.rows.length;
        last.rows.push(
          ...b.rows.map((row) => ({ ...row, cells: row.cells.map((c) => ({ ...c, row: c.row + base })) })),
        );
        last.page = b.page;
        last.bottom = b.region!.bottom;
        continue;
      }
      last = { type: "table", cols: b.cols, rows: b.rows, place: b.place, xs, page: b.page, bottom: b.region!.bottom };
      out.push(last);
      continue;
    }
    out.push({ type: "paragraph", text: b.text, place: b.place });
  }
  return {
    format: "pdf",
    blocks: out.map((b) => (b.type === "table" ? { type: "table", cols: b.cols, rows: b.rows, place: b.place } : b)),
    notes,
  };
}
