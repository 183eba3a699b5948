/**
 * The search records of the data on disk (content/data and the topic names of
 * content/rules/topics.json): what scripts/search-index.ts indexes and
 * npm run bench:search compares against.
 */
import { readFileSync } from "node:fs";
import { contentPath, readDocuments } from "../data.ts";
import { topicRules } from "../../model/schema.ts";
import { searchRecords, type SearchRecord } from "./records.ts";

export function readSearchRecords(): SearchRecord[] {
  const rules = topicRules.parse(JSON.parse(readFileSync(contentPath("content/rules/topics.json"), "utf8")));
  const names = new Map(rules.topics.map((t) => [t.id, t.zh]));
  return searchRecords(readDocuments(), (id) => names.get(id) ?? id);
}
