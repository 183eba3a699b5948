/**
 * The search records of the data on disk (content/data and the topic and
 * concept names of content/rules/): what scripts/search-index.ts indexes and
 * npm run bench:search compares against.
 */
import { readFileSync } from "node:fs";
import { conceptRules, topicRules } from "../../model/schema.ts";
import { contentPath, readDocuments } from "../data.ts";
import { readTopicNames } from "../site/site-data.ts";
import { searchRecords, type EnglishNames, type SearchRecord } from "./records.ts";

function englishOf(
  path: string,
  read: (json: unknown) => { id: string; en?: string | undefined }[],
): (id: string) => string | undefined {
  const map = new Map(read(JSON.parse(readFileSync(contentPath(path), "utf8"))).map((r) => [r.id, r.en]));
  return (id) => map.get(id);
}

export function readEnglishNames(): EnglishNames {
  return {
    topic: englishOf("content/rules/topics.json", (json) => topicRules.parse(json).topics),
    concept: englishOf("content/rules/concepts.json", (json) => conceptRules.parse(json).concepts),
  };
}

export function readSearchRecords(): SearchRecord[] {
  return searchRecords(readDocuments(), readTopicNames(), readEnglishNames());
}

/** The text a record is found by: its content, then its aliases (found, never shown). */
export function indexedText(record: Pick<SearchRecord, "content" | "aliases">): string {
  return record.aliases.length > 0 ? `${record.content}\n${record.aliases.join("\n")}` : record.content;
}
