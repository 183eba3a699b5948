/**
 * The data package read by frictionlessdata's own JavaScript libraries
 * (datapackage 1.1.10 over tableschema 1.12.6), not by code written here:
 * every CSV resource loads from the files as published, every cell casts to
 * its declared type, primary keys are unique and every foreign key resolves.
 * And the same library refuses a broken copy, so a pass means something.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TABLES } from "../../src/lib/downloads/tables.ts";
import { realDownloads } from "../helpers/downloads.ts";

type Resource = {
  name: string;
  tabular: boolean;
  descriptor: { format?: string; path: string };
  read(options: object): Promise<Record<string, unknown>[]>;
};
type Pkg = { valid: boolean; errors: Error[]; resources: Resource[] };
const { Package } = createRequire(import.meta.url)("datapackage") as {
  Package: { load(descriptor: string, options: object): Promise<Pkg> };
};

const root = mkdtempSync(join(tmpdir(), "frictionless-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The published files, written where the site serves them relative to datapackage.json. */
async function published(dir: string): Promise<void> {
  for (const file of await realDownloads()) {
    const path = join(dir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
  }
}

const load = (dir: string) => Package.load(join(dir, "datapackage.json"), { basePath: dir });
const csvResources = (pkg: Pkg) => pkg.resources.filter((r) => r.descriptor.format === "csv");

describe("the data package in frictionlessdata's datapackage-js", async () => {
  const dir = join(root, "published");
  await published(dir);
  const pkg = await load(dir);

  it("is a valid descriptor", () => {
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it("reads every CSV resource with types cast, primary keys and foreign keys checked", async () => {
    const resources = csvResources(pkg);
    expect(resources.map((r) => r.name).sort()).toEqual([...TABLES.map((t) => t.name), "data-dictionary"].sort());
    for (const resource of resources) {
      const rows = await resource.read({ keyed: true, cast: true, relations: true });
      const table = TABLES.find((t) => t.name === resource.name);
      // The first header is the column name itself, not "\ufeffid".
      if (table) expect(Object.keys(rows[0] ?? {}), resource.name).toEqual(table.columns.map((c) => c.name));
      expect(rows.length, resource.name).toBeGreaterThan(0);
    }
    const dictionary = await pkg.resources.find((r) => r.name === "data-dictionary")!.read({ keyed: true, cast: true });
    expect(dictionary.length).toBe(TABLES.reduce((n, t) => n + t.columns.length, 0));
  });

  it("casts numbers to numbers and keeps codes as text", async () => {
    const projects = await pkg.resources.find((r) => r.name === "projects")!.read({ keyed: true, cast: true });
    const withBudget = projects.find((p) => p.budget_total !== null)!;
    expect(typeof withBudget.budget_total).toBe("number");
    const documents = await pkg.resources.find((r) => r.name === "documents")!.read({ keyed: true, cast: true });
    for (const d of documents) expect(d.admin_code).toMatch(/^\d{6}$/);
  });

  it("refuses a duplicated primary key and a dangling foreign key", async () => {
    const broken = join(root, "broken");
    await published(broken);
    const indicators = join(broken, "indicators.csv");
    const lines = readFileSync(indicators, "utf8").split("\r\n");
    // A row repeated: the primary key "id" repeats.
    writeFileSync(indicators, [...lines.slice(0, 2), lines[1], ...lines.slice(2)].join("\r\n"));
    const topics = join(broken, "record_topics.csv");
    writeFileSync(topics, readFileSync(topics, "utf8").replace(/\r\n[^,\r\n]+,/, "\r\nno-such-record,"));
    const copy = await load(broken);
    const read = (name: string) =>
      copy.resources.find((r) => r.name === name)!.read({ keyed: true, cast: true, relations: true });
    await expect(read("indicators")).rejects.toThrow(/unique|primary/i);
    await expect(read("record_topics")).rejects.toThrow(/foreign key/i);
  });
});
