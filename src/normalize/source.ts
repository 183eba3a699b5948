/**
 * Source bytes → checked text lines. A source must match its manifest hash, be
 * non-empty and be UTF-8; anything else is a clear, located error.
 */
import type { VFile } from "vfile";
import type { ManifestEntry } from "../model/schema.ts";
import { sha256Hex } from "../shared/hash.ts";
import { splitSourceLines } from "../shared/lines.ts";
import { fail } from "./errors.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Where a manifest entry's file lives, relative to the project: also the `source.file` of its records. */
export function sourcePath(entry: ManifestEntry): string {
  return `content/sources/${entry.file}`;
}

/** The 1-based line holding the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): { line: number; found: string } {
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      const slice = bytes.subarray(start, i);
      try {
        utf8.decode(slice);
      } catch {
        const hex = [...slice.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
        return { line, found: `bytes ${hex}… (GBK or another legacy encoding?)` };
      }
      start = i + 1;
      line++;
    }
  }
  return { line: 1, found: "an invalid byte sequence" };
}

export function readSourceLines(file: VFile, bytes: Uint8Array, entry: ManifestEntry): string[] {
  const actual = sha256Hex(bytes);
  if (actual !== entry.sha256) {
    fail(file, 1, `sha256 ${entry.sha256} as listed in content/sources/manifest.json`, actual, "source:hash-mismatch");
  }
  if (bytes.length === 0) fail(file, 1, "a document with target tables", "an empty file", "source:empty");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstBadLine(bytes);
    fail(file, bad.line, "UTF-8 text", bad.found, "source:not-utf8");
  }
  if (text.trim() === "") fail(file, 1, "a document with target tables", "only white space", "source:empty");
  return splitSourceLines(text);
}
