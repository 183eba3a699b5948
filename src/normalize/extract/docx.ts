/**
 * .docx → grid. The body's tables (w:tbl) become grid tables with merges
 * (w:gridSpan; w:vMerge continuation cells are empty in the file and extend
 * the cell above), the paragraphs between them become paragraphs. A
 * paragraph's text is all its w:t joined (Word splits text into runs at every
 * change of script), w:tab → TAB, w:br → newline; automatic list numbers are
 * not in the text and are rendered from numbering.xml ("1.", "（一）").
 */
import type { Grid, GridBlock, GridCell, GridRow, Place } from "../../model/grid.ts";
import { Refusal } from "./refusal.ts";
import { attr, child, children, descendants, parseXml, textContent, type XmlElement as Element } from "./xml.ts";
import { readZipText } from "./zip.ts";

type Level = { start: number; format: string; text: string };
type Numbering = {
  levels: (numId: string, ilvl: number) => Level | undefined;
  startOverride: (numId: string, ilvl: number) => number | undefined;
};

function readNumbering(xml: string | undefined): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  if (xml) {
    const doc = parseXml(xml, "word/numbering.xml");
    for (const a of children(doc, "abstractNum")) {
      const levels = new Map<number, Level>();
      for (const l of children(a, "lvl")) {
        levels.set(Number(attr(l, "ilvl") ?? 0), {
          start: Number(attr(child(l, "start"), "val") ?? 1),
          format: attr(child(l, "numFmt"), "val") ?? "decimal",
          text: attr(child(l, "lvlText"), "val") ?? "",
        });
      }
      abstract.set(attr(a, "abstractNumId") ?? "", levels);
    }
    for (const n of children(doc, "num")) {
      const overrides = new Map<number, number>();
      for (const o of children(n, "lvlOverride")) {
        const s = attr(child(o, "startOverride"), "val");
        if (s !== null) overrides.set(Number(attr(o, "ilvl") ?? 0), Number(s));
      }
      nums.set(attr(n, "numId") ?? "", { abstractId: attr(child(n, "abstractNumId"), "val") ?? "", overrides });
    }
  }
  return {
    levels: (numId, ilvl) => abstract.get(nums.get(numId)?.abstractId ?? "")?.get(ilvl),
    startOverride: (numId, ilvl) => nums.get(numId)?.overrides.get(ilvl),
  };
}

