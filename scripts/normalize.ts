/**
 * npm run normalize: content/sources/ (manifest + published documents) →
 * content/data/<document>.json, validated against the data model.
 *
 * All documents are read and checked before anything is written; the output
 * folder is then replaced in one rename, so an error never leaves a
 * half-written content/data/. Errors print as file:line messages, exit 1.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { VFile } from "vfile";
import { reporter } from "vfile-reporter";
import type { FatalRuleId } from "../src/model/rules.ts";
import type { DocumentData } from "../src/model/schema.ts";
import { normalizeDocument, sourcePath } from "../src/normalize/pipeline.ts";
import { serialize } from "../src/shared/serialize.ts";
import { summarize } from "../src/normalize/summary.ts";
import { readPipelineInputs } from "./lib/pipeline-inputs.ts";

const OUT = process.env.NORMALIZE_OUT ?? "content/data";
const ROOT = process.env.NORMALIZE_ROOT ?? ".";

function main(): number {
  const files: VFile[] = [];
  const outputs: { name: string; data: DocumentData }[] = [];
  try {
    const { manifest, manifestFile, topics, concepts } = readPipelineInputs(ROOT, files);
    for (const entry of manifest.documents) {
      const file = new VFile({ path: sourcePath(entry) });
      files.push(file);
      const path = `${ROOT}/${sourcePath(entry)}`;
      if (!existsSync(path)) {
        manifestFile.message(`expected the file ${sourcePath(entry)} listed for “${entry.id}”, found no such file`, {
          place: { line: 1, column: 1 },
          ruleId: "manifest:missing-file" satisfies FatalRuleId,
          source: "normalize",
        }).fatal = true;
        continue;
      }
      try {
        outputs.push({ name: `${entry.id}.json`, data: normalizeDocument(entry, readFileSync(path), { file, topics, concepts }) });
      } catch (error) {
        if (!file.messages.some((m) => m.fatal)) throw error;
      }
    }
  } catch (error) {
    if (!files.some((f) => f.messages.some((m) => m.fatal))) throw error;
  }

  const failed = files.some((f) => f.messages.some((m) => m.fatal));
  const printed = reporter(files.filter((f) => f.messages.length > 0), { quiet: true });
  if (printed) console.error(printed);
  if (failed) {
    console.error(`normalize: nothing written to ${OUT}/ (fix the errors above)`);
    return 1;
  }

  const tmp = `${OUT}.tmp-${process.pid}`;
  const old = `${OUT}.old-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const { name, data } of outputs) writeFileSync(`${tmp}/${name}`, serialize(data));
  if (existsSync(OUT)) renameSync(OUT, old);
  renameSync(tmp, OUT);
  rmSync(old, { recursive: true, force: true });
  console.log(summarize(outputs.map((o) => o.data)));
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // A bug of ours, not bad input: say so in one line rather than with a stack trace.
  console.error(`normalize: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
