/**
 * The result list: a page of results at a time (each result's text is a
 * separate Pagefind fragment to fetch), every field rendered as text.
 */
import { useEffect, useState } from "react";
import { PAGE, type Fragment, type PagefindResult } from "../../lib/search/engine.ts";
import { excerptParts } from "../../lib/search/excerpt.ts";
import { shownRaw } from "../../lib/site/format.ts";

export default function Results({ results }: { results: PagefindResult[] }) {
  const [shown, setShown] = useState(PAGE);
  const [fragments, setFragments] = useState<{ results: PagefindResult[]; list: Fragment[] } | null>(null);

  useEffect(() => setShown(PAGE), [results]);
  useEffect(() => {
    let current = true;
    void Promise.all(results.slice(0, shown).map((r) => r.data())).then((list) => current && setFragments({ results, list }));
    return () => {
      current = false;
    };
  }, [results, shown]);

  // Fragments of an earlier result list are not shown under a new one.
  const list = fragments?.results === results ? fragments.list : [];
  return (
    <section className="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="visually-hidden">
        结果
      </h2>
      <ol>
        {list.map((fragment) => (
          <Result key={fragment.url} fragment={fragment} />
        ))}
      </ol>
      {results.length > list.length && list.length >= shown && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          显示更多结果（还有 {results.length - list.length} 条）
        </button>
      )}
    </section>
  );
}

function Result({ fragment }: { fragment: Fragment }) {
  const { meta, filters } = fragment;
  const isIndicator = fragment.url.includes("#");
  const kind = filters["类型"]?.[0] ?? "";
  const place = [meta["地区"], meta["年度"] && `${meta["年度"]}年`, meta["预算"] && `预算 ${meta["预算"]}`].filter(Boolean).join(" · ");
  return (
    <li className="search-result">
      <p className="eyebrow">{isIndicator ? `绩效指标 · ${kind}` : kind}</p>
      <h3>
        <a href={fragment.url}>{meta["title"]}</a>
      </h3>
      {meta["指标值"] !== undefined && (
        <p className="search-target">
          指标值（原文）：<span className="raw">{shownRaw(meta["指标值"])}</span>
        </p>
      )}
      <p className="search-excerpt">
        {excerptParts(fragment.excerpt).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      </p>
      <p className="muted small">
        {meta["所属"] && <>出自：{meta["所属"]} · </>}
        {place}
      </p>
    </li>
  );
}
