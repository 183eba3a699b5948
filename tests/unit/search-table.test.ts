import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildTable, parseTable, readTable, tableFile } from "../../src/lib/search/table.ts";

const pages = [
  { id: "zh-cn_a", filters: { 地区: ["天津市"], 年度: ["2023"], 类型: ["项目"], 主题: ["无线电管理", "中小企业"] } },
  { id: "zh-cn_b", filters: { 地区: ["青岛市"], 年度: ["2024"], 类型: ["文件"] } },
  { id: "zh-cn_c", filters: { 地区: ["青岛市"], 年度: ["2021"], 类型: ["项目"], 主题: ["中小企业", "中小企业"], 其他: ["x"] } },
];

describe("the facet table", () => {
  // Through JSON, as the page reads it.
  const table = readTable(JSON.parse(JSON.stringify(buildTable(pages))));

  it("gives each page the values it carries, each once, and only the search's filters", () => {
    expect(table.filtersOf("zh-cn_a")).toEqual({ 地区: ["天津市"], 年度: ["2023"], 类型: ["项目"], 主题: ["无线电管理", "中小企业"] });
    expect(table.filtersOf("zh-cn_b")).toEqual({ 地区: ["青岛市"], 年度: ["2024"], 类型: ["文件"] });
    expect(table.filtersOf("zh-cn_c").主题).toEqual(["中小企业"]);
    expect(table.filtersOf("zh-cn_c")).not.toHaveProperty("其他");
  });

  it("orders each filter's values over the whole index: years newest first, others by pages carrying them", () => {
    expect(table.order.年度).toEqual(["2024", "2023", "2021"]);
    expect(table.order.地区).toEqual(["青岛市", "天津市"]);
    expect(table.order.主题).toEqual(["中小企业", "无线电管理"]);
    expect(table.order.一级指标).toEqual([]);
  });

  it("refuses an id it does not hold rather than count it as carrying nothing", () => {
    expect(() => table.filtersOf("zh-cn_z")).toThrow(/zh-cn_z/u);
  });

  it("reads the file gzipped, and already unzipped by a host that served it with Content-Encoding", async () => {
    const json = Buffer.from(JSON.stringify(buildTable(pages)));
    for (const bytes of [gzipSync(json), json]) {
      const read = await parseTable(new Uint8Array(bytes));
      expect(read.filtersOf("zh-cn_b")).toEqual(table.filtersOf("zh-cn_b"));
    }
  });

  it("is named after the index it belongs to, so a cached table cannot meet another index", () => {
    expect(tableFile({ languages: { "zh-cn": { hash: "zh-cn_3165e5a696b14" } } })).toBe("facets.zh-cn_3165e5a696b14.json.gz");
    expect(() => tableFile({ languages: {} })).toThrow();
  });
});
