/**
 * The search page's island: the URL is the state (?q=…&地区=…), Pagefind and
 * the facet table are loaded as the page opens, and the search itself is
 * src/lib/search/engine.ts. Results show as soon as Pagefind has answered;
 * filter counts need the table too, and the panel says so until it is there.
 */
import { useEffect, useMemo, useState, type ReactNode, type SubmitEvent } from "react";
import { countFacets, searching, selectResults, type Found, type Pagefind, type PagefindResult } from "../../lib/search/engine.ts";
import type { FilterKey } from "../../lib/search/filters.ts";
import { readState, toggle, writeState, type SearchState } from "../../lib/search/state.ts";
import { fetchTable, type FacetTable } from "../../lib/search/table.ts";
import { SEARCH } from "../../lib/site/paths.ts";
import Filters from "./_Filters.tsx";
import Results from "./_Results.tsx";
import "./_search.css";

/** Written by scripts/search-index.ts, with the facet table; a variable, so the bundler leaves the import to the browser. */
const PAGEFIND = "/pagefind/";
const PAGEFIND_URL = `${PAGEFIND}pagefind.js`;
const EXAMPLES = ["无线电", "满意度", "黑广播", "资金使用合规性", "5G"];

async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind & {
    options: (options: Record<string, unknown>) => Promise<void>;
  };
  // Counted in Han characters, each a word here: 60 gives a sentence or two of context.
  await pagefind.options({ excerptLength: 60 });
  return pagefind;
}

export default function SearchApp() {
  // null until the URL has been read: the server-rendered HTML cannot know it.
  const [state, setState] = useState<SearchState | null>(null);
  const [input, setInput] = useState("");
  const [pagefind, setPagefind] = useState<Pagefind | null>(null);
  const [table, setTable] = useState<FacetTable | null>(null);
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
    const fail = (error: unknown) => setFailure(String(error));
    loadPagefind().then(setPagefind, fail);
    fetchTable(PAGEFIND).then(setTable, fail);
    return () => removeEventListener("popstate", read);
  }, []);

  useEffect(() => {
    if (state) document.title = `${state.q ? `搜索：${state.q}` : "搜索"} · 绩效目标开放数据`;
  }, [state]);

  // Only a new query searches again: filters are worked out from what it found.
  const q = state?.q ?? "";
  useEffect(() => {
    if (!pagefind || q === "") return;
    let current = true;
    (async () => {
      // Leaving the loop stops the search: a query typed since needs none of the rest.
      for await (const answer of searching(pagefind, q)) {
        if (!current) break;
        setFound({ q, found: answer });
      }
    })().catch((error: unknown) => current && setFailure(String(error)));
    return () => {
      current = false;
    };
  }, [pagefind, q]);

  // Nothing from an earlier query is shown under this one, so no count is ever stale.
  const shown = q !== "" && found?.q === q ? found.found : null;
  const selection = state?.selection;
  const results = useMemo(() => (shown && selection ? selectResults(shown, selection, table) : null), [shown, selection, table]);
  const facets = useMemo(() => (shown && selection && table ? countFacets(shown, selection, table) : null), [shown, selection, table]);

  const navigate = (next: SearchState) => {
    history.pushState(null, "", `${location.pathname}${writeState(next)}`);
    setState(next);
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    navigate({ q: input.trim(), selection: state?.selection ?? {} });
  };
  const onToggle = (key: FilterKey, value: string) => {
    if (state) navigate({ ...state, selection: toggle(state.selection, key, value) });
  };
  const onClear = () => {
    if (state) navigate({ ...state, selection: {} });
  };

  return (
    <div className="search-app">
      <form className="search-form search-page-form" role="search" action={SEARCH} method="get" onSubmit={submit}>
        <label className="visually-hidden" htmlFor="search-q">
          搜索绩效目标
        </label>
        <input id="search-q" type="search" name="q" value={input} onChange={(e) => setInput(e.target.value)} placeholder="项目、指标、单位、编码…" />
        <button type="submit">搜索</button>
      </form>
      <p className="muted small">多个词用空格分开，结果须包含每一个词；中文按原文逐字精确匹配。</p>
      <Status state={state} failure={failure} found={shown} results={results} />
      {shown && shown.terms.length > 0 && (
        <div className="search-layout">
          <Filters facets={facets} onToggle={onToggle} onClear={onClear} />
          {results && <Results results={results} />}
        </div>
      )}
    </div>
  );
}

type StatusProps = {
  state: SearchState | null;
  failure: string | null;
  /** What the current query found so far; null while it is being searched. */
  found: Found | null;
  /** Those results under the selection; null while the selection waits for the facet table. */
  results: PagefindResult[] | null;
};

/** One live line that says what the page is doing or found. */
function Status(props: StatusProps) {
  return (
    <p className="search-status" role="status">
      {statusMessage(props)}
    </p>
  );
}

function statusMessage({ state, failure, found, results }: StatusProps): ReactNode {
  if (failure) return `搜索索引未能加载（${failure}）。`;
  if (!state) return "正在载入…";
  if (state.q === "")
    return (
      <>
        输入项目名称、指标名称、预算单位或项目编码开始搜索，例如：
        {EXAMPLES.map((example, i) => (
          <span key={example}>
            {i > 0 && "、"}
            <a href={`${SEARCH}?q=${encodeURIComponent(example)}`}>{example}</a>
          </span>
        ))}
        。
      </>
    );
  if (!found) return "正在搜索…";
  if (found.terms.length === 0) return "请输入汉字、字母或数字。";
  if (!results) return "正在筛选…";
  if (!found.complete) return `先显示排在前面的 ${results.length} 条；其余候选仍在逐条核对原文，总数和筛选数目随后给出。`;
  const total = found.results.length;
  if (results.length > 0) return results.length === total ? `找到 ${total} 条结果。` : `筛选后 ${results.length} 条结果（共 ${total} 条）。`;
  if (total > 0) return `筛选后没有结果；去掉筛选条件可看到全部 ${total} 条。`;
  return `没有找到包含“${state.q}”的内容。请检查用字，或减少关键词。`;
}
