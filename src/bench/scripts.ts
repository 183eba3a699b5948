/**
 * The JavaScript a built page loads: its <script src>, its inline scripts, the
 * islands' component and renderer modules, and everything those import,
 * followed through dist/_astro transitively. Static imports load with the
 * page; an import() inside a module loads later or on demand and is listed
 * apart (`lazy`), as is anything outside the site's own bundle.
 */
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import type { Element, Text } from "hast";

export type PageScripts = {
  /** Module and script URLs the page names (absolute paths). */
  urls: string[];
  /** The text of inline scripts that run (JSON data blocks excluded). */
  inline: string[];
};

const DATA_TYPES = /^(?:application\/(?:ld\+)?json|importmap|text\/template)$/iu;

/** Absolute path of `ref` as seen from the page or module at `from` (query and hash dropped). */
export function resolvePath(from: string, ref: string): string {
  return new URL(ref, new URL(from, "http://site.invalid/")).pathname;
}

const isLocal = (ref: string) => !/^[a-z][a-z0-9+.-]*:/iu.test(ref) && !ref.startsWith("//");

/** The scripts a page's HTML names or holds. */
export function pageScripts(html: string, pagePath: string): PageScripts {
  const urls: string[] = [];
  const inline: string[] = [];
  const add = (ref: unknown) => {
    if (typeof ref === "string" && ref !== "" && isLocal(ref)) urls.push(resolvePath(pagePath, ref));
  };
  visit(fromHtml(html), "element", (node: Element) => {
    const p = node.properties;
    if (node.tagName === "script") {
      const type = typeof p.type === "string" ? p.type : "";
      if (DATA_TYPES.test(type)) return;
      if (p.src !== undefined) add(p.src);
      else inline.push(node.children.map((c) => (c as Text).value ?? "").join(""));
    } else if (node.tagName === "astro-island") {
      // Attributes of an unknown element keep their spelling as property names.
      add(p["component-url"] ?? p.componentUrl);
      add(p["renderer-url"] ?? p.rendererUrl);
    } else if (node.tagName === "link" && Array.isArray(p.rel) && p.rel.includes("modulepreload")) {
      add(p.href);
    }
  });
  return { urls: [...new Set(urls)], inline };
}

export type ModuleImports = { imports: string[]; dynamic: string[] };

const STATIC_IMPORT = /\b(?:import|export)(?:[\s{*][\w*${}\s,]*?[\s}*]from)?\s*["']([^"'\n]+)["']/gu;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*["']([^"'\n]+)["']\s*\)/gu;

/** Module specifiers a bundled module imports, statically and through import("…"). */
export function moduleImports(code: string): ModuleImports {
  const imports = [...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!);
  const dynamic = [...code.matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!);
  return { imports: [...new Set(imports)], dynamic: [...new Set(dynamic)] };
}

export type ScriptClosure = {
  /** Every module loaded with the page, the named ones first. */
  files: string[];
  /** Modules only an import() reaches. */
  lazy: string[];
  /** Named but absent from the build. */
  missing: string[];
  inline: string[];
};

/** Follow a page's scripts through their imports; `read` gives a module's text by absolute path, undefined if absent. */
export function scriptClosure(
  html: string,
  pagePath: string,
  read: (path: string) => string | undefined,
): ScriptClosure {
  const page = pageScripts(html, pagePath);
  const files: string[] = [];
  const missing: string[] = [];
  const lazyRefs: string[] = [];
  const seen = new Set<string>();
  const queue = [...page.urls];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = read(path);
    if (code === undefined) {
      missing.push(path);
      continue;
    }
    files.push(path);
    const { imports, dynamic } = moduleImports(code);
    for (const ref of imports) if (isLocal(ref)) queue.push(resolvePath(path, ref));
    for (const ref of dynamic) if (isLocal(ref)) lazyRefs.push(resolvePath(path, ref));
  }
  // What an import() reaches, and its own static imports, unless the page loads it anyway.
  const lazy: string[] = [];
  const lazyQueue = [...lazyRefs];
  while (lazyQueue.length > 0) {
    const path = lazyQueue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const code = read(path);
    if (code === undefined) continue;
    lazy.push(path);
    const { imports, dynamic } = moduleImports(code);
    for (const ref of [...imports, ...dynamic]) if (isLocal(ref)) lazyQueue.push(resolvePath(path, ref));
  }
  return { files, lazy, missing, inline: page.inline };
}
