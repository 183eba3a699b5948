/**
 * Reading OOXML packages (.docx, .xlsx) safely: entry count and total
 * uncompressed size are checked against limits before anything is inflated,
 * and again on the bytes actually inflated (a header may lie).
 */
import { unzipSync } from "fflate";
import { Refusal } from "./refusal.ts";

export const ZIP_LIMITS = { entries: 2000, totalBytes: 200 * 1024 * 1024 };

export function zipEntryNames(bytes: Uint8Array, what: string): string[] {
  const names: string[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter(file) {
        names.push(file.name);
        total += file.originalSize;
        return false;
      },
    });
  } catch (error) {
    throw new Refusal(
      `${what} is not a readable zip package (${error instanceof Error ? error.message : String(error)})`,
      "save it again from the office application",
    );
  }
  if (names.length > ZIP_LIMITS.entries) {
    throw new Refusal(
      `${what} has ${names.length} zip entries (limit ${ZIP_LIMITS.entries}): refusing a possible zip bomb`,
      "save it again from the office application",
    );
  }
  if (total > ZIP_LIMITS.totalBytes) {
    throw new Refusal(
      `${what} would inflate to ${total} bytes (limit ${ZIP_LIMITS.totalBytes}): refusing a possible zip bomb`,
      "save it again from the office application, without embedded media",
    );
  }
  return names;
}

/** The named entries as UTF-8 text (absent entries are left out). */
export function readZipText(bytes: Uint8Array, wanted: (name: string) => boolean, what: string): Map<string, string> {
  zipEntryNames(bytes, what);
  const files = unzipSync(bytes, { filter: (f) => wanted(f.name) });
  const out = new Map<string, string>();
  let total = 0;
  for (const [name, data] of Object.entries(files)) {
    total += data.length;
    if (total > ZIP_LIMITS.totalBytes)
      throw new Refusal(
        `${what} inflates past ${ZIP_LIMITS.totalBytes} bytes: refusing a possible zip bomb`,
        "save it again from the office application",
      );
    out.set(name, new TextDecoder("utf-8").decode(data));
  }
  return out;
}
