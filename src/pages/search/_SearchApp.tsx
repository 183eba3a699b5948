/**
 * The search page's island: the URL is the state (?q=…&地区=…&sort=…), and the
 * search is src/lib/search/client.ts over the static index, started by the
 * page's module script before React loads (session.ts). Results show as soon
 * as the query's posting lists are in; filter counts need the facet table too,
 * and the panel says so until it is there. An empty query with filters lists
 * every record they match.
 */
import { useDeferredValue, useEffect, useMemo, useState, type ReactNode, type SubmitEvent } from "react";
import { flushSync } from "react-dom";
import {
  counts,
  hasSelection,
  listed,
  SORT_LABEL,
  SORTS,
  sortIds,
  type Found,
  type Sort,
  type Table,
} from "../../lib/search/client.ts";
import type { FilterKey } from "../../lib/search/filters.ts";
import type { ValuesFile } from "../../lib/search/index-files.ts";
import { MAX_QUERY_CHARS } from "../../lib/search/ngram.ts";
import { session } from "../../lib/search/session.ts";
import { readState, toggle, writeState, type SearchState } from "../../lib/search/state.ts";
import { SEARCH } from "../../lib/site/paths.ts";
import Filters from "./_Filters.tsx";
import Results from "./_Results.tsx";
import "./_search.css";

/** One empty list, so the result list's effect does not run again at every render while browsing. */
const NO_WORDS: string[][] = [];

const EXAMPLES = ["无线电", "满意度", "黑广播", "资金使用合规性", "5G", "radio"];

export default function SearchApp() {
  // null until the URL has been read: the server-rendered HTML cannot know it.
  const [state, setState] = useState<SearchState | null>(null);
  const [input, setInput] = useState("");
  const [table, setTable] = useState<Table | null>(null);
  const [values, setValues] = useState<ValuesFile | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [found, setFound] = useState<{ q: string; found: Found } | null>(null);

  useEffect(() => {
    const read = () => {
      const next = readState(location.search);
      setState(next);
      setInput(next.q);
    };
    read();
    addEventListener("popstate", read);
    session()
      .table()
      .then(setTable, (error: unknown) => setFailure(String(error)));
    return () => removeEventListener("popstate", read);
  }, []);

  useEffect(() => {
    if (state) document.title = `${state.q ? `搜索：${state.q}` : "搜索"} · 绩效目标开放数据`;
  }, [state]);

  // Only a new query searches again: filters and sorting are worked out from what it found.
  const q = state?.q ?? "";
  useEffect(() => {
    if (q === "") return;
    let live = true;
    session()
      .find(q)
      // Rendered in this task, not after whatever tasks are queued by then: the answer is what the reader waits for.
      .then((answer) => live && flushSync(() => setFound({ q, found: answer })))
      .catch((error: unknown) => live && setFailure(String(error)));
    return () => {
      live = false;
    };
  }, [q]);

  const sort: Sort = state?.sort ?? "relevance";
  useEffect(() => {
    if (sort === "value" && !values)
      session()
        .values()
        .then(setValues, (error: unknown) => setFailure(String(error)));
  }, [sort, values]);

  // Nothing from an earlier query is shown under this one, so no count is ever stale.
  const shown = q !== "" && found?.q === q ? found.found : null;
  const selection = state?.selection;
  const browsing = q === "" && !!selection && hasSelection(selection);
  const active = shown !== null || browsing;
  // Counts are over what the query found, or over every record for an empty query (browsing by filters).
  const all = useMemo(
    () => (shown ? shown.ids : q === "" && table ? Array.from({ length: table.records }, (_, i) => i) : null),
    [shown, q, table],
  );
  const ids = useMemo(
    () => (active && selection ? listed(shown, selection, table) : null),
    [active, shown, selection, table],
  );
  const ordered = useMemo(() => (ids ? sortIds(ids, sort, table, values) : null), [ids, sort, table, values]);
  const facets = useMemo(() => (selection ? counts(all, selection, table) : null), [all, selection, table]);
  // The panel shows the current counts or none, never a lagging value (it could be another query's). A new
  // query's counts come after a render without any (nothing found yet) and are deferred, so its results are on
  // screen first while the panel says it is counting; counts replacing counts (a filter toggled, the same query)
  // show at once, so the check box just toggled stays on the page with the keyboard focus on it.
  const deferredFacets = useDeferredValue(facets);
  const shownFacets = deferredFacets === null ? null : facets;

  const navigate = (next: SearchState) => {
    // The query's files leave now, not after React has rendered the new state (the effect below finds them started).
    if (next.q !== "")
      void session()
        .find(next.q)
        .catch(() => undefined);
    history.pushState(null, "", `${location.pathname}${writeState(next)}`);
    setState(next);
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate({ ...(state ?? { selection: {} }), q: input.trim() });
  };
  const onToggle = (key: FilterKey, value: string) => {
    if (state) navigate({ ...state, selection: toggle(state.selection, key, value) });
  };
  const onClear = () => {
    if (state) navigate({ ...state, selection: {} });
  };
  const onSort = (next: Sort) => {
    if (state) navigate({ ...state, sort: next });
  };

  return (
    <div className="search-app">
      <form className="search-form search-page-form" role="search" action={SEARCH} method="get" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="search-q">
          搜索绩效目标
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          value={input}
          maxLength={MAX_QUERY_CHARS * 2}
          onChange={(e) => setInput(e.target.value)}
          placeholder="项目、指标、单位、编码…"
        />
        <button type="submit">搜索</button>
      </form>
      <p className="muted small">
        多个词用空格分开，结果须包含每一个词；按原文逐字精确匹配。也可以只选筛选条件浏览。
        {/* Only beside a result list: the page as built has none, and a link must not point nowhere. */}
        {(active || (table && state)) && (
          <a className="search-skip" href="#search-results-title">
            跳到结果
          </a>
        )}
      </p>
      <Status
        state={state}
        failure={failure}
        found={shown}
        browsing={browsing}
        ids={ordered}
        total={all?.length ?? null}
      />
      {(active || (table && state)) && (
        <div className="search-layout">
          <Filters facets={shownFacets} onToggle={onToggle} onClear={onClear} />
          <div>
            {active && (
              <p className="search-sort">
                <label htmlFor="search-sort">排序：</label>
                <select id="search-sort" value={sort} onChange={(e) => onSort(e.target.value as Sort)}>
                  {SORTS.map((s) => (
                    <option key={s} value={s}>
                      {SORT_LABEL[s]}
                    </option>
                  ))}
                </select>
              </p>
            )}
            <Results index={session().index} ids={active ? ordered : []} words={shown?.words ?? NO_WORDS} />
          </div>
        </div>
      )}
    </div>
  );
}

