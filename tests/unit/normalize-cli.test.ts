/**
 * `npm run normalize` on bad input: a clear file:line message, exit code 1,
 * no stack trace, and nothing written.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entry } from "../helpers/sources.ts";

const fixture = readFileSync("src/normalize/readers/word-cells/fixtures/one-table.txt", "utf8");
const lines = fixture.split("\n");

/** The source's bytes (null: no file), its manifest hash, and an edit of the manifest's text. */
type Case = { bytes: Uint8Array | null; hash?: string; manifest?: (json: string) => string | Uint8Array };

/** A project root with one manifest entry (Qingdao's, pointed at `bytes`) and an existing output folder. */
function project({ bytes, hash, manifest = (json) => json }: Case) {
  const root = mkdtempSync(join(tmpdir(), "normalize-"));
  mkdirSync(join(root, "content/sources"), { recursive: true });
  mkdirSync(join(root, "content/data"));
  mkdirSync(join(root, "content/rules"));
  for (const rules of ["topics.json", "concepts.json"])
    copyFileSync(`content/rules/${rules}`, join(root, `content/rules/${rules}`));
  writeFileSync(join(root, "content/data/previous.json"), "{}\n");
  const e = { ...entry("qingdao-2023"), file: "sample.txt" };
  if (bytes) writeFileSync(join(root, "content/sources/sample.txt"), bytes);
  e.sha256 =
    hash ??
    createHash("sha256")
      .update(bytes ?? new Uint8Array())
      .digest("hex");
  writeFileSync(
    join(root, "content/sources/manifest.json"),
    manifest(`${JSON.stringify({ documents: [e] }, null, 2)}\n`),
  );
  return root;
}

function normalize(root: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/normalize.ts"], {
    env: { ...process.env, NORMALIZE_ROOT: root, NORMALIZE_OUT: join(root, "content/data") },
    encoding: "utf8",
  });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

const text = (s: string) => new TextEncoder().encode(s);

const cases: [string, Case, RegExp][] = [
  [
    "a manifest entry whose file is missing",
    { bytes: null },
    /manifest\.json\n\s*\d+:1\s+error\s+expected the file content\/sources\/sample\.txt listed for “qingdao-2023”, found no such file/,
  ],
  [
    "a manifest with a trailing comma",
    { bytes: text(fixture), manifest: (json) => json.replace(/\n {2}\]/u, ",\n  ]") },
    /manifest\.json\n\s*22:3\s+error\s+expected a value \(no comma before “\]”\), found “\]”\s+json:syntax/,
  ],
  [
    "a manifest nested 10,000 deep",
    {
      bytes: text(fixture),
      manifest: (json) => json.replace(/"year": \d+/u, `"year": ${"[".repeat(10_000)}${"]".repeat(10_000)}`),
    },
    /manifest\.json\n\s*\d+:\d+\s+error\s+expected at most 64 levels of nested brackets, found “\[”\s+json:too-deep/,
  ],
  [
    "a manifest in GBK",
    {
      bytes: text(fixture),
      manifest: (json) =>
        Buffer.concat([
          Buffer.from(json.split('"title": "')[0]! + '"title": "'),
          Buffer.from([0xc7, 0xe0]),
          Buffer.from(json.split('"title": "')[1]!),
        ]),
    },
    /manifest\.json\n\s*6:17\s+error\s+expected UTF-8 text, found bytes c7 e0 [0-9a-f ]+… at byte 98/,
  ],
  [
    "a source with CR-only line ends",
    { bytes: text(lines.slice(0, 20).join("\r")) },
    /sample\.txt\n\s*1:1\s+error\s+expected lines ending in LF or CR LF, found a line ending in CR alone/,
  ],
  [
    "a file whose hash differs from the manifest",
    { bytes: text(fixture), hash: "0".repeat(64) },
    /sample\.txt\n\s*1:1\s+error\s+expected sha256 0{64}/,
  ],
  [
    "a file that is not UTF-8 (GBK bytes)",
    {
      bytes: Buffer.concat([
        Buffer.from(lines.slice(0, 11).join("\n") + "\n"),
        Buffer.from([0x09, 0xc7, 0xe0, 0xb5, 0xba, 0x0a]),
      ]),
    },
    /sample\.txt\n\s*12:2\s+error\s+expected UTF-8 text, found bytes c7 e0 b5 ba… at byte \d+/,
  ],
  [
    "an empty file",
    { bytes: new Uint8Array() },
    /sample\.txt\n\s*1:1\s+error\s+expected a document with target tables, found an empty file/,
  ],
  [
    "a table cut off mid-row",
    { bytes: text(lines.slice(0, 90).join("\n")) },
    /sample\.txt\n\s*90:1\s+error\s+expected 7 cells, as in the indicator header at line 63, found a row cut off after 3 cells/,
  ],
  [
    "a table with no indicator header",
    { bytes: text([...lines.slice(0, 62), ...lines.slice(70)].join("\n")) },
    /sample\.txt\n\s*1:1\s+error\s+expected an indicator header row .* in this table/,
  ],
  [
    "a row with more cells than its header",
    { bytes: text([...lines.slice(0, 85), "\t多出的一格", ...lines.slice(85)].join("\n")) },
    /sample\.txt\n\s*79:1\s+error\s+expected at most 7 cells, as in the indicator header at line 63, found 8 cells/,
  ],
];

describe("normalize on bad input", () => {
  it.each(cases)("%s: a located error, exit 1, nothing written", (_, input, message) => {
    const root = project(input);
    const { status, stderr } = normalize(root);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n[ \t]+at /u); // no stack trace
    expect(status).toBe(1);
    expect(existsSync(join(root, "content/data/previous.json"))).toBe(true);
    expect(existsSync(join(root, "content/data/qingdao-2023.json"))).toBe(false);
  });

  it("accepts a manifest that starts with a BOM", () => {
    const root = project({ bytes: text(fixture), manifest: (json) => `\uFEFF${json}` });
    expect(normalize(root).status).toBe(0);
  });

  it("writes the output when the input is good", () => {
    const root = project({ bytes: text(fixture) });
    const { status, stdout } = normalize(root);
    expect(status).toBe(0);
    expect(stdout).toMatch(/qingdao-2023\s+1 tables\s+1 project\s+11 indicators/u);
    expect(existsSync(join(root, "content/data/previous.json"))).toBe(false);
    const written = JSON.parse(readFileSync(join(root, "content/data/qingdao-2023.json"), "utf8"));
    expect(written.projects[0].name).toBe("企业搬迁改造及化工业转型升级工作经费");
  });
});
