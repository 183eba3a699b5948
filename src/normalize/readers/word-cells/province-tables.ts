/**
 * Province tables of cell-per-line Word exports (Guangdong 2021, 附件4-3):
 * documents without numbered headings. A table starts
 *
 *   - with its own 项目名称 row (a label/value table, province-labelled.ts), or
 *   - under a heading line `项目名称：<name>`, which holds either
 *       one transposed table — a row per 承担单位, indicators as columns
 *       (province-transposed.ts) — or
 *       sub-tables titled `<name>-<city>绩效目标表`, each a label/value table
 *       scoped to its city.
 *
 * Text before the first table is the document's title.
 */
import type { Project } from "../../../model/schema.ts";
import { fail, quote } from "../../errors.ts";
import { mark, type Ledger } from "../../ledger.ts";
import { compactLabel } from "../../levels.ts";
import type { ReaderInput } from "../../types.ts";
import { readLabelledTable, type LabelledTable } from "./province-labelled.ts";
import { isTransposedHeader, readTransposedTable, type TransposedTable } from "./province-transposed.ts";
import type { ProvinceContext } from "./province-context.ts";
import { cellText, type Text, type Token } from "./tokens.ts";

type Segment = ({ layout: "labelled" } & LabelledTable) | ({ layout: "transposed" } & TransposedTable);

const HEADING = /^项目名称[:：]\s*(\S.*)$/u;
const SUB_TABLE = /^\S.*-([^-]+?)绩效目标表$/u;

const isNameRow = (token: Token): boolean =>
  token.type === "row" && token.cells.length >= 2 && compactLabel(cellText(token.cells[0])) === "项目名称";

/** A one-cell row `<name>-<city>绩效目标表` → the city. */
function subTableScope(token: Token): string | null {
  if (token.type !== "row" || token.cells.length !== 1) return null;
  return SUB_TABLE.exec(cellText(token.cells[0]).replace(/\n/gu, ""))?.[1] ?? null;
}

function headingName(token: Token): string | null {
  return token.type === "text" && token.first === token.last
    ? (HEADING.exec(token.text.trim())?.[1]?.trim() ?? null)
    : null;
}

/** Tokens → tables in document order, and the text before the first one. */
function segment(tokens: readonly Token[]): { title: Text[]; segments: Segment[] } {
  const title: Text[] = [];
  const segments: Segment[] = [];
  // `opened`: the heading already heads a sub-table (later sub-tables start at their own title).
  let heading: { name: string; token: Text; opened: boolean } | null = null;
  let current: Segment | null = null;

  for (const token of tokens) {
    const name = headingName(token);
    const scope = heading ? subTableScope(token) : null;
    if (name !== null) {
      heading = { name, token: token as Text, opened: false };
      current = null;
    } else if (isNameRow(token)) {
      heading = null;
      current = { layout: "labelled", heads: [], name: null, scope: null, body: [token] };
      segments.push(current);
    } else if (heading && scope !== null) {
      current = {
        layout: "labelled",
        heads: heading.opened ? [token] : [heading.token, token],
        name: heading.name,
        scope,
        body: [],
      };
      heading.opened = true;
      segments.push(current);
    } else if (heading && !current) {
      current =
        token.type === "row" && isTransposedHeader(token)
          ? { layout: "transposed", heads: [heading.token], name: heading.name, body: [token] }
          : { layout: "labelled", heads: [heading.token], name: heading.name, scope: null, body: [token] };
      segments.push(current);
    } else if (current) {
      current.body.push(token);
    } else if (token.type === "text") {
      title.push(token);
    }
  }
  return { title, segments };
}

export function readProvinceTables(
  input: ReaderInput & { tokens: readonly Token[] },
  ledger: Ledger,
): { projects: Project[]; tables: number } {
  const { file, entry, lines, tokens } = input;
  const { title, segments } = segment(tokens);
  if (segments.length === 0) {
    const firstText = lines.find((l) => l.trim() !== "") ?? "";
    fail(
      file,
      1,
      "a numbered table heading (1.…绩效目标表), a 项目名称 row or a 项目名称：… heading line",
      quote(firstText),
      "word-cells:no-tables",
    );
  }
  for (const t of title) mark(ledger, t.first, t.last, "structure", "document title");

  const context: ProvinceContext = { file, entry, ledger };
  const projects: Project[] = [];
  for (const s of segments) {
    const next = projects.length + 1;
    if (s.layout === "labelled") projects.push(readLabelledTable(context, s, next));
    else projects.push(...readTransposedTable(context, s, next));
  }
  return { projects, tables: segments.length };
}
