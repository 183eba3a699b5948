/**
 * The result list: a page of results at a time (each result's record is a
 * small file of the index, or in the page of an n-gram file), shown in order as the
 * records come in, every field rendered as text. An indicator shows
 * its value as the record states it (operator and unit included where they
 * were printed in cells of their own), then the reading; record, region and
 * year on one line.
 */
import { useEffect, useState } from "react";
import { loadRecords, PAGE, recordsRead, type SearchIndex } from "../../lib/search/client.ts";
import { excerptParts } from "../../lib/search/excerpt.ts";
import type { RecordFile } from "../../lib/search/index-files.ts";
import { shownRaw } from "../../lib/site/format.ts";

type Props = { index: SearchIndex; ids: readonly number[] | null; words: readonly (readonly string[])[] };

export default function Results({ index, ids, words }: Props) {
  const [shown, setShown] = useState(PAGE);
  // Counts the records come in: each re-renders the list (updates of one task render once).
  const [, setArrived] = useState(0);
  const [failed, setFailed] = useState<readonly number[] | null>(null);

  // The records of this list read so far, in order; nothing of an earlier list.
  const list = ids ? recordsRead(index, ids.slice(0, shown)) : [];
  const drawn = list.length;

  useEffect(() => setShown(PAGE), [ids]);
  useEffect(() => {
    if (!ids) return;
    let current = true;
    // The records this render drew need no other; each of the rest re-renders the list when it comes.
    loadRecords(index, words, ids.slice(0, shown)).forEach((record, i) => {
      if (i >= drawn)
        record.then(
          () => current && setArrived((n) => n + 1),
          () => current && setFailed(ids),
        );
    });
    return () => {
      current = false;
    };
  }, [index, ids, shown, words]);

  // The list the page's script showed before React was up (_start.ts) gives way to this one.
  useEffect(() => {
    if (list.length > 0) document.getElementById("search-early")?.replaceChildren();
  }, [list.length]);
  const total = ids?.length ?? 0;
  return (
    <section className="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" className="visually-hidden" tabIndex={-1}>
        结果
      </h2>
      <ol>
        {list.map((record) => (
          <Result key={record.url} record={record} words={words} />
        ))}
      </ol>
      {failed === ids && list.length < Math.min(shown, total) && (
        <p role="alert">结果未能全部载入（第 {list.length + 1} 条起）。请检查网络后刷新页面。</p>
      )}
      {total > list.length && list.length >= shown && (
        <button type="button" className="button" onClick={() => setShown(shown + PAGE)}>
          显示更多结果（还有 {total - list.length} 条）
        </button>
      )}
    </section>
  );
}

function Result({ record, words }: { record: RecordFile; words: Props["words"] }) {
  const isIndicator = record.url.includes("#");
  const where = [record.parent, record.region, `${record.year}年`, record.budget && `预算 ${record.budget}`]
    .filter(Boolean)
    .join(" · ");
  return (
    <li className="search-result">
      <p className="eyebrow">{isIndicator ? `绩效指标 · ${record.kind}` : record.kind}</p>
      <h3>
        <a href={record.url}>{record.title}</a>
      </h3>
      {record.stated !== undefined && (
        <p className="search-target">
          指标值（原文）：<span className="raw">{shownRaw(record.stated)}</span>
          {record.reading && (
            <span className="search-reading">
              {"\u3000"}读作：{record.reading}
            </span>
          )}
        </p>
      )}
      <p className="search-where muted small">{where}</p>
      <p className="search-excerpt">
        {excerptParts(record.content, words).map((part, i) =>
          part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
        )}
      </p>
    </li>
  );
}
