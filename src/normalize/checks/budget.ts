/**
 * A budget whose 预算数 differs from 财政资金 + 其他资金, where both are printed (an empty cell counts as 0);
 * and a budget figure that is printed but reads as null (too many digits, not a number), which must say why.
 */
import type { Budget } from "../../model/schema.ts";
import { fmt, same, type Check, type Finding } from "./types.ts";

const printed = (raw: string | undefined) => raw !== undefined && raw.trim() !== "" && !/^[-—–－/]+$/u.test(raw.trim());
const why = (raw: string) => (/^[\d,.]+$/u.test(raw.trim()) ? "位数超过15位，无法精确表示" : "不是金额");
const shown = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…（${raw.length}字）` : raw);

export const checkBudgetsRead: Check = ({ projects, budgetTables }) => [
  ...projects.flatMap((p): Finding[] => {
    const b = p.budget;
    if (!b) return [];
    return Object.entries(b.raw)
      .filter(([key, raw]) => printed(raw) && b[key as keyof Omit<Budget, "raw">] == null)
      .map(([key, raw]) => ({
        code: "budgetUnread",
        project: p.id,
        line: p.source.lines[0],
        detail: `${key} “${shown(raw)}”：${why(raw)}`,
      }));
  }),
  ...budgetTables.flatMap((t) =>
    t.rows.flatMap((r) =>
      r.values.flatMap((v, i): Finding[] => {
        const raw = r.raw[i] ?? "";
        return v === null && printed(raw)
          ? [
              {
                code: "budgetUnread",
                line: r.line,
                detail: `${t.title} · ${r.name} · ${t.columns[i] ?? i + 1} “${shown(raw)}”：${why(raw)}`,
              },
            ]
          : [];
      }),
    ),
  ),
];

export const checkBudgets: Check = ({ projects }) =>
  projects.flatMap((p): Finding[] => {
    const b = p.budget;
    if (!b || b.total === null || !("fiscal" in b.raw) || !("other" in b.raw)) return [];
    const parts = (b.fiscal ?? 0) + (b.other ?? 0);
    if (same(parts, b.total)) return [];
    return [
      {
        code: "budgetMismatch",
        project: p.id,
        line: p.source.lines[0],
        detail: `预算数 ${fmt(b.total)} ≠ 财政资金 ${fmt(b.fiscal ?? 0)} + 其他资金 ${fmt(b.other ?? 0)}`,
      },
    ];
  });