const CHINESE = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
function chinese(n: number): string {
  if (n <= 10) return CHINESE[n]!;
  if (n < 20) return `十${CHINESE[n - 10]}`;
  return `${CHINESE[Math.floor(n / 10)]}十${n % 10 ? CHINESE[n % 10] : ""}`;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case "upperLetter":
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case "chineseCounting":
    case "chineseCountingThousand":
    case "ideographTraditional":
    case "taiwaneseCountingThousand":
      return chinese(n);
    case "decimalFullWidth":
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

/** Counters per list, so "1. 2. 3." continue across paragraphs (and cells) as Word does. */
function numberer(numbering: Numbering) {
  const counters = new Map<string, number[]>();
  return (p: Element): string => {
    const numPr = child(child(p, "pPr") ?? p, "numPr");
    if (!numPr) return "";
    const numId = attr(child(numPr, "numId"), "val");
    const ilvl = Number(attr(child(numPr, "ilvl"), "val") ?? 0);
    if (!numId || numId === "0") return "";
    const level = numbering.levels(numId, ilvl);
    if (!level || level.format === "bullet" || level.format === "none") return "";
    const c = counters.get(numId) ?? [];
    const start = (i: number) => numbering.startOverride(numId, i) ?? numbering.levels(numId, i)?.start ?? 1;
    c[ilvl] = c[ilvl] === undefined ? start(ilvl) : c[ilvl] + 1;
    c.length = ilvl + 1;
    counters.set(numId, c);
    return level.text.replace(/%(\d)/gu, (_, d: string) => {
      const i = Number(d) - 1;
      const lv = numbering.levels(numId, i);
      return formatNumber(c[i] ?? start(i), lv?.format ?? "decimal");
    });
  };
}

/** The text of one w:p: every w:t joined, w:tab → TAB, w:br → newline (a page break is reported, not printed). */
function paragraphText(p: Element, pageBreak: () => void): string {
  let s = "";
  const walk = (e: Element) => {
    for (const c of children(e)) {
      const n = c.localName;
      if (n === "t") s += textContent(c);
      else if (n === "tab" && e.localName === "r") s += "\t";
      else if (n === "br") {
        if (attr(c, "type") === "page") pageBreak();
        else s += "\n";
      } else if (n === "lastRenderedPageBreak") continue;
      else if (n === "pPr" || n === "rPr" || n === "instrText" || n === "delText") continue;
      else walk(c);
    }
  };
  walk(p);
  return s;
}

export function extractDocx(bytes: Uint8Array, what = "the .docx file"): Grid {
  const files = readZipText(bytes, (n) => n === "word/document.xml" || n === "word/numbering.xml", what);
  const xml = files.get("word/document.xml");
  if (!xml) throw new Refusal(`${what} has no word/document.xml`, "save it again from Word or LibreOffice as .docx");
  const doc = parseXml(xml, "word/document.xml");
  const body = child(doc, "body");
  if (!body) throw new Refusal(`${what} has no document body`, "save it again from Word or LibreOffice as .docx");
  const number = numberer(readNumbering(files.get("word/numbering.xml")));
  const blocks: GridBlock[] = [];
  const notes: Grid["notes"] = [];
  let paragraphs = 0;
  let tables = 0;

  const readParagraph = (p: Element, place: Place) => {
    const text = paragraphText(p, () => notes.push({ place, text: "", reason: "page break" }));
    const label = number(p);
    return text.trim() === "" && !label ? text : label + text;
  };

  const readTable = (tbl: Element): GridBlock => {
    const table = ++tables;
    const rows: GridRow[] = [];
    /** Per grid column, the cell a vertical merge would continue. */
    const above: (GridCell | undefined)[] = [];
    let cols = children(child(tbl, "tblGrid") ?? tbl, "gridCol").length;
    children(tbl, "tr").forEach((tr, r) => {
      const cells: GridCell[] = [];
      let col = Number(attr(child(child(tr, "trPr") ?? tr, "gridBefore"), "val") ?? 0);
      children(tr, "tc").forEach((tc, i) => {
        const pr = child(tc, "tcPr");
        const span = Number(attr(child(pr ?? tc, "gridSpan"), "val") ?? 1) || 1;
        const vMerge = pr ? child(pr, "vMerge") : undefined;
        const place: Place = { table, row: r + 1, cell: i + 1 };
        if (vMerge && attr(vMerge, "val") !== "restart" && above[col]) {
          above[col]!.rowSpan = r - above[col]!.row + 1;
        } else {
          const text = children(tc, "p")
            .map((p) => readParagraph(p, place))
            .join("\n");
          // Nested tables: their text joins the cell's.
          const nested = children(tc, "tbl").flatMap((t) => descendants(t, "p").map((p) => readParagraph(p, place)));
          const cell: GridCell = {
            text: [text, ...nested].filter((t, k) => k === 0 || t !== "").join("\n"),
            row: r,
            col,
            rowSpan: 1,
            colSpan: span,
            place,
          };
          cells.push(cell);
          for (let k = 0; k < span; k++) above[col + k] = cell;
        }
        col += span;
      });
      cols = Math.max(cols, col);
      rows.push({ cells, place: { table, row: r + 1 } });
    });
    return { type: "table", cols, rows, place: { table } };
  };

  for (const el of children(body)) {
    if (el.localName === "p") {
      const place: Place = { paragraph: ++paragraphs };
      blocks.push({ type: "paragraph", text: readParagraph(el, place), place });
    } else if (el.localName === "tbl") {
      blocks.push(readTable(el));
    } else if (el.localName === "sdt") {
      // Content controls (a table of contents): their paragraphs, in order.
      for (const p of descendants(el, "p")) {
        const place: Place = { paragraph: ++paragraphs };
        blocks.push({ type: "paragraph", text: readParagraph(p, place), place });
      }
    }
  }
  return { format: "docx", blocks, notes };
}
