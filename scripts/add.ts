/**
 * npm run add -- <file> --region <GB/T 2260 code> --year <YYYY> [--title …] [--publisher …]
 *   [--url …] [--retrieved YYYY-MM-DD] [--dry-run] [--json]
 *
 * Copies the published file byte for byte into content/sources/, adds its
 * manifest entry (sha256, format, reader family and why, origin, retrieval
 * date), runs normalize and prints a report. Progress goes to stderr.
 * --dry-run changes nothing; with --json it prints to stdout only the
 * /data/targets.json shape for this one file. Refusals: one line, exit 1.
 * The logic is in src/normalize/add/.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, renameSync, writeFileSync, rmSync } from "node:fs";
import { basename } from "node:path";
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
  "usage: npm run add -- <file> --region <GB/T 2260 code> --year <YYYY> [--title …] [--publisher …] [--url …] [--retrieved YYYY-MM-DD] [--dry-run] [--json]";

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
    },
  });
  const path = positionals[0];
  if (!path || !values.region || !values.year || positionals.length > 1) {
    console.error(USAGE);
    return 1;
  }
  if (!existsSync(path)) {
    console.error(`${path}: no such file — give the path of the downloaded document`);
    return 1;
  }
  const progress = (line: string) => console.error(`add: ${line}`);
  try {
    const manifestText = readFileSync(MANIFEST_PATH, "utf8");
    const manifest = loadManifest(new VFile({ path: MANIFEST_PATH }), manifestText);
    const topics = loadTopicRules(new VFile({ path: TOPIC_RULES_PATH }), readFileSync(TOPIC_RULES_PATH, "utf8"));
    const concepts = loadConceptRules(
      new VFile({ path: CONCEPT_RULES_PATH }),
      readFileSync(CONCEPT_RULES_PATH, "utf8"),
    );
    const plan = await planAdd(
      {
        name: basename(path),
        bytes: new Uint8Array(readFileSync(path)),
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
    if (values["dry-run"]) {
      if (values.json) {
        const { datasetVersion: _v, ...targets } = targetsJson([plan.data]);
        process.stdout.write(jsonText(targets));
      } else console.log(addReport(plan));
      progress("dry run: nothing written");
      return 0;
    }
    // Write: the file (byte for byte), then the manifest (one rename), then normalize everything.
    const target = `content/sources/${plan.entry.file}`;
    copyFileSync(path, target);
    const next = { ...manifest, documents: [...manifest.documents, plan.entry] };
    const tmp = `${MANIFEST_PATH}.tmp-${process.pid}`;
    writeFileSync(tmp, `${JSON.stringify(next, null, 2)}\n`);
    renameSync(tmp, MANIFEST_PATH);
    progress(`wrote ${target} and its manifest entry “${plan.entry.id}”; running normalize…`);
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/normalize.ts"], {
      stdio: ["ignore", "inherit", "inherit"],
    });
    if (run.status !== 0) {
      // Leave the corpus as it was.
      writeFileSync(MANIFEST_PATH, manifestText);
      rmSync(target, { force: true });
      console.error(`${path}: normalize failed (see above); the file and manifest entry were taken back out`);
      return 1;
    }
    console.log(addReport(plan));
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
