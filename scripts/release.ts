/**
 * npm run release: writes content/releases/<DATASET_VERSION>.json, the ids and
 * content hashes of this version's documents, records and indicators, from
 * content/data. Run it when a version is published; from then on the test
 * "released data is immutable" fails if the data of that version changes, and the
 * next version's changelog is computed against it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { readDocuments } from "../src/lib/data.ts";
import { datasetOf } from "../src/lib/downloads/dataset.ts";
import { jsonText } from "../src/lib/downloads/json.ts";
import { releaseOf } from "../src/lib/downloads/release.ts";
import { DATASET_VERSION } from "../src/lib/downloads/version.ts";

const manifest = releaseOf(datasetOf(readDocuments()), DATASET_VERSION);
mkdirSync("content/releases", { recursive: true });
const path = `content/releases/${DATASET_VERSION}.json`;
writeFileSync(path, jsonText(manifest));
console.log(
  `${path}: ${Object.keys(manifest.records).length} records, ${Object.keys(manifest.indicators).length} indicators`,
);
