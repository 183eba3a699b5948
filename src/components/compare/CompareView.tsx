/**
 * The compare view (an island on /compare/): pick two to four records or
 * budget units and see them side by side. The selection lives in the URL
 * (?p=<id>&p=<id>) so a comparison can be shared; the data comes from
 * /compare/records.json, not from props. Everything is rendered as text.
 */
import { useEffect, useMemo, useState } from "react";
import type { CompareRecords } from "../../lib/compare/records.ts";
import { selectionPath } from "../../lib/compare/paths.ts";
import { MAX_SELECTION, parseSelection } from "../../lib/compare/selection.ts";
import { sideBySide } from "../../lib/compare/side-by-side.ts";
import ComparePicker from "./ComparePicker.tsx";
import CompareTable from "./CompareTable.tsx";

type Props = { recordsUrl: string };

type Load = { state: "waiting" } | { state: "failed"; message: string } | { state: "ready"; file: CompareRecords };

export default function CompareView({ recordsUrl }: Props) {
  // "waiting" is also what the build renders: the page around the island says what works without JavaScript.
  const [load, setLoad] = useState<Load>({ state: "waiting" });
  const [ids, setIds] = useState<string[]>([]);
  const [unknown, setUnknown] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    fetch(recordsUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<CompareRecords>;
      })
      .then((file) => {
        if (!live) return;
        const selection = parseSelection(window.location.search, new Set(file.items.map((i) => i.id)));
        setIds(selection.ids);
        setUnknown(selection.unknown);
        setLoad({ state: "ready", file });
      })
      .catch((error: unknown) => live && setLoad({ state: "failed", message: String(error) }));
    return () => {
      live = false;
    };
  }, [recordsUrl]);

  // The URL follows the selection (replaced, not pushed: picking is not navigation).
  useEffect(() => {
    if (load.state !== "ready") return;
    const path = selectionPath(ids);
    if (`${window.location.pathname}${window.location.search}` !== path) window.history.replaceState(null, "", path);
  }, [ids, load.state]);

  const table = useMemo(() => (load.state === "ready" ? sideBySide(load.file, ids) : null), [load, ids]);

  if (load.state === "waiting") return <p className="muted">正在载入可比较的项目……</p>;
  if (load.state === "failed") return <p role="alert">未能载入比较数据（{load.message}）。下方的专题比较不受影响。</p>;

  const add = (id: string) => setIds((current) => (current.includes(id) || current.length >= MAX_SELECTION ? current : [...current, id]));
  const remove = (id: string) => setIds((current) => current.filter((x) => x !== id));

  return (
    <div className="compare-view">
      {unknown.length > 0 && <p role="status">链接中的这些编号在数据中找不到，已略去：{unknown.join("、")}</p>}
      <ComparePicker file={load.file} selected={ids} onAdd={add} onRemove={remove} />
      {table && table.columns.length >= 2 ? (
        <CompareTable table={table} file={load.file} />
      ) : (
        <p className="placeholder">选择至少两项（最多 {MAX_SELECTION} 项）即可并列比较。</p>
      )}
    </div>
  );
}
