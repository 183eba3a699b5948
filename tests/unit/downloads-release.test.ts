/**
 * Releases: the zip of this version verifies against its own SHA256SUMS and
 * holds README, licence, CITATION.cff and datapackage.json; a released
 * version's data never changes afterwards; the changelog's diff by id; the
 * caveats are machine-readable; citations carry SITE_URL and the version.
 */
import { createHash } from "node:crypto";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { bundleRoot } from "../../src/lib/downloads/bundle.ts";
import { citation, citationCff, itemCitation, itemUrl } from "../../src/lib/downloads/citation.ts";
import { datasetOf } from "../../src/lib/downloads/dataset.ts";
import { OUTSIDE_PACKAGE } from "../../src/lib/downloads/download.ts";
import { changelogOf, readReleases } from "../../src/lib/downloads/releases-on-disk.ts";
import { compareVersions, diffReleases, releaseOf } from "../../src/lib/downloads/release.ts";
import { DATASET_VERSION } from "../../src/lib/downloads/version.ts";
import { byPath, realData, realDownloads, text } from "../helpers/downloads.ts";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("the release of this version", async () => {
  const downloads = await realDownloads();
  const bundle = downloads.find((d) => d.name === "bundle")!;
  const entries = unzipSync(bundle.bytes);
  const root = `${bundleRoot()}/`;

  it("is one zip under /data/v<version>/ holding README, licence, CITATION.cff, SHA256SUMS, datapackage.json and every file", () => {
    expect(bundle.path).toBe(`v${DATASET_VERSION}/${bundleRoot()}.zip`);
    const names = Object.keys(entries).map((n) => n.slice(root.length));
    expect(Object.keys(entries).every((n) => n.startsWith(root))).toBe(true);
    for (const name of ["README.md", "LICENCE.md", "CITATION.cff", "SHA256SUMS", "datapackage.json"])
      expect(names).toContain(name);
    expect(names.sort()).toEqual(
      downloads
        .filter((d) => !d.versioned)
        .map((d) => d.path)
        .sort(),
    );
  });

  it("verifies against its SHA256SUMS, which lists every other file", () => {
    const sums = new TextDecoder().decode(entries[`${root}SHA256SUMS`]).trim().split("\n");
    expect(sums.length).toBe(Object.keys(entries).length - 1);
    for (const line of sums) {
      const [hash, path] = line.split(/ {2}/);
      expect(entries[`${root}${path}`], path).toBeDefined();
      expect(sha256(entries[`${root}${path}`]!), path).toBe(hash);
    }
  });

  it("says the unit, the additivity caveat and where sources come from in its README", () => {
    const readme = text(byPath(downloads, "README.md"));
    expect(readme).toContain("万元");
    expect(readme).toContain("a unit record's (kind = unit) money includes its projects'");
    expect(readme).toContain("sources/");
  });

  it("keeps the release files out of the data package", () => {
    const descriptor = JSON.parse(text(byPath(downloads, "datapackage.json")));
    const paths = descriptor.resources.map((r: { path: string }) => r.path);
    for (const d of downloads.filter((f) => OUTSIDE_PACKAGE.includes(f.group))) expect(paths).not.toContain(d.path);
  });

  it("lists its caveats as data, with the fields they concern", () => {
    const descriptor = JSON.parse(text(byPath(downloads, "datapackage.json")));
    const additivity = descriptor.caveats.find((c: { id: string }) => c.id === "additivity");
    expect(additivity.fields).toContain("projects.budget_total");
    const sides = descriptor.caveats.find((c: { id: string }) => c.id === "sides");
    expect(sides.fields).toContain("budget_figures.value");
    const budget = descriptor.resources
      .find((r: { name: string }) => r.name === "projects")
      .schema.fields.find((f: { name: string }) => f.name === "budget_total");
    expect(budget.unit).toBe("万元");
    expect(budget.description).toContain("includes its projects'");
    const schema = JSON.parse(text(byPath(downloads, "targets.schema.json")));
    expect(schema.$id).toMatch(new RegExp(`/data/v${DATASET_VERSION.replace(/\./g, "\\.")}/targets\\.schema\\.json$`));
    expect(schema.properties.projects.items.properties.budget.anyOf[0].properties.total.description).toContain("万元");
  });
});

describe("release manifests", () => {
  it("a released version's data is unchanged (bump DATASET_VERSION and run npm run release for new data)", () => {
    const releases = readReleases();
    expect(releases.length).toBeGreaterThan(0);
    for (const r of releases)
      expect(compareVersions(r.datasetVersion, DATASET_VERSION), r.datasetVersion).toBeLessThanOrEqual(0);
    const same = releases.find((r) => r.datasetVersion === DATASET_VERSION);
    if (same) expect(releaseOf(datasetOf(realData()), DATASET_VERSION)).toEqual(same);
  });

  it("the changelog compares this version with the last release before it", () => {
    const [latest] = changelogOf(datasetOf(realData()));
    expect(latest!.to).toBe(DATASET_VERSION);
    expect(latest!.from).not.toBeNull();
  });

  it("diffs by id: added, changed, removed", () => {
    const dataset = datasetOf(realData());
    const before = releaseOf(dataset, "1.0.0");
    const after = structuredClone(before);
    after.datasetVersion = "1.1.0";
    const [first, second] = Object.keys(after.records);
    after.records[first!] = "0".repeat(64);
    delete after.records[second!];
    after.records["new-record"] = "1".repeat(64);
    const diff = diffReleases(before, after);
    expect(diff.records).toEqual({ added: ["new-record"], changed: [first], removed: [second] });
    expect(diff.indicators).toEqual({ added: [], changed: [], removed: [] });
    expect(diffReleases(null, before).records.added.length).toBe(Object.keys(before.records).length);
  });
});

describe("citations", () => {
  const saved = process.env.SITE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = saved;
  });

  it("use SITE_URL and the version folder, and a path without it", () => {
    delete process.env.SITE_URL;
    expect(citation("ab").url).toBe(`/data/v${DATASET_VERSION}/`);
    expect(citationCff("ab")).not.toContain("url:");
    process.env.SITE_URL = "https://data.example.org";
    const cite = citation("ab");
    expect(cite.url).toBe(`https://data.example.org/data/v${DATASET_VERSION}/`);
    expect(cite.bibtex).toContain(`version = {${DATASET_VERSION}}`);
    expect(cite.csl).toMatchObject({ type: "dataset", version: DATASET_VERSION, URL: cite.url });
    expect(citationCff("ab")).toContain(`url: "https://data.example.org/data/v${DATASET_VERSION}/"`);
  });

  it("give every record and indicator a stable URL and one line", () => {
    process.env.SITE_URL = "https://data.example.org";
    const { document, projects } = realData()[0]!;
    const project = projects[0]!;
    const indicator = project.indicators[0]!;
    expect(itemUrl(project, indicator)).toMatch(
      new RegExp(`^https://data\\.example\\.org/(projects|templates)/${project.id}/#${indicator.id}$`),
    );
    const line = itemCitation(document, project, indicator);
    expect(line).not.toContain("\n");
    expect(line).toContain(DATASET_VERSION);
    expect(line).toContain(document.publisher);
  });
});
