/** The contract between the pipeline and the readers of each layout family. */
import type { VFile } from "vfile";
import type { BudgetTable, ManifestEntry, Project } from "../model/schema.ts";
import type { Ledger } from "./ledger.ts";

export type ReaderInput = {
  /** The source as a vfile (path relative to the project), for messages with file and line. */
  file: VFile;
  /** The source split into lines; line n is lines[n - 1]. */
  lines: readonly string[];
  entry: ManifestEntry;
};

export type ReaderResult = {
  /** Records in document order, topics still empty (the pipeline assigns them). */
  projects: Project[];
  /** Every line accounted for; the pipeline closes it and turns it into the report. */
  ledger: Ledger;
  /** How many target tables the document holds (for the report). */
  tables: number;
  /** Budget summary tables and narrative budget statements, for document.budgetTables and the checks. */
  budgetTables?: BudgetTable[];
};

/** A reader reads one layout family. It throws only through vfile's `fail` (see errors.ts). */
export type Reader = (input: ReaderInput) => ReaderResult;
