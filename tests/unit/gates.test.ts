/** The site gates on small hand-made pages: they must catch what they claim to. */
import { describe, expect, it } from "vitest";
import { pageFacts } from "../../src/gates/html.ts";
import { brokenLinks, routeOf } from "../../src/gates/links.ts";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { TABLE_SORT_MAX_GZIP, TABLE_SORT_SCRIPT } from "../../src/gates/shared-script.ts";
import { sharedScriptProblems, siteProblems } from "../../src/gates/site.ts";

const page = (body: string, lang = "zh-CN") =>
  pageFacts(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`);

describe("site gates", () => {
  it("maps built files to routes", () => {
    expect(routeOf("index.html")).toBe("/");
    expect(routeOf("projects/x/index.html")).toBe("/projects/x/");
    expect(routeOf("data/targets.json")).toBe("/data/targets.json");
  });

  it("finds missing pages, missing anchors and javascript: links, and accepts good ones", () => {
    const pages = new Map([
      [
        "/",
        page(
          '<a href="/a/">a</a> <a href="/a/#L3">line</a> <a href="/a/#L9">gone</a> <a href="/b/">b</a> <a href="javascript:alert(1)">x</a> <a href="/data/t.json">t</a> <a href="https://example.org/">e</a>',
        ),
      ],
      ["/a/", page('<p id="L3">3</p><a href="../">up</a>')],
    ]);
    expect(brokenLinks(pages, new Set(["/data/t.json"]))).toEqual([
      { page: "/", href: "/a/#L9", reason: "no element with id “L9”" },
      { page: "/", href: "/b/", reason: "no such page or file" },
      { page: "/", href: "javascript:alert(1)", reason: "javascript: link" },
    ]);
  });

  it("allows exactly the shared table-sort script on content pages, once, and nothing else", () => {
    const pages = new Map([
      ["/a/", page(`<script src="${TABLE_SORT_SCRIPT}" defer></script>`)],
      ["/b/", page(`<script src="${TABLE_SORT_SCRIPT}"></script><script src="${TABLE_SORT_SCRIPT}"></script>`)],
      ["/c/", page(`<script src="${TABLE_SORT_SCRIPT}"></script><script>alert(1)</script>`)],
      ["/d/", page(`<script type="module" src="${TABLE_SORT_SCRIPT}"></script>`)],
      ["/e/", page(`<script src="/other.js"></script>`)],
    ]);
    expect(siteProblems(pages, new Set(), [])).toEqual([
      { page: "/b/", problem: `${TABLE_SORT_SCRIPT} loaded 2 times` },
      { page: "/c/", problem: "1 <script> on a content page" },
      { page: "/d/", problem: "1 <script> on a content page" },
      { page: "/e/", problem: "1 <script> on a content page" },
    ]);
    expect(sharedScriptProblems(1431)).toEqual([]);
    expect(sharedScriptProblems(null)).toHaveLength(1);
    expect(sharedScriptProblems(TABLE_SORT_MAX_GZIP + 1)).toHaveLength(1);
  });

  it("keeps the shared script within its budget", () => {
    const bytes = gzipSync(readFileSync(`public${TABLE_SORT_SCRIPT}`), { level: 9 }).length;
    expect(bytes).toBeLessThanOrEqual(TABLE_SORT_MAX_GZIP);
  });

  it("flags scripts on content pages, a wrong lang, and indicators without a row", () => {
    const pages = new Map([
      ["/projects/p/", page('<table><tr id="p-i01"><td>x</td></tr></table><script>1</script>', "en")],
      ["/search/", page("<script src='/s.js'></script>")],
    ]);
    const indicator = (id: string) => ({ id }) as never;
    const data = [
      { projects: [{ id: "p", kind: "project", indicators: [indicator("p-i01"), indicator("p-i02")] }] },
    ] as never;
    expect(siteProblems(pages, new Set(), data).map((p) => p.problem)).toEqual([
      "<html lang> is “en”, Pagefind needs zh-CN",
      "1 <script> on a content page",
      "indicator p-i02 has no row",
    ]);
  });
});
