/** The hand-edited inputs of the pipeline: the source manifest and the topic rules. */
import type { VFile } from "vfile";
import {
  conceptRules,
  manifest,
  topicRules,
  type ConceptRule,
  type Manifest,
  type TopicRule,
} from "../model/schema.ts";
import { parseJsonInput } from "./json-input.ts";

export const MANIFEST_PATH = "content/sources/manifest.json";
export const TOPIC_RULES_PATH = "content/rules/topics.json";
export const CONCEPT_RULES_PATH = "content/rules/concepts.json";

export function loadManifest(file: VFile, text: string): Manifest {
  return parseJsonInput(file, text, manifest);
}

export function loadTopicRules(file: VFile, text: string): TopicRule[] {
  return parseJsonInput(file, text, topicRules).topics;
}

export function loadConceptRules(file: VFile, text: string): ConceptRule[] {
  return parseJsonInput(file, text, conceptRules).concepts;
}
