/**
 * npm run normalize: content/sources/ (manifest + published documents) →
 * content/data/<document>.json, validated against the data model.
 *
 * All documents are read and checked before anything is written; the output
 * folder is then swapped in (src/normalize/output.ts), so an error or a kill
 * never leaves a half-written or missing content/data/; what an interrupted run
 * left is recovered first. Errors print as file:line messages, exit 1.
 */
import { readFileSync } from "node:fs";
import { VFile } from "vfile";
import { reporter } from "vfile-reporter";
import type { DocumentData } from "../src/model/schema.ts";
import { lineOfPath } from "../src/normalize/json-input.ts";
import { CONCEPT_RULES_PATH, loadConceptRules, loadManifest, loadTopicRules, MANIFEST_PATH, TOPIC_RULES_PATH } from "../src/normalize/manifest.ts";
import { recoverOutput, writeOutput } from "../src/normalize/output.ts";
import { normalizeSource, sourcePath } from "../src/normalize/pipeline.ts";
import { decodeUtf8 } from "../src/normalize/source.ts";
import { serialize } from "../src/normalize/serialize.ts";
import { summarize } from "../src/normalize/summary.ts";

const OUT = process.env.NORMALIZE_OUT ?? "content/data";
const ROOT = process.env.NORMALIZE_ROOT ?? ".";

/** A file's bytes, or null when it cannot be read (missing, a folder, no permission): the caller says which entry needed it. */
function readBytes(path: string): { bytes: Buffer } | { error: string } {
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === "ENOENT" ? "no such file" : code === "EISDIR" ? "a folder" : `a file that cannot be read (${code ?? String(error)})` };
  }
}

/** A hand-edited JSON input as text, or a fatal message on its own file. */
function readInput(file: VFile, path: string): string {
  const read = readBytes(`${ROOT}/${path}`);
  if ("error" in read) {
    file.fail(`expected the file ${path}, found ${read.error}`, { place: { line: 1, column: 1 }, ruleId: "input:unreadable", source: "normalize" });
  }
  return decodeUtf8(file, read.bytes);
}

async function main(): Promise<number> {
  for (const line of recoverOutput(OUT)) console.error(`normalize: ${line}`);
  const files: VFile[] = [];
  const manifestFile = new VFile({ path: MANIFEST_PATH });
  files.push(manifestFile);
  const outputs: { name: string; data: DocumentData }[] = [];
  try {
    const manifestText = readInput(manifestFile, MANIFEST_PATH);
    const manifest = loadManifest(manifestFile, manifestText);
    const rulesFile = new VFile({ path: TOPIC_RULES_PATH });
    files.push(rulesFile);
    const topics = loadTopicRules(rulesFile, readInput(rulesFile, TOPIC_RULES_PATH));
    const conceptsFile = new VFile({ path: CONCEPT_RULES_PATH });
    files.push(conceptsFile);
    const concepts = loadConceptRules(conceptsFile, readInput(conceptsFile, CONCEPT_RULES_PATH));
    for (const [index, entry] of manifest.documents.entries()) {
      const file = new VFile({ path: sourcePath(entry) });
      files.push(file);
      const read = readBytes(`${ROOT}/${sourcePath(entry)}`);
      if ("error" in read) {
        manifestFile.message(`expected the file ${sourcePath(entry)} listed for “${entry.id}”, found ${read.error}`, {
          place: { line: lineOfPath(manifestText, ["documents", index, "file"]), column: 1 },
          ruleId: "manifest:missing-file",
          source: "normalize",
        }).fatal = true;
        continue;
      }
      try {
        outputs.push({ name: `${entry.id}.json`, data: await normalizeSource(entry, read.bytes, { file, topics, concepts }) });
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

  writeOutput(OUT, outputs.map(({ name, data }) => ({ name, text: serialize(data) })));
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
