/**
 * The release of one dataset version: README.md (files, fields, units,
 * caveats, sources), LICENCE.md, CITATION.cff, SHA256SUMS over every file,
 * and one zip holding all of them under jixiao-mubiao-<version>/. The zip's
 * entries carry a fixed date and are written in path order, so two builds
 * give the same bytes (zip-times.ts).
 */
import { zipSync, type Zippable } from "fflate";
import type { Document } from "../../model/schema.ts";
import { SCHEMA_VERSION } from "../../model/schema.ts";
import {
  CAVEATS,
  DATASET_DESCRIPTION,
  DATASET_NAME,
  DATASET_TITLE,
  LICENCE,
  SOURCES_NOTICE,
  type Caveat,
} from "./about.ts";
import type { Download } from "./download.ts";
import { describedColumn, TABLES } from "./tables.ts";
import { DATASET_VERSION } from "./version.ts";
import { withFixedTimes } from "./zip-times.ts";

/** The folder every entry of the zip sits in. */
export const bundleRoot = (version: string = DATASET_VERSION) => `${DATASET_NAME}-${version}`;

/** `sha256sum -c SHA256SUMS` checks every other file of the release. */
export function sha256Sums(files: readonly Download[]): string {
  return files.map((f) => `${f.sha256}  ${f.path}\n`).join("");
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, "<br>");

export function readme(files: readonly Download[], documents: readonly Document[], citationText: string): string {
  const out: string[] = [
    `# ${DATASET_TITLE.zh} · ${DATASET_TITLE.en}`,
    "",
    `Dataset version **${DATASET_VERSION}**, data format ${SCHEMA_VERSION}. ${DATASET_DESCRIPTION.en}`,
    "",
    DATASET_DESCRIPTION.zh,
    "",
    "## Cite 引用",
    "",
    citationText,
    "",
    "See CITATION.cff. 见 CITATION.cff。",
    "",
    "## Caveats 注意",
    "",
    ...(Object.keys(CAVEATS) as Caveat[]).flatMap((k) => [`- **${k}**: ${CAVEATS[k].en}`, `  ${CAVEATS[k].zh}`]),
    "",
    "## Files 文件",
    "",
    "Every file is listed in SHA256SUMS (`sha256sum -c SHA256SUMS`). datapackage.json (Frictionless Data Package) describes the data files, their columns, keys and foreign keys. The CSV files of the package are for machines (UTF-8, no BOM, cells verbatim); excel/*.csv have a BOM and formula-safe cells (a leading apostrophe before = + - @) and are not part of the package.",
    "",
    "| file | bytes | description |",
    "| --- | ---: | --- |",
    ...files.map(
      (f) =>
        `| ${f.path} | ${f.bytes.length} | ${cell(f.title.en)}${f.description ? ` — ${cell(f.description.en)}` : ""} |`,
    ),
    "",
    "## Fields 字段",
    "",
    "Also as data-dictionary.csv and data-dictionary.json. Money is in 万元 (10,000 yuan) where the unit column says so.",
    "",
    ...TABLES.flatMap((t) => [
      `### ${t.name} — ${t.title.en} / ${t.title.zh}`,
      "",
      `Primary key: ${t.key.join(", ")}${t.parent ? `; ${t.parent.column} → ${t.parent.table}` : ""}.`,
      "",
      "| field | type | unit | description |",
      "| --- | --- | --- | --- |",
      ...t.columns.map((c) => {
        const text = describedColumn(c);
        return `| ${c.name} | ${c.type} | ${c.unit ?? ""} | ${cell(text.en)}<br>${cell(text.zh)} |`;
      }),
      "",
    ]),
    "## Sources 原文",
    "",
    SOURCES_NOTICE.en,
    "",
    SOURCES_NOTICE.zh,
    "",
    "| document | publisher | year | source file | origin | retrieved |",
    "| --- | --- | ---: | --- | --- | --- |",
    ...documents.map(
      (d) =>
        `| ${d.id} | ${cell(d.publisher)} | ${d.year} | sources/${d.source.file.split("/").pop()} | ${d.origin ?? "unknown 不详"} | ${d.retrieved ?? "unknown 不详"} |`,
    ),
    "",
    "## Licence 许可",
    "",
    `Our data: ${LICENCE.title} (${LICENCE.name}), ${LICENCE.path}. The source documents are not covered; see LICENCE.md.`,
    "",
  ];
  return out.join("\n");
}

export function licenceText(): string {
  return [
    `# Licence 许可 — ${DATASET_TITLE.en} ${DATASET_VERSION}`,
    "",
    "## Our data 本站整理的数据",
    "",
    `The ids, readings, tables, documentation and download files of this dataset are licensed under ${LICENCE.title} (${LICENCE.name}): ${LICENCE.path}`,
    "Attribution: name the dataset, its version and its URL (see CITATION.cff), and say whether you changed it.",
    "",
    `编号、解读、表格、说明文字以及各种格式的下载文件按 ${LICENCE.title}（${LICENCE.name}）提供：${LICENCE.path}。使用时须署名（数据集名称、版本与网址，见 CITATION.cff），并说明是否作了修改。`,
    "",
    "## The source files 原文",
    "",
    SOURCES_NOTICE.en,
    "",
    SOURCES_NOTICE.zh,
    "",
    "## No warranty 不作保证",
    "",
    "The data is provided as is. Readings may be wrong; the quality flags mark known issues; the published documents prevail.",
    "数据按现状提供。程序的解读可能有误，质量标记指出了已知需要留意之处；以发布机关的原件为准。",
    "",
  ].join("\n");
}

/** Every file under jixiao-mubiao-<version>/, in path order, every entry dated 1980-01-01. */
export function bundleZip(files: readonly Download[]): Uint8Array {
  const root = bundleRoot();
  const entries: Zippable = {};
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    entries[`${root}/${f.path}`] = [f.bytes, { level: 6, mtime: new Date(1980, 0, 1) }];
  }
  return withFixedTimes(zipSync(entries));
}
