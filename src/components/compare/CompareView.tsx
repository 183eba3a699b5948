/**
 * The compare view (an island on /compare/): pick two to four records or
 * budget units and see them side by side. The selection lives in the URL
 * (?p=<id>&p=<id>) so a comparison can be shared. On load it fetches the
 * picker's index of regions and the items the URL names, one small file each
 * (/compare/items/<id>.json); a region's list and any further item only when
 * asked for, so what a visit fetches does not grow with the corpus.
 * Everything is rendered as text.
 */
import { useEffect, useMemo, useState } from "react";
import { compareItemPath, PICKER_INDEX, selectionPath } from "../../lib/compare/paths.ts";
import type { PickerIndex } from "../../lib/compare/picker.ts";
import type { CompareEntry } from "../../lib/compare/records.ts";
import { MAX_SELECTION, parseSelection, requestedIds } from "../../lib/compare/selection.ts";
import { sideBySide } from "../../lib/compare/side-by-side.ts";
import ComparePicker from "./ComparePicker.tsx";
import CompareTable from "./CompareTable.tsx";
import { getJson } from "./get-json.ts";

type Load = { state: "waiting" } | { state: "failed"; message: string } | { state: "ready"; index: PickerIndex };

/** An item's file, or null where the site has none (an id in a shared URL that the data no longer has). */
const fetchEntry = (id: string): Promise<CompareEntry | null> => getJson<CompareEntry>(compareItemPath(id)).catch(() => null);

export default function CompareView() {
  // "waiting" is also what the build renders: the page around the island says what works without JavaScript.
  const [load, setLoad] = useState<Load>({ state: "waiting" });
  const [entries, setEntries] = useState<ReadonlyMap<string, CompareEntry>>(new Map());
  const [ids, setIds] = useState<string[]>([]);
  const [unknown, setUnknown] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const requested = requestedIds(window.location.search);
    Promise.all([getJson<PickerIndex>(PICKER_INDEX), Promise.all(requested.map(fetchEntry))])
      .then(([index, found]) => {
        if (!live) return;
        const loaded = new Map(found.flatMap((e) => (e ? [[e.id, e] as const] : [])));
        const selection = parseSelection(window.location.search, new Set(loaded.keys()));
        setEntries(loaded);
        setIds(selection.ids);
        setUnknown(selection.unknown);
        setLoad({ state: "ready", index });
      })
      .catch((error: unknown) => live && setLoad({ state: "failed", message: String(error) }));
    return () => {
      live = false;
    };
  }, []);

  // The URL follows the selection (replaced, not pushed: picking is not navigation).
  useEffect(() => {
    if (load.state !== "ready") return;
    const path = selectionPath(ids);
    if (`${window.location.pathname}${window.location.search}` !== path) window.history.replaceState(null, "", path);
  }, [ids, load.state]);

  const chosen = useMemo(() => ids.flatMap((id) => entries.get(id) ?? []), [ids, entries]);
  const table = useMemo(() => sideBySide(chosen), [chosen]);

  if (load.state === "waiting") return <p className="muted">正在载入可比较的项目……</p>;
  if (load.state === "failed") return <p role="alert">未能载入比较数据（{load.message}）。下方的专题比较不受影响。</p>;

  const select = (id: string) => setIds((current) => (current.includes(id) || current.length >= MAX_SELECTION ? current : [...current, id]));
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

  return (
    <div className="compare-view">
      {unknown.length > 0 && <p role="status">链接中的这些编号在数据中找不到，已略去：{unknown.join("、")}</p>}
      {problem && <p role="alert">{problem}</p>}
      <ComparePicker index={load.index} selected={chosen} onAdd={add} onRemove={remove} />
      {table.columns.length >= 2 ? (
        <CompareTable table={table} />
      ) : (
        <p className="placeholder">选择至少两项（最多 {MAX_SELECTION} 项）即可并列比较。</p>
      )}
    </div>
  );
}
