/**
 * The hand-edited inputs of the pipeline read from disk and validated: the
 * source manifest, the topic rules and the concept rules. One loader for
 * scripts/normalize.ts, scripts/bench.ts and the tests (tests/helpers/sources.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VFile } from "vfile";
import type { FatalRuleId } from "../../src/model/rules.ts";
import type { ConceptRule, Manifest, TopicRule } from "../../src/model/schema.ts";
import {
  CONCEPT_RULES_PATH,
  loadConceptRules,
  loadManifest,
  loadTopicRules,
  MANIFEST_PATH,
  TOPIC_RULES_PATH,
} from "../../src/normalize/manifest.ts";
import { decodeUtf8 } from "../../src/normalize/source.ts";

export type PipelineInputs = {
  manifest: Manifest;
  manifestFile: VFile;
  /** The manifest as read, to locate an entry's fields (json-input.ts lineOfPath). */
  manifestText: string;
  topics: TopicRule[];
  concepts: ConceptRule[];
};

/** A file's bytes, or why it cannot be read (missing, a folder, no permission): the caller says which entry needed it. */
export function readBytes(path: string): { bytes: Buffer } | { error: string } {
  try {
    return { bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      error:
        code === "ENOENT"
          ? "no such file"
          : code === "EISDIR"
            ? "a folder"
            : `a file that cannot be read (${code ?? String(error)})`,
    };
  }
}

/** A hand-edited JSON input as text, or a fatal message on its own file (unreadable, or not UTF-8 with the bad bytes located). */
function readInput(file: VFile, path: string): string {
  const read = readBytes(path);
  if ("error" in read) {
    file.fail(`expected the file ${file.path}, found ${read.error}`, {
      place: { line: 1, column: 1 },
      ruleId: "input:unreadable" satisfies FatalRuleId,
      source: "normalize",
    });
  }
  return decodeUtf8(file, read.bytes);
}

/**
 * Read the three files under `root`. Each file's VFile is pushed to `files`
 * before it is parsed, so a caller that reports `files` shows a bad input's
 * message (parsing throws a fatal VFileMessage at the first error).
 */
export function readPipelineInputs(root = ".", files: VFile[] = []): PipelineInputs {
  const read = <T>(path: string, load: (file: VFile, text: string) => T): [T, VFile, string] => {
    const file = new VFile({ path });
    files.push(file);
    const text = readInput(file, join(root, path));
    return [load(file, text), file, text];
  };
  const [manifest, manifestFile, manifestText] = read(MANIFEST_PATH, loadManifest);
  const [topics] = read(TOPIC_RULES_PATH, loadTopicRules);
  const [concepts] = read(CONCEPT_RULES_PATH, loadConceptRules);
  return { manifest, manifestFile, manifestText, topics, concepts };
}
