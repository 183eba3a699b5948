/**
 * The chosen items side by side: their facts, the concepts two or more share
 * (aligned, with the published text next to every value), then every other
 * indicator by level 1.
 */
import { MIX_KEYS, MIX_LABELS } from "../../lib/compare/level-mix.ts";
import { conceptPath } from "../../lib/compare/paths.ts";
import { ITEM_KIND } from "../../lib/compare/picker.ts";
import type { PlacedIndicator, SideBySide } from "../../lib/compare/side-by-side.ts";
import { rowVerdict } from "../../lib/compare/verdict.ts";
import { scopeText } from "../../lib/compare/scope.ts";
import type { AlignedCell } from "../../lib/compare/align.ts";
import { shownRaw } from "../../lib/site/format.ts";
import { lineLabel } from "../../lib/site/source.ts";

type Props = { table: SideBySide };

function Indicator({
  indicator,
  aligned,
  multiRecord,
}: {
  indicator: PlacedIndicator;
  aligned?: AlignedCell;
  multiRecord: boolean;
}) {
  return (
    <div className="compare-indicator">
      {multiRecord && <span className="small muted">{indicator.recordName}</span>}
      <span className="compare-name">
        {indicator.name ?? (
          <>
            <span className="muted">（原文未填指标名称）</span>
            {indicator.caption && <span className="reading">指标说明：{indicator.caption}</span>}
          </>
        )}
      </span>
      {indicator.scope && <span className="small">{scopeText(indicator.scope)}</span>}
      <span className="raw">{shownRaw(indicator.raw)}</span>
      {indicator.unitCell !== undefined && <span className="reading">度量单位：{shownRaw(indicator.unitCell)}</span>}
      {indicator.valueType !== undefined && (
        <span className="reading">指标值类型：{shownRaw(indicator.valueType)}</span>
      )}
      {indicator.reading && <span className="reading">解读：{indicator.reading}</span>}
      {indicator.periodRaw !== undefined && (
        <span className="reading">项目周期目标：{shownRaw(indicator.periodRaw)}</span>
      )}
      {aligned?.common && <span className="reading">统一单位：{aligned.common}</span>}
      {aligned?.reason && <span className="reading not-comparable">不可比：{aligned.reason}</span>}
      <span className="small">
        <a href={indicator.href}>指标行</a> · <a href={indicator.source}>原文{lineLabel(indicator.line)}</a>
      </span>
    </div>
  );
}

export default function CompareTable({ table }: Props) {
  const { columns, shared, levels } = table;
  const nameOf = (id: string) => columns.find((c) => c.item.id === id)?.item.name ?? id;
  const multi = columns.map((c) => c.item.kind === "budget-unit");
  const span = columns.length + 1;
  const facts: [string, (c: (typeof columns)[number]) => string][] = [
    ["地区（年度）", (c) => `${c.item.regionName}（${c.item.year} 年）`],
    ["类型", (c) => ITEM_KIND[c.item.kind]],
    ["预算单位", (c) => c.item.unit ?? "—"],
    [
      "预算数（万元）",
      (c) =>
        c.item.budget === null
          ? "原文未列"
          : c.item.kind === "budget-unit"
            ? `${c.item.budget}（所属项目相加）`
            : c.item.budget,
    ],
    ["指标数", (c) => String(c.indicators.length)],
    [
      "按一级指标",
      (c) =>
        MIX_KEYS.filter((k) => c.levels[k] > 0)
          .map((k) => `${MIX_LABELS[k]} ${c.levels[k]}`)
          .join("、"),
    ],
    ["主题", (c) => c.item.topics.map((t) => t.name).join("、") || "—"],
  ];

  // The wrapper is ScrollTable.astro's markup: an island cannot render an Astro component.
  return (
    <div className="table-scroll" role="region" aria-label="并列比较" tabIndex={0}>
      <table className="compare-table">
        <caption>并列比较（{columns.length} 项）</caption>
        <thead>
          <tr>
            <th scope="col">比较项</th>
            {columns.map((c) => (
              <th scope="col" key={c.item.id}>
                <a href={c.item.href}>{c.item.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {facts.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {columns.map((c) => (
                <td key={c.item.id}>{value(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tbody>
          <tr>
            <th scope="rowgroup" colSpan={span}>
              共有的指标概念（{shared.length} 个）
            </th>
          </tr>
          {shared.length === 0 && (
            <tr>
              <td colSpan={span}>所选各项没有共同的指标概念；下面按一级指标列出全部指标。</td>
            </tr>
          )}
          {shared.map((row) => {
            const verdict = rowVerdict(row.groups, row.comparableColumns, row.cells.flat().length, nameOf);
            return (
              <tr key={row.concept}>
                <th scope="row">
                  <a href={conceptPath(row.concept)}>{row.name}</a>
                  <span className={verdict.comparable ? "reading" : "reading not-comparable"}>{verdict.text}</span>
                  {verdict.spellings && <span className="reading">原文写法：{verdict.spellings}（读作同一口径）</span>}
                </th>
                {row.cells.map((cell, ci) => (
                  <td key={columns[ci]!.item.id}>
                    {cell.length === 0 ? (
                      <span className="muted">—</span>
                    ) : (
                      cell.map(({ indicator, aligned }) => (
                        <Indicator
                          key={indicator.id}
                          indicator={indicator}
                          aligned={aligned}
                          multiRecord={multi[ci]!}
                        />
                      ))
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
        {levels.map((row) => (
          <tbody key={row.key}>
            <tr>
              <th scope="rowgroup" colSpan={span}>
                其余指标：{MIX_LABELS[row.key]}
              </th>
            </tr>
            <tr>
              <th scope="row">{MIX_LABELS[row.key]}</th>
              {row.cells.map((cell, ci) => (
                <td key={columns[ci]!.item.id}>
                  {cell.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    cell.map((i) => <Indicator key={i.id} indicator={i} multiRecord={multi[ci]!} />)
                  )}
                </td>
              ))}
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}
