/**
 * Choosing what to compare: the current selection with its share link, then a
 * region (its items are fetched once, when it is first chosen) and a filter by name
 * within it. Filtering runs on the loaded list: typing makes no request. After 加入
 * the focus returns to the filter field, and a status line says what was added.
 */
import { useDeferredValue, useEffect, useId, useRef, useState } from "react";
import { ITEM_KIND, searchItems, type PickerIndex, type PickerRegion } from "../../lib/compare/picker.ts";
import type { CompareItem } from "../../lib/compare/records.ts";
import { MAX_SELECTION } from "../../lib/compare/selection.ts";

type Props = {
  index: PickerIndex;
  selected: CompareItem[];
  onAdd: (id: string) => void;
  onRemove: (id: string) => void;
  /** A region's list, fetched once per region (shared with the view's check of the URL). */
  loadRegion: (slug: string) => Promise<PickerRegion>;
  /** The absolute address of this comparison. */
  shareUrl: string;
};

type RegionLoad =
  | { state: "none" }
  | { state: "waiting"; slug: string }
  | { state: "failed"; slug: string; message: string }
  | { state: "ready"; region: PickerRegion };

/** Most items listed at once; a filter narrows them. */
const SHOWN_ITEMS = 30;

export default function ComparePicker({ index, selected, onAdd, onRemove, loadRegion, shareUrl }: Props) {
  const id = useId();
  const [slug, setSlug] = useState("");
  const [query, setQuery] = useState("");
  const filter = useDeferredValue(query);
  const [region, setRegion] = useState<RegionLoad>({ state: "none" });
  const [said, setSaid] = useState("");
  const [copied, setCopied] = useState("");
  const queryField = useRef<HTMLInputElement>(null);
  const shareField = useRef<HTMLInputElement>(null);
  const regionName = new Map(index.regions.map((r) => [r.slug, r.name]));
  const full = selected.length >= MAX_SELECTION;

  useEffect(() => {
    if (slug === "") return setRegion({ state: "none" });
    let live = true;
    setRegion({ state: "waiting", slug });
    loadRegion(slug)
      .then((loaded) => live && setRegion({ state: "ready", region: loaded }))
      .catch((error: unknown) => live && setRegion({ state: "failed", slug, message: String(error) }));
    return () => {
      live = false;
    };
  }, [slug, loadRegion]);

  const add = (item: CompareItem) => {
    onAdd(item.id);
    setSaid(`已加入：${item.name}（已选 ${Math.min(selected.length + 1, MAX_SELECTION)}/${MAX_SELECTION}）`);
    // The button just pressed is disabled now; keep the focus in the picker, not on <body>.
    queryField.current?.focus();
  };
  const remove = (item: CompareItem) => {
    onRemove(item.id);
    setSaid(`已移除：${item.name}`);
    queryField.current?.focus();
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied("链接已复制。");
    } catch {
      // No clipboard permission: select the text so a copy shortcut takes it.
      shareField.current?.focus();
      shareField.current?.select();
      setCopied("已选中链接，请按 Ctrl+C（⌘C）复制。");
    }
  };

  const describe = (item: CompareItem) =>
    `${regionName.get(item.region) ?? item.region} ${item.year} 年 · ${ITEM_KIND[item.kind]}${item.budget ? ` · ${item.budget} 万元` : ""}`;
  const choice = (item: CompareItem) => (
    <li key={item.id}>
      <button
        type="button"
        className="button"
        disabled={selected.some((s) => s.id === item.id) || full}
        onClick={() => add(item)}
        aria-label={`加入 ${item.name}（${describe(item)}）`}
      >
        加入
      </button>{" "}
      {item.name} <span className="muted small">{describe(item)}</span>
    </li>
  );
  const hits = region.state === "ready" ? searchItems(region.region.items, filter) : [];

  return (
    <div className="compare-picker">
      <h2 id="selection">
        已选（{selected.length}/{MAX_SELECTION}）
      </h2>
      {selected.length > 0 ? (
        <>
          <ol className="compare-selected">
            {selected.map((item) => (
              <li key={item.id}>
                {item.name} <span className="muted small">{describe(item)}</span>{" "}
                <button type="button" className="button" onClick={() => remove(item)} aria-label={`移除 ${item.name}`}>
                  移除
                </button>
              </li>
            ))}
          </ol>
          <div className="compare-share small">
            <label htmlFor={`${id}-share`}>本比较的链接</label>
            <input id={`${id}-share`} ref={shareField} type="text" readOnly value={shareUrl} />
            <button type="button" className="button" onClick={() => void copy()}>
              复制链接
            </button>
            <span role="status">{copied}</span>
          </div>
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
        <input
          id={`${id}-query`}
          ref={queryField}
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="例如：无线电"
        />
      </div>
      <p className="small" role="status">
        {said}
      </p>
      {region.state === "none" && <p className="small">选择地区后列出该地区的项目和预算单位。</p>}
      {region.state === "waiting" && <p className="muted small">正在载入{regionName.get(region.slug)}的项目……</p>}
      {region.state === "failed" && (
        <p role="alert">
          未能载入{regionName.get(region.slug)}的项目（{region.message}）。
        </p>
      )}
      {region.state === "ready" && (
        <>
          <p className="small">
            {region.region.name}共 {region.region.items.length} 项{filter.trim() !== "" && `，${hits.length} 项匹配`}
            {hits.length > SHOWN_ITEMS && `，先列出 ${SHOWN_ITEMS} 项，输入名称可缩小范围`}
          </p>
          <ul className="compare-choices">{hits.slice(0, SHOWN_ITEMS).map(choice)}</ul>
        </>
      )}
    </div>
  );
}
