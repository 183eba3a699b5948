/** The site gates on small hand-made pages: they must catch what they claim to. */
import { describe, expect, it } from "vitest";
import { pageFacts } from "../../src/gates/html.ts";
import { brokenLinks, routeOf } from "../../src/gates/links.ts";
import { siteProblems } from "../../src/gates/site.ts";

const page = (body: string, lang = "zh-CN") => pageFacts(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`);

describe("site gates", () => {
  it("maps built files to routes", () => {
    expect(routeOf("index.html")).toBe("/");
    expect(routeOf("projects/x/index.html")).toBe("/projects/x/");
    expect(routeOf("data/targets.json")).toBe("/data/targets.json");
  });

  it("finds missing pages, missing anchors and javascript: links, and accepts good ones", () => {
    const pages = new Map([
      ["/", page('<a href="/a/">a</a> <a href="/a/#L3">line</a> <a href="/a/#L9">gone</a> <a href="/b/">b</a> <a href="javascript:alert(1)">x</a> <a href="/data/t.json">t</a> <a href="https://example.org/">e</a>')],
      ["/a/", page('<p id="L3">3</p><a href="../">up</a>')],
    ]);
    expect(brokenLinks(pages, new Set(["/data/t.json"]))).toEqual([
      { page: "/", href: "/a/#L9", reason: "no element with id “L9”" },
      { page: "/", href: "/b/", reason: "no such page or file" },
      { page: "/", href: "javascript:alert(1)", reason: "javascript: link" },
    ]);
  });

  it("flags scripts on content pages, a wrong lang, and indicators without a row", () => {
    const pages = new Map([
      ["/projects/p/", page('<table><tr id="p-i01"><td>x</td></tr></table><script>1</script>', "en")],
      ["/search/", page("<script src='/s.js'></script>")],
    ]);
    const indicator = (id: string) => ({ id }) as never;
    const data = [{ projects: [{ id: "p", kind: "project", indicators: [indicator("p-i01"), indicator("p-i02")] }] }] as never;
    expect(siteProblems(pages, new Set(), data).map((p) => p.problem)).toEqual([
      "<html lang> is “en”, Pagefind needs zh-CN",
      "1 <script> on a content page",
      "indicator p-i02 has no row",
    ]);
  });
});
