/**
 * The search page's island: the URL is the state (?q=…&地区=…), Pagefind is
 * loaded as the page opens, and the search itself is src/lib/search/engine.ts.
 */
import { useEffect, useState, type ReactNode, type SubmitEvent } from "react";
import { runSearch, type Outcome, type Pagefind } from "../../lib/search/engine.ts";
import type { FilterKey } from "../../lib/search/filters.ts";
import { readState, toggle, writeState, type SearchState } from "../../lib/search/state.ts";
import { SEARCH } from "../../lib/site/paths.ts";
import Filters from "./_Filters.tsx";
import Results from "./_Results.tsx";
import "./_search.css";

/** Written by scripts/search-index.ts; a variable, so the bundler leaves the import to the browser. */
const PAGEFIND_URL = "/pagefind/pagefind.js";
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
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ state: SearchState; outcome: Outcome } | null>(null);

  useEffect(() => {
    const read = () => {
      const next = readState(location.search);
      setState(next);
      setInput(next.q);
    };
    read();
    addEventListener("popstate", read);
    loadPagefind().then(setPagefind, (error: unknown) => setFailure(String(error)));
    return () => removeEventListener("popstate", read);
  }, []);

  useEffect(() => {
    if (!state) return;
    document.title = `${state.q ? `搜索：${state.q}` : "搜索"} · 绩效目标开放数据`;
    if (!pagefind || state.q === "") return;
    let current = true;
    runSearch(pagefind, state).then(
      (found) => current && setOutcome({ state, outcome: found }),
      (error: unknown) => current && setFailure(String(error)),
    );
    return () => {
      current = false;
    };
  }, [pagefind, state]);

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
      <Status state={state} pagefindReady={pagefind !== null} failure={failure} shown={outcome} />
      {/* The last results stay while the next search runs; none under an empty query. */}
      {state?.q && outcome && outcome.outcome.terms.length > 0 && (
        <div className="search-layout">
          <Filters facets={outcome.outcome.facets} onToggle={onToggle} onClear={onClear} />
          <Results results={outcome.outcome.results} />
        </div>
      )}
    </div>
  );
}

type StatusProps = {
  state: SearchState | null;
  pagefindReady: boolean;
  failure: string | null;
  shown: { state: SearchState; outcome: Outcome } | null;
};

/** One live line that says what the page is doing or found. */
function Status(props: StatusProps) {
  return (
    <p className="search-status" role="status">
      {statusMessage(props)}
    </p>
  );
}

function statusMessage({ state, pagefindReady, failure, shown }: StatusProps): ReactNode {
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
  if (!pagefindReady || shown?.state !== state) return "正在搜索…";
  const { terms, results, unfiltered } = shown.outcome;
  if (terms.length === 0) return "请输入汉字、字母或数字。";
  if (results.length > 0)
    return results.length === unfiltered ? `找到 ${unfiltered} 条结果。` : `筛选后 ${results.length} 条结果（共 ${unfiltered} 条）。`;
  if (unfiltered > 0) return `筛选后没有结果；去掉筛选条件可看到全部 ${unfiltered} 条。`;
  return `没有找到包含“${state.q}”的内容。请检查用字，或减少关键词。`;
}
