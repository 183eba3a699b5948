/**
 * The version of the published dataset (the downloads under /data/).
 *
 * Semantic: a new field or a new document is a minor step, a corrected value a
 * patch, and a changed id or a changed meaning of a field a major one, because
 * that breaks a researcher's joins or analyses. Record every step in
 * src/content/docs/changelog.md. The data format has its own SCHEMA_VERSION
 * (src/model/schema.ts); both are named in every download.
 */
export const DATASET_VERSION = "1.1.0";
