/**
 * npm run add, the logic: a published file and what the newcomer says about it
 * → the manifest entry to write (format found from the content, reader family
 * chosen by trying each family on the extracted text), the normalized
 * document, and a report. No file I/O here: scripts/add.ts reads and writes.
 */
import { VFile } from "vfile";
import type { ConceptRule, DocumentData, ManifestEntry, TopicRule } from "../../model/schema.ts";
import type { Grid } from "../../model/grid.ts";
import { extractAny, extractSync, gridLines } from "../extract/index.ts";
import { detectFormat } from "../extract/detect.ts";
import { Refusal } from "../extract/refusal.ts";
import { normalizeDocument } from "../pipeline.ts";
import { sha256Hex } from "../../shared/hash.ts";
import { FAMILIES, READERS } from "../readers/index.ts";
import { regionOf } from "./regions.ts";

export type AddRequest = {
  /** The file's own name (for the extension check and the default title). */
  name: string;
  bytes: Uint8Array;
  adminCode: string;
  year: number;
  title?: string;
  publisher?: string;
  url?: string;
  retrieved?: string;
};

export type AddPlan = {
  entry: ManifestEntry;
  data: DocumentData;
  grid: Grid | null;
  why: { format: string; reader: string };
  /** Messages from reading (warnings). */
  messages: string[];
};

/** An http(s) address with a real host name (a placeholder such as “https://…” is not one). */
function webAddress(text: string): boolean {
  if (!/^https?:\/\/\S+$/u.test(text)) return false;
  try {
    return /^[a-z\d-]+(?:\.[a-z\d-]+)+$/u.test(new URL(text).hostname);
  } catch {
    return false;
  }
}
const EXT = { text: "txt", docx: "docx", xlsx: "xlsx", pdf: "pdf" } as const;

