/**
 * The compare view (an island on /compare/): pick two to twelve records or
 * budget units and see them side by side. The selection lives in the URL
 * (?p=<id>&p=<id>) so a comparison can be shared. On load it fetches the
 * picker's index of regions; the ids the URL names (at most MAX_URL_IDS of them)
 * are placed in a region by the index's id prefixes (its document ids), checked against that region's list
 * (one file per region named, the same file the picker shows), and only ids
 * found there are fetched (/compare/items/<id>.json). An unknown id costs no
 * request of its own, so what a visit fetches does not grow with the URL or the corpus.
 * Everything is rendered as text.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { compareItemPath, PICKER_INDEX, pickerRegionPath, selectionPath } from "../../lib/compare/paths.ts";
import type { PickerIndex, PickerRegion } from "../../lib/compare/picker.ts";
import type { CompareEntry } from "../../lib/compare/records.ts";
import { MAX_SELECTION, parseSelection, regionOfId, requestedIds } from "../../lib/compare/selection.ts";
import { sideBySide } from "../../lib/compare/side-by-side.ts";
import ComparePicker from "./ComparePicker.tsx";
import CompareTable from "./CompareTable.tsx";
import { getJson } from "./get-json.ts";

type Props = {
  /** The deployed origin (SITE_URL) when the build knew it; else the share link uses the browser's location. */
  siteUrl?: string | undefined;
};

type Load =
  | { state: "idle" }
  | { state: "waiting" }
  | { state: "failed"; message: string }
  | { state: "ready"; index: PickerIndex };

/** An item's file, or null where the site has none. */
const fetchEntry = (id: string): Promise<CompareEntry | null> =>
  getJson<CompareEntry>(compareItemPath(id)).catch(() => null);

export default function CompareView({ siteUrl }: Props) {
  // "idle" is also what the build renders (nothing): without JavaScript the page's
  // ready-made comparisons are what it offers, not a loading message that never ends.
  const [load, setLoad] = useState<Load>({ state: "idle" });
  const [entries, setEntries] = useState<ReadonlyMap<string, CompareEntry>>(new Map());
  const [ids, setIds] = useState<string[]>([]);
  const [unknown, setUnknown] = useState<string[]>([]);
  const [dropped, setDropped] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  // One request per region list, shared by the URL check and the picker.
  const regions = useRef(new Map<string, Promise<PickerRegion>>());
  const loadRegion = useCallback((slug: string): Promise<PickerRegion> => {
    let loading = regions.current.get(slug);
    if (!loading) {
      loading = getJson<PickerRegion>(pickerRegionPath(slug));
      loading.catch(() => regions.current.delete(slug));
      regions.current.set(slug, loading);
    }
    return loading;
  }, []);

  useEffect(() => {
    let live = true;
    setLoad({ state: "waiting" });
    const search = window.location.search;
    (async () => {
      const index = await getJson<PickerIndex>(PICKER_INDEX);
      const requested = requestedIds(search);
      const named = [...new Set(requested.flatMap((id) => regionOfId(id, index.regions) ?? []))];
      const lists = await Promise.all(named.map((slug) => loadRegion(slug).catch(() => null)));
      const listed = new Set(lists.flatMap((list) => list?.items.map((i) => i.id) ?? []));
      const wanted = requested.filter((id) => listed.has(id)).slice(0, MAX_SELECTION);
      const found = await Promise.all(wanted.map(fetchEntry));
      return { index, found };
    })()
      .then(({ index, found }) => {
        if (!live) return;
        const loaded = new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : [])));
        const selection = parseSelection(search, new Set(loaded.keys()));
        setEntries(loaded);
        setIds(selection.ids);
        setUnknown(selection.unknown);
        setDropped(selection.dropped);
        setLoad({ state: "ready", index });
      })
      .catch((error: unknown) => live && setLoad({ state: "failed", message: String(error) }));
    return () => {
      live = false;
    };
  }, [loadRegion]);

  // The URL follows the selection (replaced, not pushed: picking is not navigation).
  useEffect(() => {
    if (load.state !== "ready") return;
    const path = selectionPath(ids);
    if (`${window.location.pathname}${window.location.search}` !== path) window.history.replaceState(null, "", path);
  }, [ids, load.state]);

  const chosen = useMemo(() => ids.flatMap((id) => entries.get(id) ?? []), [ids, entries]);
  const table = useMemo(() => sideBySide(chosen), [chosen]);

  if (load.state === "idle") return null;
  if (load.state === "waiting") return <p className="muted">正在载入可比较的项目……</p>;
  if (load.state === "failed") return <p role="alert">未能载入比较数据（{load.message}）。下方的专题比较不受影响。</p>;

  const select = (id: string) =>
    setIds((current) => (current.includes(id) || current.length >= MAX_SELECTION ? current : [...current, id]));
  const add = (id: string) => {
    setProblem(null);
    if (entries.has(id)) return select(id);
    void fetchEntry(id).then((entry) => {
      if (!entry) return setProblem(`未能载入编号为 ${id} 的比较项，请稍后再试。`);
      setEntries((current) => new Map(current).set(id, entry));
      select(id);
    });
  };
  const remove = (id: string) => setIds((current) => current.filter((x) => x !== id));
  const origin = siteUrl ?? window.location.origin;

  return (
    <div className="compare-view">
      {(unknown.length > 0 || dropped > 0) && (
        <p role="status">
          {unknown.length > 0 && `链接中的这些编号在数据中找不到，已略去：${unknown.join("、")}`}
          {dropped > 0 && `${unknown.length > 0 ? "；" : ""}链接中另有 ${dropped} 个编号超出上限，未读取`}
        </p>
      )}
      {problem && <p role="alert">{problem}</p>}
      <ComparePicker
        index={load.index}
        selected={chosen}
        onAdd={add}
        onRemove={remove}
        loadRegion={loadRegion}
        shareUrl={`${origin}${selectionPath(ids)}`}
      />
      {table.columns.length >= 2 ? (
        <CompareTable table={table} />
      ) : (
        <p className="placeholder">选择至少两项（最多 {MAX_SELECTION} 项）即可并列比较。</p>
      )}
    </div>
  );
}
