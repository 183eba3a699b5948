/**
 * npm run normalize: content/sources/ (manifest + published documents) →
 * content/data/<document>.json, validated against the data model.
 *
 * All documents are read and checked before anything is written; the output
 * folder is then swapped in (src/normalize/output.ts), so an error or a kill
 * never leaves a half-written or missing content/data/; what an interrupted run
 * left is recovered first. Errors print as file:line messages, exit 1.
 */
import { VFile } from "vfile";
import { reporter } from "vfile-reporter";
import type { FatalRuleId } from "../src/model/rules.ts";
import type { DocumentData } from "../src/model/schema.ts";
import { lineOfPath } from "../src/normalize/json-input.ts";
import { recoverOutput, writeOutput } from "../src/normalize/output.ts";
import { normalizeSource, sourcePath } from "../src/normalize/pipeline.ts";
import { serialize } from "../src/shared/serialize.ts";
import { summarize } from "../src/normalize/summary.ts";
import { readBytes, readPipelineInputs } from "./lib/pipeline-inputs.ts";

const OUT = process.env.NORMALIZE_OUT ?? "content/data";
const ROOT = process.env.NORMALIZE_ROOT ?? ".";

async function main(): Promise<number> {
  for (const line of recoverOutput(OUT)) console.error(`normalize: ${line}`);
  const files: VFile[] = [];
  const outputs: { name: string; data: DocumentData }[] = [];
  try {
    const { manifest, manifestFile, manifestText, topics, concepts } = readPipelineInputs(ROOT, files);
    for (const [index, entry] of manifest.documents.entries()) {
      const file = new VFile({ path: sourcePath(entry) });
      files.push(file);
      const read = readBytes(`${ROOT}/${sourcePath(entry)}`);
      if ("error" in read) {
        manifestFile.message(`expected the file ${sourcePath(entry)} listed for “${entry.id}”, found ${read.error}`, {
          place: { line: lineOfPath(manifestText, ["documents", index, "file"]), column: 1 },
          ruleId: "manifest:missing-file" satisfies FatalRuleId,
          source: "normalize",
        }).fatal = true;
        continue;
      }
      try {
        outputs.push({
          name: `${entry.id}.json`,
          data: await normalizeSource(entry, read.bytes, { file, topics, concepts }),
        });
      } catch (error) {
        if (!file.messages.some((m) => m.fatal)) throw error;
      }
    }
  } catch (error) {
    if (!files.some((f) => f.messages.some((m) => m.fatal))) throw error;
  }

  const failed = files.some((f) => f.messages.some((m) => m.fatal));
  const printed = reporter(
    files.filter((f) => f.messages.length > 0),
    { quiet: true },
  );
  if (printed) console.error(printed);
  if (failed) {
    console.error(`normalize: nothing written to ${OUT}/ (fix the errors above)`);
    return 1;
  }

  writeOutput(
    OUT,
    outputs.map(({ name, data }) => ({ name, text: serialize(data) })),
  );
  console.log(summarize(outputs.map((o) => o.data)));
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // A bug of ours, not bad input: say so in one line rather than with a stack trace.
  console.error(`normalize: internal error: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
