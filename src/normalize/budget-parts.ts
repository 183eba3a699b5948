/** The parts of a budget split, keyed as in the model's Budget. */

/** Income by source, in the column order of a 部门整体 table. */
export const INCOME = ["generalPublic", "governmentFund", "specialAccount", "other"] as const;

/** Expense by kind, in the column order of a 部门整体 table. */
export const EXPENSE = ["basic", "project"] as const;

/** The expense parts by the words documents use for them (table rows, statement parts, cost lines). */
export const EXPENSE_WORDS: Record<string, (typeof EXPENSE)[number]> = { 基本支出: "basic", 项目支出: "project" };
