/**
 * The probes of issue #14 as tests: copies of the real sources, cut, mangled
 * or stuffed the way a careless publisher or an attacker would, each read by
 * `npm run normalize` in one project root (one manifest entry per probe). Every
 * probe must stop with its own located rule id; the run exits 1 and leaves
 * content/data as it was. Cases that read (not fatal) are checked for their flags.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { normalizeDocument, sourcePath } from "../../src/normalize/pipeline.ts";
import { sha256Hex } from "../../src/shared/hash.ts";
import { entry } from "../helpers/sources.ts";

const bytesOf = (id: string) => readFileSync(sourcePath(entry(id)));
const linesOf = (id: string) => bytesOf(id).toString("utf8").split("\n");
const insertAfter = (id: string, n: number, line: string) => {
  const lines = linesOf(id);
  return Buffer.from([...lines.slice(0, n), line, ...lines.slice(n)].join("\n"));
};
const replaceIn = (id: string, from: string | RegExp, to: string) =>
  Buffer.from(bytesOf(id).toString("utf8").replace(from, to));

/** [what, source it mutates, mutated bytes, rule id, line] */
const FATAL: [string, string, Buffer, string, number][] = [
  [
    "Jiangsu cut at half its bytes (inside a form's notes)",
    "jiangsu-2021",
    bytesOf("jiangsu-2021").subarray(0, Math.floor(bytesOf("jiangsu-2021").length / 2)),
    "pdf-template:form-incomplete",
    1452,
  ],
  [
    "Jiangsu cut inside a character",
    "jiangsu-2021",
    bytesOf("jiangsu-2021").subarray(0, Math.floor(bytesOf("jiangsu-2021").length / 2) - 1),
    "source:not-utf8",
    1452,
  ],
  [
    "Jiangsu cut inside its last indicator (服务对象满)",
    "jiangsu-2021",
    Buffer.from(`${linesOf("jiangsu-2021").slice(0, 1436).join("\n")}\n满意度 服务对象满`),
    "pdf-template:form-incomplete",
    1437,
  ],
  [
    "Jiangsu with a form cut out (附件1-6 missing)",
    "jiangsu-2021",
    Buffer.from([...linesOf("jiangsu-2021").slice(0, 188), ...linesOf("jiangsu-2021").slice(288)].join("\n")),
    "pdf-template:attachment-gap",
    189,
  ],
  [
    "Jiangsu with a line of three NULs",
    "jiangsu-2021",
    insertAfter("jiangsu-2021", 30, "\0\0\0"),
    "source:control-character",
    31,
  ],
  [
    "Jiangsu with a 5 MB line",
    "jiangsu-2021",
    insertAfter("jiangsu-2021", 30, "满".repeat(1_700_000)),
    "source:line-too-long",
    31,
  ],
  [
    "Changsha cut mid-table (604 lines kept)",
    "changsha-2023",
    Buffer.from(linesOf("changsha-2023").slice(0, 604).join("\n")),
    "pdf-pages:table-unclosed",
    604,
  ],
  [
    "Changsha cut between tables (608 lines kept)",
    "changsha-2023",
    Buffer.from(`${linesOf("changsha-2023").slice(0, 608).join("\n")}\n`),
    "pdf-pages:listed-table-missing",
    29,
  ],
  [
    "Changsha with a 10,000-digit record budget (once split the record in two, ∞)",
    "changsha-2023",
    replaceIn("changsha-2023", "离退休人员工作经费\t17.67", `离退休人员工作经费\t${"1".repeat(10_000)}`),
    "pdf-pages:unreadable-head",
    603,
  ],
  [
    "Qingdao with a stray line “2” after its first table heading",
    "qingdao-2023",
    insertAfter("qingdao-2023", 1, "2"),
    "word-cells:table-gap",
    1,
  ],
  [
    "Qingdao with a 100,000-character value cell",
    "qingdao-2023",
    replaceIn("qingdao-2023", "\t≥95%", `\t≥95%${"啊".repeat(100_000)}`),
    "pipeline:cell-too-long",
    1211,
  ],
  ["Qingdao with CR-only line ends", "qingdao-2023", replaceIn("qingdao-2023", /\n/gu, "\r"), "source:cr-line-ends", 1],
];

