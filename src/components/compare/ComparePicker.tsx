/**
 * Choosing what to compare: the current selection, then a region (its items
 * are fetched when it is chosen) and a filter by name within it.
 */
import { useEffect, useId, useState } from "react";
import { pickerRegionPath, selectionPath } from "../../lib/compare/paths.ts";
import { ITEM_KIND, searchItems, type PickerIndex, type PickerRegion } from "../../lib/compare/picker.ts";
import type { CompareItem } from "../../lib/compare/records.ts";
import { MAX_SELECTION } from "../../lib/compare/selection.ts";
import { getJson } from "./get-json.ts";

type Props = { index: PickerIndex; selected: CompareItem[]; onAdd: (id: string) => void; onRemove: (id: string) => void };

type RegionLoad = { state: "none" } | { state: "waiting"; slug: string } | { state: "failed"; slug: string; message: string } | { state: "ready"; region: PickerRegion };

/** Most items listed at once; a filter narrows them. */
const SHOWN_ITEMS = 30;

export default function ComparePicker({ index, selected, onAdd, onRemove }: Props) {
  const id = useId();
  const [slug, setSlug] = useState("");
  const [query, setQuery] = useState("");
  const [region, setRegion] = useState<RegionLoad>({ state: "none" });
  const regionName = new Map(index.regions.map((r) => [r.slug, r.name]));
  const full = selected.length >= MAX_SELECTION;

  useEffect(() => {
    if (slug === "") return setRegion({ state: "none" });
    let live = true;
    setRegion({ state: "waiting", slug });
    getJson<PickerRegion>(pickerRegionPath(slug))
      .then((loaded) => live && setRegion({ state: "ready", region: loaded }))
      .catch((error: unknown) => live && setRegion({ state: "failed", slug, message: String(error) }));
    return () => {
      live = false;
    };
  }, [slug]);

  const describe = (item: CompareItem) => `${regionName.get(item.region) ?? item.region} ${item.year} 年 · ${ITEM_KIND[item.kind]}${item.budget ? ` · ${item.budget} 万元` : ""}`;
  const choice = (item: CompareItem) => (
    <li key={item.id}>
      <button
        type="button"
        className="button"
        disabled={selected.some((s) => s.id === item.id) || full}
        onClick={() => onAdd(item.id)}
        aria-label={`加入 ${item.name}（${describe(item)}）`}
      >
        加入
      </button>{" "}
      {item.name} <span className="muted small">{describe(item)}</span>
    </li>
  );
  const hits = region.state === "ready" ? searchItems(region.region.items, query) : [];
  const selectedIds = selected.map((s) => s.id);

  return (
    <div className="compare-picker">
      <h2 id="selection">已选（{selected.length}/{MAX_SELECTION}）</h2>
      {selected.length > 0 ? (
        <>
          <ol className="compare-selected">
            {selected.map((item) => (
              <li key={item.id}>
                {item.name} <span className="muted small">{describe(item)}</span>{" "}
                <button type="button" className="button" onClick={() => onRemove(item.id)} aria-label={`移除 ${item.name}`}>
                  移除
                </button>
              </li>
            ))}
          </ol>
          <p className="small">
            本比较的链接（可复制分享）：<a href={selectionPath(selectedIds)}>{selectionPath(selectedIds)}</a>
          </p>
        </>
      ) : (
        <p>尚未选择。先选地区，再按名称筛选。</p>
      )}

      <h2 id="pick">挑选比较项</h2>
      <div className="compare-search">
        <label htmlFor={`${id}-region`}>地区</label>
        <select id={`${id}-region`} value={slug} onChange={(e) => setSlug(e.target.value)}>
          <option value="">请选择地区</option>
          {index.regions.map((r) => (
            <option key={r.slug} value={r.slug}>
              {r.name}（{r.items} 项）
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-query`}>按名称、预算单位或年度筛选</label>
        <input id={`${id}-query`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="例如：无线电" />
      </div>
      {region.state === "none" && <p className="small">选择地区后列出该地区的项目和预算单位。</p>}
      {region.state === "waiting" && <p className="muted small">正在载入{regionName.get(region.slug)}的项目……</p>}
      {region.state === "failed" && (
        <p role="alert">
          未能载入{regionName.get(region.slug)}的项目（{region.message}）。
        </p>
      )}
      {region.state === "ready" && (
        <>
          <p className="small" role="status">
            {region.region.name}共 {region.region.items.length} 项{query.trim() !== "" && `，${hits.length} 项匹配`}
            {hits.length > SHOWN_ITEMS && `，先列出 ${SHOWN_ITEMS} 项，输入名称可缩小范围`}
          </p>
          <ul className="compare-choices">{hits.slice(0, SHOWN_ITEMS).map(choice)}</ul>
        </>
      )}
    </div>
  );
}
