/**
 * `npm run add` end to end, as a newcomer runs it: the CLI in a child process
 * on each office fixture and on a text export, against a copy of content/
 * (`--root`), never the real one. Dry runs change nothing and print exactly
 * one targets.json document; a real add copies the file byte for byte, writes
 * its manifest entry and content/data/<id>.json, and prints the report;
 * refusals are one line naming the file, exit 1, nothing written.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { documentData, manifest as manifestSchema, targetsFile, type ManifestEntry } from "../../src/model/schema.ts";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Every file under `dir` with its sha256: equal before and after means nothing was written. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = sha256(readFileSync(path));
  }
  return out;
}

/**
 * A project root holding a copy of content/ whose manifest keeps Qingdao 2023
 * and Tianjin 2024 (so their region slugs are known and normalize stays quick);
 * Changsha's text export is then a new document to add.
 */
const KEEP = new Set(["qingdao-2023", "tianjin-2024"]);
const root = mkdtempSync(join(tmpdir(), "add-cli-"));
cpSync("content/sources", join(root, "content/sources"), { recursive: true });
cpSync("content/rules", join(root, "content/rules"), { recursive: true });
cpSync("content/data", join(root, "content/data"), { recursive: true });
{
  const m = manifestSchema.parse(JSON.parse(readFileSync("content/sources/manifest.json", "utf8")));
  for (const e of m.documents) {
    if (KEEP.has(e.id)) continue;
    rmSync(join(root, "content/sources", e.file));
    rmSync(join(root, "content/data", `${e.id}.json`));
  }
  const kept = { ...m, documents: m.documents.filter((e) => KEEP.has(e.id)) };
  writeFileSync(join(root, "content/sources/manifest.json"), `${JSON.stringify(kept, null, 2)}\n`);
}
const scratch = mkdtempSync(join(tmpdir(), "add-cli-files-"));
/** The real content/: no case may write into it (every run gets --root). */
const realContent = tree("content");
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  expect(tree("content")).toEqual(realContent);
});

function add(file: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/add.ts", file, ...args, "--root", root], {
    encoding: "utf8",
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const manifestOf = () =>
  manifestSchema.parse(JSON.parse(readFileSync(join(root, "content/sources/manifest.json"), "utf8"))).documents;

type Case = {
  file: string;
  region: string;
  year: string;
  id: string;
  format: ManifestEntry["format"];
  reader: ManifestEntry["reader"];
  names: { province: string; city: string | null };
  extra?: string[];
  origin?: { url: string; retrieved: string };
  /** The real add with --json: the JSON on stdout, the report on stderr. */
  json?: true;
};

const QINGDAO = { province: "山东省", city: "青岛市" };
const TIANJIN = { province: "天津市", city: "天津市" };
const cases: Case[] = [
  {
    file: "tests/fixtures/office/qingdao-2023.docx",
    region: "370200",
    year: "2023",
    id: "qingdao-2023-2",
    format: "docx",
    reader: "word-cells",
    names: QINGDAO,
    origin: { url: "https://example.gov.cn/qingdao/2023.docx", retrieved: "2026-12-01" },
  },
  {
    file: "tests/fixtures/office/tianjin-2024-sheets.xlsx",
    region: "120000",
    year: "2024",
    id: "tianjin-2024-2",
    format: "xlsx",
    reader: "word-cells",
    names: TIANJIN,
  },
  {
    file: "tests/fixtures/office/tianjin-2024-stacked.xlsx",
    region: "120000",
    year: "2024",
    id: "tianjin-2024-3",
    format: "xlsx",
    reader: "word-cells",
    names: TIANJIN,
    extra: ["--publisher", "天津市工业和信息化局"],
  },
  {
    file: "content/sources/changsha-2023-gongxinju-department-budget.txt",
    region: "430100",
    year: "2023",
    id: "430100-2023",
    format: "text",
    reader: "pdf-pages",
    names: { province: "湖南省", city: "长沙市" },
    origin: { url: "http://gxj.changsha.gov.cn/yusuan/2023.pdf", retrieved: "2026-11-30" },
    json: true,
  },
  {
    file: "tests/fixtures/office/qingdao-2023.pdf",
    region: "370200",
    year: "2023",
    id: "qingdao-2023-3",
    format: "pdf",
    reader: "word-cells",
    names: QINGDAO,
    extra: ["--title", "青岛市工业和信息化局2023年项目支出绩效目标表（PDF）"],
  },
];

const argsOf = (c: Case) => [
  "--region",
  c.region,
  "--year",
  c.year,
  ...(c.extra ?? []),
  ...(c.origin ? ["--url", c.origin.url, "--retrieved", c.origin.retrieved] : []),
];

/** The lines on stderr that are not progress ("add: …"), for refusals: exactly one. */
const said = (stderr: string) => stderr.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("add: "));

