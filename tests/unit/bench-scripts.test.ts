import { describe, expect, test } from "vitest";
import { moduleImports, pageScripts, resolvePath, scriptClosure } from "../../src/bench/scripts.ts";

const PAGE = `<!doctype html><html><head>
<link rel="modulepreload" href="/_astro/pre.js">
<script type="module" src="/_astro/hoisted.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org"}</script>
<script src="https://cdn.example.org/x.js"></script>
</head><body>
<astro-island uid="a" component-url="/_astro/App.abc.js" renderer-url="/_astro/client.def.js" client="load"></astro-island>
<script>(()=>{var a=1})();</script>
</body></html>`;

describe("pageScripts", () => {
  test("script src, islands' component and renderer, module preloads and inline code; JSON blocks and other sites left out", () => {
    const s = pageScripts(PAGE, "/search/");
    expect(s.urls.sort()).toEqual([
      "/_astro/App.abc.js",
      "/_astro/client.def.js",
      "/_astro/hoisted.js",
      "/_astro/pre.js",
    ]);
    expect(s.inline).toEqual(["(()=>{var a=1})();"]);
  });
  test("relative references resolve against the page", () => {
    expect(pageScripts('<script src="../_astro/a.js?v=1"></script>', "/regions/x/").urls).toEqual([
      "/regions/_astro/a.js",
    ]);
    expect(resolvePath("/_astro/a.js", "./b.js")).toBe("/_astro/b.js");
  });
});

describe("moduleImports", () => {
  test("minified static imports, re-exports, side-effect imports and import()", () => {
    const code = `import{s as bt,r as kt}from"./format.B1.js";import"./side.js";export{x}from"./re.js";const p=import("./lazy.js");import * as ns from './ns.js'`;
    expect(moduleImports(code)).toEqual({
      imports: ["./format.B1.js", "./side.js", "./re.js", "./ns.js"],
      dynamic: ["./lazy.js"],
    });
  });
  test("an import of a computed URL is not seen", () => {
    expect(moduleImports("await import(/* @vite-ignore */ URL)")).toEqual({ imports: [], dynamic: [] });
  });
});

describe("scriptClosure", () => {
  const files: Record<string, string> = {
    "/_astro/App.abc.js": `import{a}from"./shared.js";import("./chart.js")`,
    "/_astro/client.def.js": `import{b}from"./shared.js"`,
    "/_astro/shared.js": "export const a=1,b=2",
    "/_astro/chart.js": `import{c}from"./d3.js"`,
    "/_astro/d3.js": "export const c=3",
    "/_astro/hoisted.js": "",
  };
  const read = (p: string) => files[p];

  test("follows static imports once each; import() targets are listed as lazy with their own imports", () => {
    const c = scriptClosure(PAGE, "/search/", read);
    expect(c.files.sort()).toEqual([
      "/_astro/App.abc.js",
      "/_astro/client.def.js",
      "/_astro/hoisted.js",
      "/_astro/shared.js",
    ]);
    expect(c.lazy).toEqual(["/_astro/chart.js", "/_astro/d3.js"]);
    expect(c.missing).toEqual(["/_astro/pre.js"]);
    expect(c.inline).toHaveLength(1);
  });

  test("a module the page loads anyway is not lazy", () => {
    const c = scriptClosure(
      `<script type="module" src="/_astro/a.js"></script>`,
      "/",
      (p) => ({ "/_astro/a.js": `import"./b.js";import("./b.js")`, "/_astro/b.js": "" })[p],
    );
    expect(c.files).toEqual(["/_astro/a.js", "/_astro/b.js"]);
    expect(c.lazy).toEqual([]);
  });

  test("a page without scripts loads none", () => {
    expect(scriptClosure("<p>hi</p>", "/", () => undefined)).toEqual({ files: [], lazy: [], missing: [], inline: [] });
  });
});
