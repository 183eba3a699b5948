/**
 * The data dictionary as files (data-dictionary.csv, data-dictionary.json):
 * one row per column of every table, with its type, unit, meaning in Chinese
 * and English (caveats included), the model field it carries and a real
 * example from this version's rows. Generated from the same table
 * definitions as the CSV files, so it lists exactly their columns.
 */
import { stringify } from "csv-stringify/sync";
import { CSV_DIALECT } from "./csv.ts";
import { describedColumn, TABLES, type Cell, type TableRows } from "./tables.ts";

export const DICTIONARY_FIELDS = [
  "table",
  "field",
  "type",
  "unit",
  "description_zh",
  "description_en",
  "model_field",
  "example",
] as const;
export type DictionaryEntry = Record<(typeof DICTIONARY_FIELDS)[number], string | null>;

const EXAMPLE_LENGTH = 80;
const exampleOf = (cell: Cell | undefined): string | null => {
  if (cell === null || cell === undefined) return null;
  const text = String(cell);
  return text.length > EXAMPLE_LENGTH ? `${text.slice(0, EXAMPLE_LENGTH - 1)}…` : text;
};

export function dictionary(rows: TableRows): DictionaryEntry[] {
  return TABLES.flatMap((t) =>
    t.columns.map((c, i) => {
      const text = describedColumn(c);
      return {
        table: t.name,
        field: c.name,
        type: c.type,
        unit: c.unit ?? null,
        description_zh: text.zh,
        description_en: text.en,
        model_field: c.path,
        example: exampleOf(rows.get(t)!.find((row) => row[i] !== null && row[i] !== "")?.[i]),
      };
    }),
  );
}

export function dictionaryCsv(entries: readonly DictionaryEntry[]): string {
  return stringify([[...DICTIONARY_FIELDS], ...entries.map((e) => DICTIONARY_FIELDS.map((f) => e[f]))], {
    delimiter: CSV_DIALECT.delimiter,
    record_delimiter: "windows",
    quote: CSV_DIALECT.quoteChar,
  });
}

/** The dictionary's own Table Schema, so datapackage.json describes it like the tables. */
export const DICTIONARY_SCHEMA = {
  fields: DICTIONARY_FIELDS.map((name) => ({ name, type: "string" })),
  missingValues: [""],
  primaryKey: ["table", "field"],
};
