/**
 * How to cite the dataset, a record or an indicator: the dataset's title and
 * version, the URL of this version's folder (/data/v<version>/, which keeps
 * every file of the version) and the checksum of targets.json, which pins the
 * exact bytes a result was computed from. URLs are absolute when SITE_URL is
 * set (src/lib/site/site-url.ts) and site paths otherwise, never a placeholder.
 */
import type { Document, Indicator, Project } from "../../model/schema.ts";
import { SCHEMA_VERSION } from "../../model/schema.ts";
import { indicatorPath, recordPath } from "../site/paths.ts";
import { absoluteUrl } from "../site/site-url.ts";
import { DATASET_DESCRIPTION, DATASET_NAME, DATASET_TITLE, LICENCE } from "./about.ts";
import { releasePath } from "./paths.ts";
import { DATASET_VERSION } from "./version.ts";

export type Citation = { zh: string; en: string; bibtex: string; csl: Record<string, unknown>; url: string };

const TITLE = `${DATASET_TITLE.zh} / ${DATASET_TITLE.en}`;

/** The citation of this version of the dataset; the reader fills in the access date. */
export function citation(targetsSha256: string, url: string = absoluteUrl(releasePath(DATASET_VERSION))): Citation {
  const versions = `dataset ${DATASET_VERSION}, format ${SCHEMA_VERSION}`;
  return {
    url,
    zh: `${DATASET_TITLE.zh}（数据集版本 ${DATASET_VERSION}，数据格式 ${SCHEMA_VERSION}）[数据集]. ${url}（访问日期：____年__月__日；targets.json SHA-256：${targetsSha256}）`,
    en: `${DATASET_TITLE.en} (dataset version ${DATASET_VERSION}, data format ${SCHEMA_VERSION}) [Data set]. ${url} (accessed YYYY-MM-DD; targets.json SHA-256: ${targetsSha256})`,
    bibtex: [
      `@misc{${DATASET_NAME}-${DATASET_VERSION},`,
      `  title = {{${DATASET_TITLE.zh}} / {${DATASET_TITLE.en}}},`,
      `  version = {${DATASET_VERSION}},`,
      `  howpublished = {\\url{${url}}},`,
      `  note = {${versions}; targets.json SHA-256 ${targetsSha256}; licence ${LICENCE.name}; accessed YYYY-MM-DD}`,
      `}`,
    ].join("\n"),
    csl: {
      id: `${DATASET_NAME}-${DATASET_VERSION}`,
      type: "dataset",
      title: TITLE,
      version: DATASET_VERSION,
      URL: url,
      abstract: DATASET_DESCRIPTION.en,
      note: `${versions}; targets.json SHA-256 ${targetsSha256}; licence ${LICENCE.name}`,
    },
  };
}

const yaml = (s: string) => JSON.stringify(s);

/** CITATION.cff (Citation File Format 1.2.0) of this version; `url` only when it is absolute. */
export function citationCff(targetsSha256: string, url: string = absoluteUrl(releasePath(DATASET_VERSION))): string {
  return [
    "cff-version: 1.2.0",
    `message: ${yaml("If you use this dataset, please cite this version as below, with the SHA-256 of targets.json.")}`,
    "type: dataset",
    `title: ${yaml(TITLE)}`,
    `abstract: ${yaml(DATASET_DESCRIPTION.en)}`,
    `version: ${yaml(DATASET_VERSION)}`,
    "authors:",
    `  - name: ${yaml(`${DATASET_TITLE.zh} (${DATASET_NAME})`)}`,
    `license: ${LICENCE.name}`,
    ...(/^https?:/.test(url) ? [`url: ${yaml(url)}`] : []),
    "keywords:",
    ...["绩效目标", "budget performance targets", "public budget", "China"].map((k) => `  - ${yaml(k)}`),
    "identifiers:",
    "  - type: other",
    `    value: ${yaml(`sha256:${targetsSha256}`)}`,
    `    description: ${yaml("SHA-256 of targets.json of this version")}`,
    "",
  ].join("\n");
}

/** The stable URL of a record, or of one indicator on its record's page. */
export function itemUrl(project: Pick<Project, "id" | "kind">, indicator?: Pick<Indicator, "id">): string {
  return absoluteUrl(indicator ? indicatorPath(project, indicator.id) : recordPath(project));
}

/** One line: the publication, the record (and indicator), our dataset version and the item's URL. */
export function itemCitation(
  document: Pick<Document, "publisher" | "title" | "year">,
  project: Pick<Project, "id" | "kind" | "name">,
  indicator?: Pick<Indicator, "id" | "name">,
): string {
  const item = indicator ? `${project.name}，${indicator.name ?? indicator.id}` : project.name;
  return `${document.publisher}：《${document.title}》（${document.year}年），“${item}”。${DATASET_TITLE.zh}，数据集版本 ${DATASET_VERSION}。${itemUrl(project, indicator)}`;
}
