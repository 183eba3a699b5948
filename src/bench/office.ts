/**
 * npm run bench -- office [--runs N] [--pages 200]: extraction time and peak memory per office
 * format and per MB, on the committed fixtures (tests/fixtures/office/), each measured in a child
 * process of its own (peak RSS is per process); then growth on a generated PDF of about N pages
 * (the Qingdao tables repeated, made with LibreOffice when `soffice` is installed, else skipped).
 * Prints a row per file (time and peak RSS, each also per MB of input), a row per format (summed), and the
 * growth from the Qingdao PDF to the generated one (pages, time, time per page, peak RSS).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectFormat } from "../normalize/extract/detect.ts";
import { extractAny } from "../normalize/extract/index.ts";
import { median } from "./stats.ts";

const FIXTURES = "tests/fixtures/office";

type Measure = { file: string; format: string; mb: number; ms: number; peakMb: number; tables: number; pages?: number };

/** Child side: extract one file `runs` times, print {ms (median), tables} as JSON. */
export async function measureChild(path: string, runs: number): Promise<void> {
  const bytes = new Uint8Array(readFileSync(path));
  const { format } = detectFormat(bytes, path);
  const times: number[] = [];
  let tables = 0;
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const grid = await extractAny(bytes, format, path);
    times.push(performance.now() - t);
    tables = grid.blocks.filter((b) => b.type === "table").length;
    pages = Math.max(
      0,
      ...grid.blocks.flatMap((b) => (b.type === "table" ? b.rows.map((r) => r.place.page ?? 0) : [b.place.page ?? 0])),
    );
  }
  process.stdout.write(
    JSON.stringify({ ms: median(times), tables, pages, peakMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

function measure(path: string, runs: number): Measure {
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      `import(${JSON.stringify(new URL("./office.ts", import.meta.url).href)}).then((m) => m.measureChild(${JSON.stringify(path)}, ${runs}))`,
    ],
    { encoding: "utf8", maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`bench office: ${path}: ${run.stderr.trim().split("\n").pop()}`);
  const out = JSON.parse(run.stdout) as { ms: number; tables: number; pages: number; peakMb: number };
  const mb = statSync(path).size / 1024 / 1024;
  return { file: path.split("/").pop()!, format: path.split(".").pop()!, mb, ...out };
}

/** A PDF of at least about `pages` pages: the Qingdao tables (24 pages) repeated (LibreOffice). Null without soffice. */
function bigPdf(pages: number, dir: string): string | null {
  if (spawnSync("soffice", ["--version"]).status !== 0) return null;
  const make = spawnSync(process.execPath, ["--import", "tsx", `${FIXTURES}/make-html.ts`, dir], { encoding: "utf8" });
  if (make.status !== 0) return null;
  const html = readFileSync(join(dir, "qingdao-2023-pdf.html"), "utf8");
  const body = html.slice(html.indexOf("<body>") + 6, html.lastIndexOf("</body>"));
  const copies = Math.max(1, Math.ceil(pages / 24));
  writeFileSync(join(dir, "big.html"), html.replace(body, body.repeat(copies)));
  spawnSync(
    "soffice",
    ["--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "big.html"],
    { cwd: dir },
  );
  return existsSync(join(dir, "big.pdf")) ? join(dir, "big.pdf") : null;
}

export function benchOffice(argv: readonly string[]): number {
  const runs = Number(argv[argv.indexOf("--runs") + 1] ?? 3) || 3;
  const pages = argv.includes("--pages") ? Number(argv[argv.indexOf("--pages") + 1]) : 200;
  const files = readdirSync(FIXTURES)
    .filter((f) => /\.(?:docx|xlsx|pdf)$/u.test(f) && f !== "encrypted.pdf")
    .sort();
  const rows: Measure[] = [];
  for (const f of files) {
    console.error(`bench office: ${f}`);
    rows.push(measure(join(FIXTURES, f), runs));
  }
  const dir = mkdtempSync(join(tmpdir(), "bench-office-"));
  try {
    if (pages > 0) {
      console.error(`bench office: generating a PDF of about ${pages} pages…`);
      const big = bigPdf(pages, dir);
      if (big) rows.push({ ...measure(big, 1), file: `generated (${pages} pages)` });
      else console.error("bench office: no soffice here, growth on a generated PDF skipped");
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const fmt = (n: number, d = 1) => n.toFixed(d);
  console.log("| file | format | MB | pages | tables | extraction (median) | per MB | peak RSS | peak RSS per MB |");
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of rows)
    console.log(
      `| ${r.file} | ${r.format} | ${fmt(r.mb, 2)} | ${r.format === "pdf" ? (r.pages ?? "") : ""} | ${r.tables} | ${fmt(r.ms / 1000, 2)} s | ${fmt(r.ms / 1000 / r.mb, 2)} s/MB | ${fmt(r.peakMb, 0)} MB | ${fmt(r.peakMb / r.mb, 0)} MB/MB |`,
    );
  console.log("");
  console.log("| format | files | MB in all | extraction in all | per MB | largest peak RSS |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const format of [...new Set(rows.map((r) => r.format))].sort()) {
    const of = rows.filter((r) => r.format === format && !r.file.startsWith("generated"));
    if (of.length === 0) continue;
    const mb = of.reduce((s, r) => s + r.mb, 0);
    const sec = of.reduce((s, r) => s + r.ms / 1000, 0);
    console.log(
      `| ${format} | ${of.length} | ${fmt(mb, 2)} | ${fmt(sec, 2)} s | ${fmt(sec / mb, 2)} s/MB | ${fmt(Math.max(...of.map((r) => r.peakMb)), 0)} MB |`,
    );
  }
  const base = rows.find((r) => r.file === "qingdao-2023.pdf");
  const big = rows.find((r) => r.file.startsWith("generated"));
  if (base && big && base.pages && big.pages) {
    console.log("");
    console.log(
      `Growth, qingdao-2023.pdf → generated PDF: pages ${base.pages} → ${big.pages} (×${fmt(big.pages / base.pages)}), ` +
        `extraction ${fmt(base.ms / 1000, 2)} → ${fmt(big.ms / 1000, 2)} s (×${fmt(big.ms / base.ms)}; ` +
        `${fmt(base.ms / base.pages, 0)} → ${fmt(big.ms / big.pages, 0)} ms per page), ` +
        `peak RSS ${fmt(base.peakMb, 0)} → ${fmt(big.peakMb, 0)} MB (×${fmt(big.peakMb / base.peakMb)})`,
    );
  }
  return 0;
}
