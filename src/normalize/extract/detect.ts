/**
 * Which format a file is, by its content (magic bytes, zip entries), never by
 * its name alone; and the refusals: legacy OLE2 .doc/.xls, content that does not
 * match the extension, oversize files.
 */
import type { SourceFormat } from "../../model/grid.ts";
import { Refusal } from "./refusal.ts";
import { zipEntryNames } from "./zip.ts";

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export type Detection = { format: SourceFormat; why: string };

const EXTENSIONS: Record<string, SourceFormat> = { txt: "text", docx: "docx", xlsx: "xlsx", pdf: "pdf" };

export function detectFormat(bytes: Uint8Array, name: string): Detection {
  const ext = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? "";
  if (bytes.length > MAX_FILE_BYTES) {
    throw new Refusal(
      `the file is ${bytes.length} bytes, over the limit of ${MAX_FILE_BYTES}`,
      "split the document or ask for a smaller export",
    );
  }
  if (bytes.length === 0) throw new Refusal("the file is empty", "download it again");
  let found: Detection;
  if (startsWith(bytes, OLE2)) {
    const office = ext === "xls" ? ".xls" : ext === "doc" ? ".doc" : "legacy .doc/.xls";
    throw new Refusal(
      `a ${office} file (OLE2 compound document, the pre-2007 Office format)`,
      `open it in Word/Excel or LibreOffice and save as ${ext === "xls" ? ".xlsx" : ext === "doc" ? ".docx" : ".docx or .xlsx"}`,
      "source:legacy-office",
    );
  } else if (
    startsWith(bytes, PDF) ||
    (bytes.length > 1024 && new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-"))
  ) {
    found = { format: "pdf", why: "starts with %PDF-" };
  } else if (startsWith(bytes, ZIP)) {
    const names = zipEntryNames(bytes, "the file");
    if (names.includes("word/document.xml")) found = { format: "docx", why: "zip package with word/document.xml" };
    else if (names.includes("xl/workbook.xml")) found = { format: "xlsx", why: "zip package with xl/workbook.xml" };
    else if (names.includes("content.xml") && names.includes("mimetype")) {
      throw new Refusal("an OpenDocument file (.odt/.ods)", "save it as .docx or .xlsx", "source:unsupported-format");
    } else
      throw new Refusal(
        "a zip archive that is neither a .docx nor an .xlsx",
        "give the Word, Excel or PDF file itself, not an archive",
        "source:unsupported-format",
      );
  } else {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
      found = { format: "text", why: "UTF-8 text" };
    } catch {
      throw new Refusal(
        "neither .docx, .xlsx, PDF nor UTF-8 text",
        "give the Word (.docx), Excel (.xlsx) or PDF file as published",
        "source:unsupported-format",
      );
    }
  }
  const claimed = EXTENSIONS[ext];
  if (claimed !== found.format) {
    throw new Refusal(
      `the name says .${ext || "(no extension)"} but the content is ${found.format} (${found.why})`,
      `rename it to .${Object.entries(EXTENSIONS).find(([, f]) => f === found.format)![0]} if it is the published file, or fetch the right file`,
      "source:extension-mismatch",
    );
  }
  return found;
}
