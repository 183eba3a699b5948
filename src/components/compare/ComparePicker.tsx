/** Choosing what to compare: the current selection, a name search, and every item by region. */
import { useState } from "react";
import type { CompareItem, CompareRecords } from "../../lib/compare/records.ts";
import { selectionPath } from "../../lib/compare/paths.ts";
import { ITEM_KIND, itemsByRegion, searchItems } from "../../lib/compare/picker.ts";
import { MAX_SELECTION } from "../../lib/compare/selection.ts";

type Props = { file: CompareRecords; selected: string[]; onAdd: (id: string) => void; onRemove: (id: string) => void };

/** Most search hits listed at once; a longer query narrows them. */
const SHOWN_HITS = 30;

export default function ComparePicker({ file, selected, onAdd, onRemove }: Props) {
  const [query, setQuery] = useState("");
  const regionName = new Map(file.regions.map((r) => [r.slug, r.name]));
  const byId = new Map(file.items.map((i) => [i.id, i]));
  const full = selected.length >= MAX_SELECTION;
  const hits = searchItems(file, query);

  const describe = (item: CompareItem) => `${regionName.get(item.region) ?? item.region} ${item.year} 年 · ${ITEM_KIND[item.kind]}${item.budget ? ` · ${item.budget} 万元` : ""}`;
  const choice = (item: CompareItem) => (
    <li key={item.id}>
      <button
        type="button"
        className="button"
        disabled={selected.includes(item.id) || full}
        onClick={() => onAdd(item.id)}
        aria-label={`加入 ${item.name}（${describe(item)}）`}
      >
        加入
      </button>{" "}
      {item.name} <span className="muted small">{describe(item)}</span>
    </li>
  );

  return (
    <div className="compare-picker">
      <h2 id="selection">已选（{selected.length}/{MAX_SELECTION}）</h2>
      {selected.length > 0 ? (
        <>
          <ol className="compare-selected">
            {selected.map((id) => {
              const item = byId.get(id)!;
              return (
                <li key={id}>
                  {item.name} <span className="muted small">{describe(item)}</span>{" "}
                  <button type="button" className="button" onClick={() => onRemove(id)} aria-label={`移除 ${item.name}`}>
                    移除
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="small">
            本比较的链接（可复制分享）：<a href={selectionPath(selected)}>{selectionPath(selected)}</a>
          </p>
        </>
      ) : (
        <p>尚未选择。可按名称搜索，或在下面按地区挑选。</p>
      )}

      <h2 id="pick">挑选比较项</h2>
      <label className="compare-search">
        按名称、预算单位或地区搜索{" "}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="例如：无线电" />
      </label>
      {query.trim() !== "" && (
        <>
          <p className="small" role="status">
            {hits.length} 项匹配{hits.length > SHOWN_HITS && `，先列出 ${SHOWN_HITS} 项`}
          </p>
          <ul className="compare-choices">{hits.slice(0, SHOWN_HITS).map(choice)}</ul>
        </>
      )}

      <h3>按地区挑选</h3>
      {itemsByRegion(file).map((region) => (
        <details key={region.slug}>
          <summary>
            {region.name}（{region.items.length} 项）
          </summary>
          <ul className="compare-choices">{region.items.map(choice)}</ul>
        </details>
      ))}
    </div>
  );
}
