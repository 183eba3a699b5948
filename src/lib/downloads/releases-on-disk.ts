/**
 * The release manifests kept in the repository (content/releases/<version>.json),
 * read and validated; and the history the changelog prints from them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { contentPath } from "../data.ts";
import type { Dataset } from "./dataset.ts";
import {
  compareVersions,
  releaseHistory,
  releaseManifest,
  releaseOf,
  type ReleaseDiff,
  type ReleaseManifest,
} from "./release.ts";
import { DATASET_VERSION } from "./version.ts";

export const RELEASES_DIR = contentPath("content/releases");

export function readReleases(dir: string = RELEASES_DIR): ReleaseManifest[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d+\.\d+\.\d+\.json$/.test(f))
    .map((f) => {
      const manifest = releaseManifest.parse(JSON.parse(readFileSync(join(dir, f), "utf8")));
      if (`${manifest.datasetVersion}.json` !== f) throw new Error(`${f}: holds version ${manifest.datasetVersion}`);
      return manifest;
    })
    .sort((a, b) => compareVersions(a.datasetVersion, b.datasetVersion));
}

/** Newest first: this build's version against the last release before it, then each release against its predecessor. */
export function changelogOf(dataset: Dataset, dir: string = RELEASES_DIR): ReleaseDiff[] {
  return releaseHistory(readReleases(dir), releaseOf(dataset, DATASET_VERSION));
}
