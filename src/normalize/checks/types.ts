import type { BudgetTable, Document, FlagCode, Project } from "../../model/schema.ts";

export type CheckInput = {
  document: Document;
  projects: readonly Project[];
};

/** What one check found: on an indicator, on a record, or (neither) on the document. */
export type Finding = {
  code: FlagCode;
  detail: string;
  line?: number;
  project?: string;
  indicator?: string;
};

/** A check reads the document's budget tables and narrative statements as a list, empty where it publishes none. */
export type Check = (input: CheckInput & { budgetTables: readonly BudgetTable[] }) => Finding[];

/** Two published figures are equal when they agree to the cent. */
export const same = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

export const fmt = (n: number): string =>
  n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 4 });

export const sum = (values: readonly (number | null | undefined)[]): number =>
  values.reduce<number>((a, v) => a + (v ?? 0), 0);
