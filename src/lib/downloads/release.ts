/**
 * Releases: what a dataset version contains, kept in the repository as
 * content/releases/<version>.json (every record and indicator id with the
 * SHA-256 of its content), so a later build can say what a new version added,
 * changed and removed, and a test can refuse a released version whose data
 * changed afterwards (a version is immutable once released: bump it).
 *
 * `npm run release` writes the manifest of DATASET_VERSION from content/data.
 */
import { z } from "zod";
import type { Indicator, Project } from "../../model/schema.ts";
import { SCHEMA_VERSION } from "../../model/schema.ts";
import { sha256Hex } from "../../shared/hash.ts";
import type { Dataset } from "./dataset.ts";
import { jsonText } from "./json.ts";

const hex = z.string().regex(/^[0-9a-f]{64}$/);
export const releaseManifest = z
  .object({
    datasetVersion: z.string().regex(/^\d+\.\d+\.\d+$/),
    schemaVersion: z.string(),
    documents: z.record(z.string(), hex),
    records: z.record(z.string(), hex),
    indicators: z.record(z.string(), hex),
  })
  .strict();
export type ReleaseManifest = z.infer<typeof releaseManifest>;

const hashOf = (value: unknown) => sha256Hex(new TextEncoder().encode(jsonText(value)));

/** A record's own content, its indicators hashed on their own (a changed indicator is not a changed record). */
const recordContent = ({ indicators, ...rest }: Project) => ({
  ...rest,
  indicators: indicators.map((i: Indicator) => i.id),
});

const sorted = <T>(entries: [string, T][]): Record<string, T> =>
  Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function releaseOf(dataset: Dataset, datasetVersion: string): ReleaseManifest {
  const projects = dataset.flatMap((d) => d.projects);
  return {
    datasetVersion,
    schemaVersion: SCHEMA_VERSION,
    documents: sorted(dataset.map(({ document }) => [document.id, hashOf(document)])),
    records: sorted(projects.map((p) => [p.id, hashOf(recordContent(p))])),
    indicators: sorted(projects.flatMap((p) => p.indicators.map((i) => [i.id, hashOf(i)] as [string, string]))),
  };
}

export type Changes = { added: string[]; changed: string[]; removed: string[] };
export type ReleaseDiff = {
  from: string | null;
  to: string;
  documents: Changes;
  records: Changes;
  indicators: Changes;
};

function changes(before: Record<string, string>, after: Record<string, string>): Changes {
  const ids = (keep: (id: string) => boolean, of: Record<string, string>) => Object.keys(of).filter(keep).sort();
  return {
    added: ids((id) => !(id in before), after),
    changed: ids((id) => id in before && before[id] !== after[id], after),
    removed: ids((id) => !(id in after), before),
  };
}

const EMPTY: Pick<ReleaseManifest, "documents" | "records" | "indicators"> = {
  documents: {},
  records: {},
  indicators: {},
};

/** What `to` added, changed and removed against `from` (null: the first release, everything added). */
export function diffReleases(from: ReleaseManifest | null, to: ReleaseManifest): ReleaseDiff {
  const before = from ?? EMPTY;
  return {
    from: from?.datasetVersion ?? null,
    to: to.datasetVersion,
    documents: changes(before.documents, to.documents),
    records: changes(before.records, to.records),
    indicators: changes(before.indicators, to.indicators),
  };
}

const parts = (v: string) => v.split(".").map(Number) as [number, number, number];
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/**
 * The changelog's figures: each released version against the one before, and
 * the current data (DATASET_VERSION) against the last release before it, newest first.
 */
export function releaseHistory(released: readonly ReleaseManifest[], current: ReleaseManifest): ReleaseDiff[] {
  const older = released.filter((r) => compareVersions(r.datasetVersion, current.datasetVersion) < 0);
  const chain = [...older].sort((a, b) => compareVersions(a.datasetVersion, b.datasetVersion));
  const diffs = chain.map((r, i) => diffReleases(chain[i - 1] ?? null, r));
  diffs.push(diffReleases(chain.at(-1) ?? null, current));
  return diffs.reverse();
}
