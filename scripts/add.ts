/**
 * npm run add -- <file> --region <GB/T 2260 code> --year <YYYY> [--title …] [--publisher …]
 *   [--url …] [--retrieved YYYY-MM-DD] [--dry-run] [--json] [--root <dir>]
 *
 * Copies the published file byte for byte into content/sources/, adds its
 * manifest entry (sha256, format, reader family and why, origin, retrieval
 * date), runs normalize and prints a report. Progress goes to stderr.
 * --dry-run changes nothing; with --json it prints to stdout only the
 * /data/targets.json shape for this one file (after a real add too; the report
 * then goes to stderr). Refusals: one line naming the file, exit 1, nothing
 * written. A file already in the manifest (same sha256) is refused.
 * --root: the project folder whose content/ is read and written (default: the
 * current folder; the tests point it at a copy). A relative <file> is taken
 * from the folder `npm run` was started in (INIT_CWD).
 * The logic is in src/normalize/add/.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { VFile } from "vfile";
import { targetsJson, jsonText } from "../src/lib/downloads/json.ts";
import { addReport, planAdd } from "../src/normalize/add/plan.ts";
import { Refusal } from "../src/normalize/extract/refusal.ts";
import {
  CONCEPT_RULES_PATH,
  loadConceptRules,
  loadManifest,
  loadTopicRules,
  MANIFEST_PATH,
  TOPIC_RULES_PATH,
} from "../src/normalize/manifest.ts";

const USAGE =
  "usage: npm run add -- <file> --region <GB/T 2260 code> --year <YYYY> [--title …] [--publisher …] [--url …] [--retrieved YYYY-MM-DD] [--dry-run] [--json] [--root <dir>]";
const HERE = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      region: { type: "string" },
      year: { type: "string" },
      title: { type: "string" },
      publisher: { type: "string" },
      url: { type: "string" },
      retrieved: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      root: { type: "string", default: "." },
    },
  });
  const path = positionals[0];
  if (!path || !values.region || !values.year || positionals.length > 1) {
    console.error(USAGE);
    return 1;
  }
  const source = resolve(process.env.INIT_CWD ?? ".", path);
  if (!existsSync(source) || !statSync(source).isFile()) {
    console.error(
      `${path}: ${existsSync(source) ? "a folder" : "no such file"} — give the path of the downloaded document`,
    );
    return 1;
  }
  if (!/^\d{4}$/u.test(values.year)) {
    console.error(`${path}: --year ${values.year} is not a year — give the budget year, e.g. --year 2024`);
    return 1;
  }
  const root = resolve(values.root);
  const manifestPath = join(root, MANIFEST_PATH);
  if (!existsSync(manifestPath)) {
    console.error(
      `${path}: no ${MANIFEST_PATH} under ${root} — run npm run add in the project folder (or give --root)`,
    );
    return 1;
  }
  const progress = (line: string) => console.error(`add: ${line}`);
  try {
    const manifestText = readFileSync(manifestPath, "utf8");
    const manifest = loadManifest(new VFile({ path: MANIFEST_PATH }), manifestText);
    const rules = (p: string) => readFileSync(join(root, p), "utf8");
    const topics = loadTopicRules(new VFile({ path: TOPIC_RULES_PATH }), rules(TOPIC_RULES_PATH));
    const concepts = loadConceptRules(new VFile({ path: CONCEPT_RULES_PATH }), rules(CONCEPT_RULES_PATH));
    const plan = await planAdd(
      {
        name: basename(path),
        bytes: new Uint8Array(readFileSync(source)),
        adminCode: values.region,
        year: Number(values.year),
        ...(values.title ? { title: values.title } : {}),
        ...(values.publisher ? { publisher: values.publisher } : {}),
        ...(values.url ? { url: values.url } : {}),
        ...(values.retrieved ? { retrieved: values.retrieved } : {}),
      },
      manifest.documents,
      { topics, concepts },
      progress,
    );
    const printJson = () => {
      const { datasetVersion: _v, ...targets } = targetsJson([plan.data]);
      process.stdout.write(jsonText(targets));
    };
    if (values["dry-run"]) {
      if (values.json) printJson();
      else console.log(addReport(plan));
      progress("dry run: nothing written");
      return 0;
    }
    // Write: the file (byte for byte), then the manifest (one rename), then normalize everything.
    const sourceFile = `content/sources/${plan.entry.file}`;
    const target = join(root, sourceFile);
    if (existsSync(target)) {
      console.error(
        `${path}: ${sourceFile} exists but is not in the manifest — move it away or add its manifest entry by hand`,
      );
      return 1;
    }
    copyFileSync(source, target);
    const next = { ...manifest, documents: [...manifest.documents, plan.entry] };
    const tmp = `${manifestPath}.tmp-${process.pid}`;
    writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`);
    renameSync(tmp, manifestPath);
    progress(`wrote ${sourceFile} and its manifest entry “${plan.entry.id}”; running normalize…`);
    // The normalize script beside this one, run from the project folder (its tsx), on `root`.
    const run = spawnSync(process.execPath, ["--import", "tsx", join(HERE, "normalize.ts")], {
      cwd: dirname(HERE),
      env: { ...process.env, NORMALIZE_ROOT: root, NORMALIZE_OUT: join(root, "content/data") },
      stdio: ["ignore", 2, 2], // its summary is progress: stdout stays the report (or the JSON)
    });
    if (run.status !== 0) {
      // Leave the corpus as it was.
      writeFileSync(manifestPath, manifestText);
      rmSync(target, { force: true });
      console.error(`${path}: normalize failed (see above); the file and manifest entry were taken back out`);
      return 1;
    }
    if (values.json) {
      console.error(addReport(plan));
      printJson();
    } else console.log(addReport(plan));
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      console.error(error.line(path));
      return 1;
    }
    if (error && typeof error === "object" && "fatal" in error && (error as { fatal?: boolean }).fatal) {
      const reason = (error as { reason?: unknown }).reason;
      console.error(
        `${path}: ${typeof reason === "string" ? reason : error instanceof Error ? error.message : "a fatal error (see above)"}`,
      );
      return 1;
    }
    console.error(`add: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 2;
  }
}

process.exitCode = await main();
