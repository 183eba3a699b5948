/**
 * How to cite the dataset: its title, the dataset and format versions, the
 * permalink of the data page and the checksum of targets.json, which pins the
 * exact bytes a result was computed from.
 */
import { SCHEMA_VERSION } from "../../model/schema.ts";
import { DATASET_NAME, DATASET_TITLE, LICENCE } from "./about.ts";
import { DATASET_VERSION } from "./version.ts";

export type Citation = { zh: string; en: string; bibtex: string };

/** `dataPage` is the absolute URL of /data/; the reader fills in the access date. */
export function citation(dataPage: string, targetsSha256: string): Citation {
  const versions = `dataset ${DATASET_VERSION}, format ${SCHEMA_VERSION}`;
  return {
    zh: `${DATASET_TITLE.zh}（数据集版本 ${DATASET_VERSION}，数据格式 ${SCHEMA_VERSION}）[数据集]. ${dataPage}（访问日期：____年__月__日；targets.json SHA-256：${targetsSha256}）`,
    en: `${DATASET_TITLE.en} (dataset version ${DATASET_VERSION}, data format ${SCHEMA_VERSION}) [Data set]. ${dataPage} (accessed YYYY-MM-DD; targets.json SHA-256: ${targetsSha256})`,
    bibtex: [
      `@misc{${DATASET_NAME}-${DATASET_VERSION},`,
      `  title = {{${DATASET_TITLE.zh}} / {${DATASET_TITLE.en}}},`,
      `  version = {${DATASET_VERSION}},`,
      `  howpublished = {\\url{${dataPage}}},`,
      `  note = {${versions}; targets.json SHA-256 ${targetsSha256}; licence ${LICENCE.name}; accessed YYYY-MM-DD}`,
      `}`,
    ].join("\n"),
  };
}