type StatusProps = {
  state: SearchState | null;
  failure: string | null;
  /** What the current query found; null while it is being searched (or when browsing). */
  found: Found | null;
  browsing: boolean;
  /** The listed results in order; null while they wait for the facet table or values. */
  ids: number[] | null;
  /** Everything the query found (or every record, browsing). */
  total: number | null;
};

/** One live line that says what the page is doing or found. */
function Status(props: StatusProps) {
  return (
    <p className="search-status" role="status">
      {statusMessage(props)}
    </p>
  );
}

function statusMessage({ state, failure, found, browsing, ids, total }: StatusProps): ReactNode {
  if (failure) return `搜索索引未能加载（${failure}）。`;
  if (!state) return "正在载入…";
  if (state.q === "" && !browsing)
    return (
      <>
        输入项目名称、指标名称、预算单位或项目编码开始搜索，例如：
        {EXAMPLES.map((example, i) => (
          <span key={example}>
            {i > 0 && "、"}
            <a href={`${SEARCH}?q=${encodeURIComponent(example)}`}>{example}</a>
          </span>
        ))}
        ；或在下方只选筛选条件浏览。
      </>
    );
  if (!browsing && !found) return "正在搜索…";
  if (found && found.words.length === 0) return "请输入要查找的文字。";
  if (!ids || total === null) return "正在筛选…";
  if (browsing) return `按筛选条件列出 ${ids.length} 条结果。`;
  if (ids.length > 0)
    return ids.length === total ? `找到 ${total} 条结果。` : `筛选后 ${ids.length} 条结果（共 ${total} 条）。`;
  if (total > 0) return `筛选后没有结果；去掉筛选条件可看到全部 ${total} 条。`;
  return `没有找到包含“${state.q}”的内容。请检查用字，或减少关键词。`;
}