export async function planAdd(
  req: AddRequest,
  manifest: readonly ManifestEntry[],
  rules: { topics: readonly TopicRule[]; concepts: readonly ConceptRule[] },
  progress: (line: string) => void = () => {},
): Promise<AddPlan> {
  const region = regionOf(req.adminCode, manifest);
  if (!region)
    throw new Refusal(
      `--region ${req.adminCode} is not a GB/T 2260 province or prefecture-level code we know`,
      "give the 6-digit code of the province (e.g. 370000) or city (e.g. 370200)",
      "add:bad-region",
    );
  if (!Number.isInteger(req.year) || req.year < 1990 || req.year > 2100)
    throw new Refusal(`--year ${req.year} is not a year`, "give the budget year, e.g. --year 2024", "add:bad-year");
  if (req.retrieved !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(req.retrieved))
    throw new Refusal(`--retrieved ${req.retrieved} is not a date`, "give it as YYYY-MM-DD", "add:bad-date");
  if (req.url !== undefined && !webAddress(req.url))
    throw new Refusal(
      `--url ${req.url} is not an http(s) address`,
      "give the address the file was downloaded from",
      "add:bad-url",
    );

  const detected = detectFormat(req.bytes, req.name);
  progress(`format: ${detected.format} (${detected.why})`);
  const sha256 = sha256Hex(req.bytes);
  const same = manifest.find((e) => e.sha256 === sha256);
  if (same)
    throw new Refusal(
      `this file is already in the manifest as “${same.id}” (same sha256)`,
      "nothing to do",
      "add:duplicate",
    );

  const base = region.slug ?? region.adminCode;
  let id = `${base}-${req.year}`;
  for (let k = 2; manifest.some((e) => e.id === id); k++) id = `${base}-${req.year}-${k}`;
  const file = `${id}.${EXT[detected.format]}`;

  // Every format through its extractor (extract/index.ts), text exports included: a text export's grid
  // follows the convention of the family reading it, so it is extracted once per family tried.
  // Extraction problems (an empty file, control characters, …) are the file's, not a family's: they stop here.
  let office: Grid | null = null;
  if (detected.format !== "text") {
    progress(`extracting ${detected.format}…`);
    office = await extractAny(req.bytes, detected.format, req.name);
    const tables = office.blocks.filter((b) => b.type === "table").length;
    progress(`grid: ${tables} tables, ${office.blocks.length - tables} paragraphs`);
  }
  const grids = new Map<ManifestEntry["reader"], Grid>();
  const gridFor = (family: ManifestEntry["reader"]): Grid => {
    let grid = office ?? grids.get(family);
    if (!grid) {
      grid = extractSync(req.bytes, "text", file, { reader: family, file: new VFile({ path: file }) });
      grids.set(family, grid);
    }
    return grid;
  };

  // The reader family: the one that reads the most indicators; each family is tried on this file's grid.
  const tried: { family: ManifestEntry["reader"]; indicators: number; records: number; error?: string }[] = [];
  for (const family of FAMILIES) {
    const input = gridLines(gridFor(family), family).lines;
    const entry = draft(family);
    try {
      const result = READERS[family]({ file: new VFile({ path: file }), lines: input, entry });
      tried.push({
        family,
        records: result.projects.length,
        indicators: result.projects.reduce((n, p) => n + p.indicators.length, 0),
      });
    } catch (error) {
      tried.push({ family, records: 0, indicators: 0, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const best = [...tried].sort((a, b) => b.indicators - a.indicators || b.records - a.records)[0]!;
  if (best.indicators === 0) {
    throw new Refusal(
      `no recognisable target table: looked for 绩效目标表 with an indicator header (一级指标 | 二级指标 | 三级指标 | 指标值, or 目标值/指标名称) — ${tried.map((t) => `${t.family}: ${t.error ?? "no indicators"}`).join("; ")}`,
      "check that the file holds 项目支出绩效目标表; a new layout needs a reader family (src/normalize/readers/)",
      "add:no-target-table",
    );
  }
  const readerWhy = `${best.family}: ${best.records} records, ${best.indicators} indicators (${tried
    .filter((t) => t !== best)
    .map((t) => `${t.family}: ${t.indicators}`)
    .join(", ")})`;
  progress(`reader: ${readerWhy}`);

  function draft(reader: ManifestEntry["reader"]): ManifestEntry {
    return {
      id,
      file,
      title: req.title ?? req.name.replace(/\.[^.]+$/u, ""),
      publisher: req.publisher ?? "（未注明发布机关）",
      region: region!,
      year: req.year,
      kind: reader === "pdf-template" ? "application-templates" : "project-targets",
      reader,
      sha256,
      format: detected.format,
      origin: req.url ?? null,
      retrieved: req.retrieved ?? null,
    };
  }
  let entry: ManifestEntry = { ...draft(best.family), readerReason: readerWhy };
  const file0 = new VFile({ path: `content/sources/${file}` });
  // The pipeline extracts a text export itself (normalizeDocument); an office file's grid is passed on.
  const grid = office ?? gridFor(best.family);
  const extracted = office ? gridLines(office, best.family) : undefined;
  let data = normalizeDocument(entry, req.bytes, {
    file: file0,
    topics: rules.topics,
    concepts: rules.concepts,
    ...(extracted ? { extracted } : {}),
  });
  if (data.document.budgetTables?.length && entry.kind === "project-targets") {
    entry = { ...entry, kind: "department-disclosure" };
    data = normalizeDocument(entry, req.bytes, {
      file: new VFile({ path: `content/sources/${file}` }),
      topics: rules.topics,
      concepts: rules.concepts,
      ...(extracted ? { extracted } : {}),
    });
  }
  // Publisher: the unit of the first record when none was given.
  if (!req.publisher) {
    const unit = data.projects.find((p) => p.unit?.name)?.unit?.name;
    if (unit) {
      entry = { ...entry, publisher: unit };
      data = { ...data, document: { ...data.document, publisher: unit } };
    }
  }
  return {
    entry,
    data,
    grid,
    why: { format: detected.why, reader: readerWhy },
    messages: file0.messages.map((m) => String(m)),
  };
}

/** The printed report: tables, records, indicators, unparsed values, flags, skipped rows with reasons. */
export function addReport(plan: AddPlan): string {
  const { data, entry } = plan;
  const indicators = data.projects.flatMap((p) => p.indicators);
  const unparsed = indicators.filter((i) => i.target?.kind === "unparsed");
  const flags = new Map<string, number>();
  for (const p of data.projects) for (const f of p.flags) flags.set(f, (flags.get(f) ?? 0) + 1);
  for (const i of indicators)
    for (const f of [...i.flags, ...(i.target?.flags ?? [])]) flags.set(f, (flags.get(f) ?? 0) + 1);
  const r = data.report;
  /** One report line per item: white space (line breaks of a multi-line cell) as single spaces, long text cut. */
  const quote = (text: string, max: number) => {
    const flat = text.replace(/\s+/gu, " ").trim();
    return `“${flat.length > max ? `${flat.slice(0, max)}…` : flat}”`;
  };
  const more = (all: readonly unknown[], shown: number, what: string) =>
    all.length > shown ? [`  … ${all.length - shown} more ${what}`] : [];
  // The grid's notes (what the extractor dropped or changed: page numbers, blank lines, joined rows…), by reason.
  const notes = new Map<string, { count: number; text: string }>();
  for (const n of plan.grid?.notes ?? []) {
    const seen = notes.get(n.reason);
    if (seen) seen.count++;
    else notes.set(n.reason, { count: 1, text: n.text });
  }
  const out = [
    `${entry.id}: ${entry.file} (${entry.format}, ${entry.reader}; sha256 ${entry.sha256.slice(0, 12)}…)`,
    `  region ${entry.region.province}${entry.region.city && entry.region.city !== entry.region.province ? ` ${entry.region.city}` : ""} (${entry.region.adminCode}), year ${entry.year}, origin ${entry.origin ?? "unknown"}, retrieved ${entry.retrieved ?? "unknown"}`,
    `  format: ${plan.why.format}; reader ${plan.why.reader}`,
    `  tables ${r.tables}, records ${data.projects.length}, indicators ${indicators.length}, unparsed values ${unparsed.length}`,
    `  flags: ${[...flags].map(([k, v]) => `${k} ${v}`).join(", ") || "none"}`,
    ...unparsed.slice(0, 10).map((i) => `  unparsed: ${quote(i.target?.raw ?? "", 60)} (${i.name})`),
    ...more(unparsed, 10, "unparsed values"),
    `  lines: ${r.lines.total} (record ${r.lines.record}, structure ${r.lines.structure}, blank ${r.lines.blank}, skipped ${r.lines.skipped})`,
    ...r.skipped
      .slice(0, 20)
      .map((s) => `  skipped ${s.lines[0]}–${s.lines[1]}: ${s.reason}${s.text ? ` ${quote(s.text, 40)}` : ""}`),
    ...more(r.skipped, 20, "skipped rows"),
    ...[...notes].map(
      ([reason, { count, text }]) => `  note: ${reason} ×${count}${text.trim() ? ` (first: ${quote(text, 40)})` : ""}`,
    ),
    ...plan.messages.slice(0, 20).map((m) => `  message: ${m.replace(/\s+/gu, " ")}`),
    ...more(plan.messages, 20, "messages"),
  ];
  return out.join("\n");
}
