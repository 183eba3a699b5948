/**
 * The filter panel: one group of check boxes per filter, each value with its
 * result count. Folded on a phone, so the results are not pushed below it.
 * Until the counts are known (facets null) it says so rather than show any.
 */
import { useState } from "react";
import type { Facets } from "../../lib/search/facets.ts";
import { FILTERS, type FilterKey } from "../../lib/search/filters.ts";

type Props = { facets: Facets | null; onToggle: (key: FilterKey, value: string) => void; onClear: () => void };

const PHONE = "(max-width: 40rem)";

export default function Filters({ facets, onToggle, onClear }: Props) {
  // Read once: a reader who opens or folds the panel keeps it that way.
  const [open] = useState(() => !matchMedia(PHONE).matches);
  const selected = facets ? FILTERS.reduce((n, key) => n + facets[key].filter((v) => v.selected).length, 0) : 0;
  return (
    <details className="search-filters" open={open}>
      <summary>筛选{selected > 0 && `（已选 ${selected} 项）`}</summary>
      {facets ? <Groups facets={facets} onToggle={onToggle} /> : <p className="muted small">正在统计各项结果数…</p>}
      {selected > 0 && (
        <button type="button" className="button" onClick={onClear}>
          清除筛选
        </button>
      )}
    </details>
  );
}

function Groups({ facets, onToggle }: { facets: Facets; onToggle: Props["onToggle"] }) {
  return FILTERS.filter((key) => facets[key].length > 0).map((key) => (
    <fieldset key={key}>
      <legend>{key}</legend>
      {facets[key].map(({ value, count, selected }) => (
        <label key={value}>
          <input type="checkbox" name={key} value={value} checked={selected} onChange={() => onToggle(key, value)} />
          <span className="facet-value">{value}</span>
          <span className="facet-count">
            {count}
            <span className="visually-hidden"> 条</span>
          </span>
        </label>
      ))}
    </fieldset>
  ));
}