describe("npm run add, each fixture as a newcomer adds it", () => {
  for (const c of cases) {
    it(`${c.file}: a dry run writes nothing and --json prints exactly that one document; then the real add`, () => {
      const bytes = readFileSync(c.file);
      const before = tree(root);
      const dry = add(c.file, ...argsOf(c), "--dry-run", "--json");
      expect(dry.stderr).toMatch(/dry run: nothing written/u);
      expect(dry.status).toBe(0);
      expect(tree(root)).toEqual(before);
      // stdout is one JSON document, /data/targets.json's shape, holding this one document.
      const json = targetsFile.parse(JSON.parse(dry.stdout));
      expect(json.documents.map((d) => d.id)).toEqual([c.id]);
      expect(json.projects.length).toBeGreaterThan(0);
      expect(new Set(json.projects.map((p) => p.documentId))).toEqual(new Set([c.id]));
      expect(json.documents[0]!.source.sha256).toBe(sha256(bytes));

      const manifestBefore = manifestOf();
      const real = add(c.file, ...argsOf(c), ...(c.json ? ["--json"] : []));
      expect(real.stderr).not.toMatch(/internal error/u);
      expect(real.status).toBe(0);
      const after = tree(root);
      // Written: the file byte for byte, the manifest, this document's data; nothing else changed.
      const changed = Object.keys(after)
        .filter((k) => after[k] !== before[k])
        .sort();
      const sourceName = `${c.id}.${{ text: "txt", docx: "docx", xlsx: "xlsx", pdf: "pdf" }[c.format ?? "text"]}`;
      expect(changed).toEqual(
        [`content/data/${c.id}.json`, "content/sources/manifest.json", `content/sources/${sourceName}`].sort(),
      );
      expect(Object.keys(after).filter((k) => !(k in before))).toHaveLength(2);
      expect(sha256(readFileSync(join(root, "content/sources", sourceName)))).toBe(sha256(bytes));

      const documents = manifestOf();
      expect(documents.slice(0, -1)).toEqual(manifestBefore);
      const entry = documents.at(-1)!;
      expect(entry).toMatchObject({
        id: c.id,
        file: sourceName,
        sha256: sha256(bytes),
        format: c.format,
        reader: c.reader,
        year: Number(c.year),
        region: { ...c.names, adminCode: c.region },
        origin: c.origin?.url ?? null,
        retrieved: c.origin?.retrieved ?? null,
      });
      expect(entry.readerReason).toMatch(new RegExp(`^${c.reader}: \\d+ records, \\d+ indicators \\(`, "u"));

      // normalize wrote the document, and it is what the dry run showed.
      const data = documentData.parse(JSON.parse(readFileSync(join(root, `content/data/${c.id}.json`), "utf8")));
      expect(data.document).toEqual(json.documents[0]);
      expect(data.projects).toEqual(json.projects);

      // With --json, stdout is the JSON of what was added (the dry run's); the report goes to stderr.
      if (c.json) expect(targetsFile.parse(JSON.parse(real.stdout))).toEqual(json);
      // (normalize's own output, progress, goes to stderr before it)
      const report = c.json
        ? said(real.stderr.slice(real.stderr.lastIndexOf(`${c.id}: ${sourceName} (`))).join("\n")
        : real.stdout;

      // The report: tables, records, indicators, unparsed values, flags, lines and skipped rows; one line each.
      const indicators = data.projects.reduce((n, p) => n + p.indicators.length, 0);
      const lines = report.trimEnd().split("\n");
      expect(lines[0]).toMatch(
        new RegExp(`^${c.id}: ${sourceName} \\(${c.format}, ${c.reader}; sha256 [0-9a-f]{12}…\\)$`, "u"),
      );
      for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\S/u);
      expect(report).toMatch(
        new RegExp(`tables \\d+, records ${data.projects.length}, indicators ${indicators}, unparsed values \\d+`, "u"),
      );
      expect(report).toContain(
        `year ${c.year}, origin ${c.origin?.url ?? "unknown"}, retrieved ${c.origin?.retrieved ?? "unknown"}`,
      );
      expect(report).toMatch(/^ {2}flags: /mu);
      expect(report).toMatch(/^ {2}lines: \d+ \(record \d+, structure \d+, blank \d+, skipped \d+\)$/mu);
      for (const line of lines.filter((l) => l.startsWith("  skipped ")))
        expect(line).toMatch(/^ {2}skipped \d+–\d+: \S/u);
    }, 300_000);
  }

  it("the text export gives the records of the committed data (same reader, same counts)", () => {
    const committed = documentData.parse(JSON.parse(readFileSync("content/data/changsha-2023.json", "utf8")));
    const added = documentData.parse(JSON.parse(readFileSync(join(root, "content/data/430100-2023.json"), "utf8")));
    expect(added.projects.map((p) => p.indicators.length)).toEqual(committed.projects.map((p) => p.indicators.length));
    expect(added.projects.map((p) => p.name)).toEqual(committed.projects.map((p) => p.name));
  });
});

