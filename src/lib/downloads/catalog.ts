/**
 * Every file published under /data/, generated from the one dataset: what it
 * is, its bytes and their SHA-256. The download endpoints serve these bytes and
 * the /data/ page lists these sizes and checksums, so the two cannot differ.
 */
import type { DocumentData } from "../../model/schema.ts";
import { csvOf } from "./csv.ts";
import { download, type Download, type Text } from "./download.ts";
import { datapackageOf } from "./datapackage.ts";
import { datasetOf, type Dataset } from "./dataset.ts";
import { documentJson, jsonText, targetsJson } from "./json.ts";
import { targetsJsonSchema } from "./json-schema.ts";
import { sourceFiles } from "./sources.ts";
import { sqliteOf } from "./sqlite.ts";
import { tableRows, TABLES, type Cell, type Table, type TableRows } from "./tables.ts";
import { workbookOf } from "./xlsx.ts";
import { bundleRoot, bundleZip, licenceText, readme, sha256Sums } from "./bundle.ts";
import { citation, citationCff } from "./citation.ts";
import { dictionary, dictionaryCsv, DICTIONARY_SCHEMA } from "./dictionary.ts";
import { releasePath } from "./paths.ts";
import { DATASET_VERSION } from "./version.ts";

const encode = (text: string) => new TextEncoder().encode(text);

const JSON_NOTE: Text = {
  zh: "结构见 targets.schema.json（JSON Schema），字段含义见 /data/fields/。",
  en: "Validates against targets.schema.json; fields explained at /data/fields/.",
};

function tableDownload(table: Table, rows: Cell[][]): Download {
  return download({
    path: `${table.name}.csv`,
    name: table.name,
    group: "tables",
    title: table.title,
    description: {
      zh: "供程序读取：UTF-8（无 BOM），逗号分隔，CRLF 换行，单元格照录；空单元格表示无值；列表用分号或 JSON 书写，见各列说明。用 Excel 请取 targets.xlsx 或 excel/ 下的表格版 CSV。",
      en: "For machines: UTF-8 without a byte-order mark, comma-separated, CRLF line ends, cells verbatim; an empty cell is a missing value; lists are joined by ';' or written as JSON, see each column. For Excel take targets.xlsx or the spreadsheet CSV under excel/.",
    },
    format: "csv",
    bytes: encode(csvOf(table, rows, "package")),
    table: { table, rows: rows.length },
  });
}

/** The spreadsheet flavour: outside the data package, named apart, BOM and formula-safe cells (csv.ts). */
function spreadsheetDownload(table: Table, rows: Cell[][]): Download {
  return download({
    path: `excel/${table.name}.csv`,
    name: `excel-${table.name.replace(/_/g, "-")}`,
    group: "spreadsheet",
    title: { zh: `${table.title.zh}（表格软件版）`, en: `${table.title.en} (for spreadsheets)` },
    description: {
      zh: "供 Excel 等表格软件打开：带 BOM 的 UTF-8；以 = + - @、制表符或回车开头的文字前加了一个撇号（'），以免被当成公式执行，因此与原文不完全相同。不属于数据包，做分析请用无 BOM 的版本。",
      en: "For Excel and other spreadsheets: UTF-8 with a byte-order mark; text starting with = + - @, a tab or a carriage return gets a leading apostrophe (') so it is never run as a formula, so cells may differ from the published text. Not part of the data package; for analysis use the machine CSV.",
    },
    format: "csv",
    bytes: encode(csvOf(table, rows, "spreadsheet")),
  });
}

/** The published documents, byte for byte; throws on a source whose hash differs from the manifest. */
function sourceDownloads(dataset: Dataset, readSource: (path: string) => Uint8Array): Download[] {
  return sourceFiles(dataset, readSource).map((source) => {
    const { document } = dataset.find((d) => d.document.id === source.documentId)!;
    return download({
      path: `sources/${source.file}`,
      name: `source-${source.documentId}`,
      group: "sources",
      documentId: source.documentId,
      title: { zh: `${document.title}（原文）`, en: `${document.id}: the published document` },
      description: {
        zh: "发布文件的纯文本导出（不是发布的原件）；权利归发布机关。",
        en: "Plain-text export of the published document (not the published file); it remains the publisher's.",
      },
      format: "txt",
      bytes: source.bytes,
      provenance: { origin: document.origin ?? null, retrieved: document.retrieved ?? null },
    });
  });
}

/** Everything in one file: JSON, the workbook, SQLite. */
async function wholeDownloads(dataset: Dataset, rows: TableRows): Promise<Download[]> {
  return [
    download({
      path: "targets.json",
      name: "targets",
      group: "data",
      title: { zh: "全部数据（JSON）", en: "All data (JSON)" },
      description: JSON_NOTE,
      format: "json",
      bytes: encode(jsonText(targetsJson(dataset))),
    }),
    download({
      path: "targets.xlsx",
      name: "targets-xlsx",
      group: "data",
      title: { zh: "Excel 工作簿（说明页 + 各表）", en: "Excel workbook (about sheet + the tables)" },
      format: "xlsx",
      bytes: await workbookOf(rows),
    }),
    download({
      path: "targets.sqlite",
      name: "targets-sqlite",
      group: "data",
      title: { zh: "SQLite 数据库（可用 DuckDB、Datasette 查询）", en: "SQLite database (for DuckDB, Datasette)" },
      description: {
        zh: "表与各 CSV 相同，另有 about（版本）与 columns（列说明）。",
        en: "The CSV tables, plus `about` (versions) and `columns` (what each column means).",
      },
      format: "sqlite",
      bytes: await sqliteOf(rows),
    }),
  ];
}

