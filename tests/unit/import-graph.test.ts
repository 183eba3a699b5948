/**
 * The module boundaries, checked over every import in src/, scripts/ and tests/
 * (.ts, .tsx, .mjs and the frontmatter and scripts of .astro files), parsed by
 * the TypeScript compiler (ts.preProcessFile), type-only and dynamic imports
 * included:
 * - the site (src/pages, src/components, src/layouts, src/lib) never imports
 *   the pipeline (src/normalize); what both need lives in src/shared/;
 * - src/model imports nothing of ours, src/shared nothing but src/model;
 * - scripts never import tests; src imports tests only from the tests a
 *   reader family keeps in its folder (src/normalize/readers/<family>/*.test.ts),
 *   and only their helpers (tests/helpers/); nothing imports a test file;
 * - no import cycle between files, and none between the folders of src/lib.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SCANNED = ["src", "scripts", "tests"];
const EXTENSIONS = [".ts", ".tsx", ".mts", ".mjs", ".js", ".astro"];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === "fixtures" || e.name === "node_modules" ? [] : files(path);
    return EXTENSIONS.includes(extname(e.name)) ? [path] : [];
  });
}

/** The code of a file as TypeScript sees it: an .astro file's frontmatter and its <script> bodies. */
function code(path: string, text: string): string {
  if (!path.endsWith(".astro")) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]);
  return [frontmatter, ...scripts].join("\n");
}

/** Our modules a file imports (relative specifiers), as project-relative paths. */
function importsOf(path: string): string[] {
  const info = ts.preProcessFile(code(path, readFileSync(join(ROOT, path), "utf8")), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => relative(ROOT, resolve(ROOT, dirname(path), specifier)).split("?")[0]!);
}

const all = SCANNED.flatMap(files).sort();
const known = new Set(all);
const graph = new Map(all.map((path) => [path, importsOf(path)]));
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

const under = (path: string, ...folders: string[]) => folders.some((f) => path.startsWith(`${f}/`));

/** Strongly connected components of more than one node (or a node importing itself): the cycles. */
function cycles(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of next(node)) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let top: string;
      do {
        top = stack.pop()!;
        onStack.delete(top);
        component.push(top);
      } while (top !== node);
      if (component.length > 1 || next(node).includes(node)) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return found;
}

describe("import graph", () => {
  it("is read from every source file, and every relative import of code names a file that exists", () => {
    expect(all.length).toBeGreaterThan(250);
    expect(all.filter((p) => p.endsWith(".astro")).length).toBeGreaterThan(50);
    expect(edges.length).toBeGreaterThan(800);
    expect(edges.filter((e) => EXTENSIONS.includes(extname(e.to)) && !known.has(e.to))).toEqual([]);
  });

  it("the site never imports the pipeline", () => {
    const site = ["src/pages", "src/components", "src/layouts", "src/lib"];
    expect(edges.filter((e) => under(e.from, ...site) && under(e.to, "src/normalize"))).toEqual([]);
  });

  it("the model imports nothing of ours, and src/shared nothing but the model", () => {
    expect(edges.filter((e) => under(e.from, "src/model") && !under(e.to, "src/model"))).toEqual([]);
    expect(edges.filter((e) => under(e.from, "src/shared") && !under(e.to, "src/model", "src/shared"))).toEqual([]);
  });

  it("scripts never import tests", () => {
    expect(edges.filter((e) => under(e.from, "scripts") && under(e.to, "tests"))).toEqual([]);
  });

  it("src imports tests only from a reader family's own tests, and only the test helpers", () => {
    const familyTest = (path: string) => under(path, "src/normalize/readers") && path.endsWith(".test.ts");
    expect(all.filter(familyTest).length).toBeGreaterThan(0);
    expect(
      edges.filter(
        (e) => under(e.from, "src") && under(e.to, "tests") && !(familyTest(e.from) && under(e.to, "tests/helpers")),
      ),
    ).toEqual([]);
    expect(edges.filter((e) => /\.test\.[cm]?[jt]s$/u.test(e.to))).toEqual([]);
  });

  it("has no cycle between files", () => {
    expect(cycles(all, (node) => (graph.get(node) ?? []).filter((to) => known.has(to)))).toEqual([]);
  });

  it("has no cycle between the folders of src/lib", () => {
    const folder = (path: string) => (path.startsWith("src/lib/") ? path.split("/").slice(0, 3).join("/") : null);
    const folders = new Map<string, Set<string>>();
    for (const { from, to } of edges) {
      const a = folder(from);
      const b = folder(to);
      if (a && b && a !== b && a.endsWith(".ts") === false && b.endsWith(".ts") === false) {
        folders.set(a, (folders.get(a) ?? new Set()).add(b));
      }
    }
    expect(cycles([...folders.keys()], (node) => [...(folders.get(node) ?? [])])).toEqual([]);
  });

  it("finds a cycle and a forbidden import when there is one", () => {
    const cyclic = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(cycles([...cyclic.keys()], (n) => cyclic.get(n) ?? [])).toEqual([["a", "b", "c"]]);
    const astro = code(
      "x.astro",
      '---\nimport { f } from "../normalize/x.ts";\n---\n<p>{f()}</p>\n<script>import "./y.ts";</script>',
    );
    expect(ts.preProcessFile(astro, true, true).importedFiles.map((f) => f.fileName)).toEqual([
      "../normalize/x.ts",
      "./y.ts",
    ]);
  });
});