describe("npm run add refuses in one line naming the file, exit 1, nothing written", () => {
  const ole2 = join(scratch, "绩效目标表.doc");
  writeFileSync(
    ole2,
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]),
  );
  const renamed = join(scratch, "qingdao-2023.doc");
  copyFileSync("tests/fixtures/office/qingdao-2023.docx", renamed);
  const docx = "tests/fixtures/office/qingdao-2023.docx";
  const refusals: [string, string, string[], RegExp][] = [
    [
      "the same file a second time",
      docx,
      ["--region", "370200", "--year", "2023"],
      /already in the manifest as “qingdao-2023-2”/u,
    ],
    ["an encrypted PDF", "tests/fixtures/office/encrypted.pdf", ["--region", "370200", "--year", "2023"], /encrypt/iu],
    ["a legacy .doc", ole2, ["--region", "370200", "--year", "2023"], /\.doc file .*save as \.docx/u],
    [
      "a .docx named .doc",
      renamed,
      ["--region", "370200", "--year", "2023"],
      /name says \.doc but the content is docx/u,
    ],
    ["an unknown region code", docx, ["--region", "999999", "--year", "2023"], /--region 999999 is not a GB\/T 2260/u],
    ["a bad year", docx, ["--region", "370200", "--year", "23"], /--year 23 is not a year/u],
    [
      "a placeholder for --url",
      docx,
      ["--region", "370200", "--year", "2023", "--url", "https://…"],
      /--url https:\/\/… is not an http\(s\) address/u,
    ],
    ["a missing file", join(scratch, "missing.pdf"), ["--region", "370200", "--year", "2023"], /no such file/u],
  ];
  for (const [what, file, args, message] of refusals) {
    it(what, () => {
      const before = tree(root);
      const run = add(file, ...args);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      const lines = said(run.stderr);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.startsWith(`${file}: `)).toBe(true);
      expect(lines[0]).toMatch(message);
      expect(tree(root)).toEqual(before);
    });
  }
});
