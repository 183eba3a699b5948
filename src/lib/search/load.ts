/**
 * The search records of the data on disk (content/data and the topic names of
 * content/rules/topics.json): what scripts/search-index.ts indexes and
 * npm run bench:search compares against.
 */
import { readDocuments } from "../data.ts";
import { readTopicNames } from "../site/site-data.ts";
import { searchRecords, type SearchRecord } from "./records.ts";

export function readSearchRecords(): SearchRecord[] {
  return searchRecords(readDocuments(), readTopicNames());
}