function project() {
  const root = mkdtempSync(join(tmpdir(), "probes-"));
  mkdirSync(join(root, "content/sources"), { recursive: true });
  mkdirSync(join(root, "content/rules"));
  for (const rules of ["topics.json", "concepts.json"])
    copyFileSync(`content/rules/${rules}`, join(root, `content/rules/${rules}`));
  mkdirSync(join(root, "content/data"));
  writeFileSync(join(root, "content/data/previous.json"), "{}\n");
  const documents = FATAL.map(([, id, bytes], k) => {
    const file = `probe-${k}.txt`;
    writeFileSync(join(root, "content/sources", file), bytes);
    return { ...entry(id), id: `${id}-probe-${k}`, file, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
  writeFileSync(join(root, "content/sources/manifest.json"), `${JSON.stringify({ documents }, null, 2)}\n`);
  return root;
}

describe("the probes of #14", () => {
  const root = project();
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/normalize.ts"], {
    env: { ...process.env, NORMALIZE_ROOT: root, NORMALIZE_OUT: join(root, "content/data") },
    encoding: "utf8",
  });

  it("exit 1, no stack trace, content/data untouched", () => {
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/internal error|\n[ \t]+at /u);
    expect(readdirSync(join(root, "content/data"))).toEqual(["previous.json"]);
  });

  it.each(FATAL.map((c, k) => [...c, k] as const))("%s: %s at its line", (_, _id, _bytes, ruleId, line, k) => {
    const block =
      run.stderr.split(/\n(?=content\/)/u).find((b) => b.startsWith(`content/sources/probe-${k}.txt`)) ?? "";
    expect(block).toMatch(
      new RegExp(
        `\\n\\s*${line}:\\d+\\s+error\\s+expected [^\\n]*${ruleId.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}`,
        "u",
      ),
    );
  });
});

/** Probes that read, with what they must show. */
function read(id: string, bytes: Buffer) {
  const e = entry(id);
  return normalizeDocument({ ...e, sha256: sha256Hex(bytes) }, bytes, { file: new VFile({ path: sourcePath(e) }) });
}

describe("probes that read, flagged", () => {
  it("a 10,000-digit amount in Changsha's budget table: null with budgetUnread, not Infinity", () => {
    const data = read("changsha-2023", replaceIn("changsha-2023", "9,266.22", "9".repeat(10_000)));
    const flags = data.report.flags.filter((f) => f.code === "budgetUnread");
    expect(flags.length).toBeGreaterThan(0);
    expect(flags[0]!.detail).toMatch(/位数超过15位/u);
    expect(JSON.stringify(data)).not.toMatch(/Infinity|∞/u);
  });

  it("Qingdao with every value's digits full-width: read like the ASCII values, flagged textFolded", () => {
    const ascii = read("qingdao-2023", bytesOf("qingdao-2023"));
    // Every value cell (a line holding one published value) with its digits full-width.
    const values = new Set(
      ascii.projects.flatMap((p) => p.indicators.map((i) => i.target?.raw ?? "")).filter((raw) => /\d/u.test(raw)),
    );
    const wideDigits = (text: string) => text.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    const wide = read(
      "qingdao-2023",
      Buffer.from(
        linesOf("qingdao-2023")
          .map((line) => (values.has(line.trim()) ? wideDigits(line) : line))
          .join("\n"),
      ),
    );
    expect(
      wide.projects.flatMap((p) => p.indicators).filter((i) => /[\uFF10-\uFF19]/u.test(i.target?.raw ?? "")).length,
    ).toBeGreaterThan(100);
    const readings = (d: typeof ascii) =>
      d.projects.flatMap((p) =>
        p.indicators.map((i) => ({
          ...i.target,
          raw: undefined,
          flags: i.target?.flags.filter((f) => f !== "textFolded"),
        })),
      );
    expect(readings(wide)).toEqual(readings(ascii));
    expect(wide.report.flags.some((f) => f.code === "textFolded")).toBe(true);
  });
});