function documentDownloads(dataset: Dataset): Download[] {
  return dataset.map(({ document }) =>
    download({
      path: `documents/${document.id}.json`,
      name: `document-${document.id}`,
      group: "documents",
      documentId: document.id,
      title: { zh: `${document.title}（JSON）`, en: `${document.id} (JSON)` },
      description: JSON_NOTE,
      format: "json",
      bytes: encode(jsonText(documentJson(dataset, document.id))),
    }),
  );
}

const schemaDownload = (): Download =>
  download({
    path: "targets.schema.json",
    name: "targets-schema",
    group: "about",
    title: {
      zh: "targets.json 与各文件 JSON 的 JSON Schema",
      en: "JSON Schema of targets.json and the per-document JSON",
    },
    format: "json",
    bytes: encode(jsonText(targetsJsonSchema())),
  });

function dictionaryDownloads(rows: TableRows): Download[] {
  const entries = dictionary(rows);
  const title = {
    zh: "数据字典：每个表的每一列（类型、单位、中英文说明、示例）",
    en: "Data dictionary: every column of every table (type, unit, meaning, example)",
  };
  return [
    download({
      path: "data-dictionary.csv",
      name: "data-dictionary",
      group: "about",
      title,
      format: "csv",
      bytes: encode(dictionaryCsv(entries)),
      schema: DICTIONARY_SCHEMA,
    }),
    download({
      path: "data-dictionary.json",
      name: "data-dictionary-json",
      group: "about",
      title,
      format: "json",
      bytes: encode(jsonText(entries)),
    }),
  ];
}

/**
 * The release files (outside the data package): README, licence, citation,
 * SHA256SUMS over every file, and the zip of them all under /data/v<version>/.
 */
function releaseDownloads(dataset: Dataset, files: readonly Download[]): Download[] {
  const targets = files.find((f) => f.path === "targets.json")!;
  const cite = citation(targets.sha256);
  const meta = [
    download({
      path: "README.md",
      name: "readme",
      group: "release",
      title: { zh: "说明（文件、字段、单位、注意事项、原文）", en: "README: files, fields, units, caveats, sources" },
      format: "md",
      bytes: encode(
        readme(
          files,
          dataset.map((d) => d.document),
          `${cite.en}

${cite.zh}`,
        ),
      ),
    }),
    download({
      path: "LICENCE.md",
      name: "licence",
      group: "release",
      title: { zh: "许可", en: "Licence" },
      format: "md",
      bytes: encode(licenceText()),
    }),
    download({
      path: "CITATION.cff",
      name: "citation-cff",
      group: "release",
      title: { zh: "引用信息（Citation File Format）", en: "Citation (Citation File Format)" },
      format: "cff",
      bytes: encode(citationCff(targets.sha256)),
    }),
  ];
  const sums = download({
    path: "SHA256SUMS",
    name: "sha256sums",
    group: "release",
    title: {
      zh: "本版本每个文件的 SHA-256（sha256sum -c SHA256SUMS）",
      en: "SHA-256 of every file of this version (sha256sum -c SHA256SUMS)",
    },
    format: "txt",
    bytes: encode(sha256Sums([...files, ...meta])),
  });
  const bundle = download({
    path: `${releasePath(DATASET_VERSION).slice("/data/".length)}${bundleRoot()}.zip`,
    name: "bundle",
    group: "release",
    title: { zh: `版本 ${DATASET_VERSION} 的全部文件（zip）`, en: `Every file of version ${DATASET_VERSION} (zip)` },
    description: {
      zh: "含 README.md、LICENCE.md、CITATION.cff、SHA256SUMS、datapackage.json 与全部数据文件和原文；解压后在目录内运行 sha256sum -c SHA256SUMS 核对。",
      en: "README.md, LICENCE.md, CITATION.cff, SHA256SUMS, datapackage.json and every data file and source; after unzipping, run sha256sum -c SHA256SUMS in its folder.",
    },
    format: "zip",
    bytes: bundleZip([...files, ...meta, sums]),
    versioned: true,
  });
  return [...meta, sums, bundle];
}

/**
 * Every file, the datapackage after the files it describes, then the release
 * files (README, licence, citation, checksums, the zip). Sorts
 * the documents itself, so the bytes never depend on the order they were read in.
 */
export async function buildDownloads(
  data: readonly DocumentData[],
  readSource: (path: string) => Uint8Array,
): Promise<Download[]> {
  const dataset = datasetOf(data);
  // Sources first: a source that differs from the manifest stops the build before anything is generated.
  const sources = sourceDownloads(dataset, readSource);
  const rows = tableRows(dataset);
  const described = [
    ...(await wholeDownloads(dataset, rows)),
    ...TABLES.map((t) => tableDownload(t, rows.get(t)!)),
    ...TABLES.map((t) => spreadsheetDownload(t, rows.get(t)!)),
    ...documentDownloads(dataset),
    schemaDownload(),
    ...dictionaryDownloads(rows),
    ...sources,
  ];
  const datapackage = download({
    path: "datapackage.json",
    name: "datapackage",
    group: "about",
    title: { zh: "数据包说明（Frictionless Data Package）", en: "Frictionless Data Package descriptor" },
    format: "json",
    bytes: encode(jsonText(datapackageOf(described))),
  });
  const files = [...described, datapackage];
  return [...files, ...releaseDownloads(dataset, files)];
}
