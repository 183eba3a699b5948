import { describe, expect, it } from "vitest";
import { readState, toggle, writeState } from "../../src/lib/search/state.ts";

describe("search state in the URL", () => {
  it("reads the header form's ?q=", () => {
    expect(readState("?q=%E6%97%A0%E7%BA%BF%E7%94%B5")).toEqual({ q: "无线电", selection: {} });
  });
  it("reads repeated filters, ignoring unknown parameters, empty and repeated values", () => {
    const state = readState("?q=5G&地区=天津市&地区=青岛市&地区=天津市&类型=&utm=x");
    expect(state).toEqual({ q: "5G", selection: { 地区: ["天津市", "青岛市"] } });
  });
  it("writes filters in their fixed order and round-trips", () => {
    const state = { q: "满意度", selection: { 类型: ["项目"], 地区: ["天津市"] } };
    const written = writeState(state);
    expect(written).toBe(
      `?q=${encodeURIComponent("满意度")}&${encodeURIComponent("地区")}=${encodeURIComponent("天津市")}&${encodeURIComponent("类型")}=${encodeURIComponent("项目")}`,
    );
    expect(readState(written)).toEqual({ q: "满意度", selection: { 地区: ["天津市"], 类型: ["项目"] } });
  });
  it("writes nothing for an empty search", () => {
    expect(writeState({ q: "", selection: {} })).toBe("");
  });
  it("ticks and unticks a value", () => {
    const ticked = toggle({}, "地区", "天津市");
    expect(ticked).toEqual({ 地区: ["天津市"] });
    expect(toggle(ticked, "地区", "天津市")).toEqual({ 地区: [] });
  });
});
