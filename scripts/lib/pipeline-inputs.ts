/**
 * The hand-edited inputs of the pipeline read from disk and validated: the
 * source manifest, the topic rules and the concept rules. One loader for
 * scripts/normalize.ts, scripts/bench.ts and the tests (tests/helpers/sources.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VFile } from "vfile";
import type { ConceptRule, Manifest, TopicRule } from "../../src/model/schema.ts";
import {
  CONCEPT_RULES_PATH,
  loadConceptRules,
  loadManifest,
  loadTopicRules,
  MANIFEST_PATH,
  TOPIC_RULES_PATH,
} from "../../src/normalize/manifest.ts";

export type PipelineInputs = { manifest: Manifest; manifestFile: VFile; topics: TopicRule[]; concepts: ConceptRule[] };

/**
 * Read the three files under `root`. Each file's VFile is pushed to `files`
 * before it is parsed, so a caller that reports `files` shows a bad input's
 * message (parsing throws a fatal VFileMessage at the first error).
 */
export function readPipelineInputs(root = ".", files: VFile[] = []): PipelineInputs {
  const read = <T>(path: string, load: (file: VFile, text: string) => T): [T, VFile] => {
    const file = new VFile({ path });
    files.push(file);
    return [load(file, readFileSync(join(root, path), "utf8")), file];
  };
  const [manifest, manifestFile] = read(MANIFEST_PATH, loadManifest);
  const [topics] = read(TOPIC_RULES_PATH, loadTopicRules);
  const [concepts] = read(CONCEPT_RULES_PATH, loadConceptRules);
  return { manifest, manifestFile, topics, concepts };
}
