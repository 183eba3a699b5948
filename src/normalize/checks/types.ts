import type { BudgetTable, Document, FlagCode, Project } from "../../model/schema.ts";

export type CheckInput = {
  document: Document;
  projects: readonly Project[];
  /** The document's budget summary tables and narrative statements (document.budgetTables). */
  budgetTables?: readonly BudgetTable[];
};

/** What one check found: on an indicator, on a record, or (neither) on the document. */
export type Finding = {
  code: FlagCode;
  detail: string;
  line?: number;
  project?: string;
  indicator?: string;
};

export type Check = (input: Required<CheckInput>) => Finding[];

/** Two published figures are equal when they agree to the cent. */
export const same = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

export const fmt = (n: number): string => n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });

export const sum = (values: readonly (number | null | undefined)[]): number => values.reduce<number>((a, v) => a + (v ?? 0), 0);
