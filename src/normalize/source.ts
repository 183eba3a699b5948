/**
 * What every source shares: where it lives, its limits, its manifest hash, and
 * UTF-8 decoding with located errors. A text export's own checks (empty, size,
 * line length, control characters) are its extractor's: extract/text.ts.
 */
import type { VFile } from "vfile";
import type { ManifestEntry } from "../model/schema.ts";
import { sha256Hex } from "../shared/hash.ts";
import { fail } from "./errors.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Limits on what a source may hold, far above any real document (the largest
 * is 80 KB with lines of at most 533 characters) and low enough that a broken
 * export or a hostile file stops with a clear message instead of a 30 MB page.
 */
export const LIMITS = {
  /** Bytes of one source file. */
  fileBytes: 16 * 1024 * 1024,
  /** Characters of one line (a narrative paragraph is one line; 100k still reads in well under a second). */
  lineChars: 200_000,
  /** Characters of one cell as read (a name, a value, a description: the longest real one has 100), joined lines included. */
  cellChars: 2_000,
} as const;

/** Where a manifest entry's file lives, relative to the project: also the `source.file` of its records. */
export function sourcePath(entry: ManifestEntry): string {
  return `content/sources/${entry.file}`;
}

/** Bytes after `start` that continue a UTF-8 sequence (10xxxxxx). */
const isContinuation = (b: number | undefined) => b !== undefined && (b & 0xc0) === 0x80;

/** The offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
export function firstInvalidByte(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const [length, min] =
      b < 0x80
        ? [1, 0]
        : b >= 0xc2 && b <= 0xdf
          ? [2, 0x80]
          : b >= 0xe0 && b <= 0xef
            ? [3, 0x800]
            : b >= 0xf0 && b <= 0xf4
              ? [4, 0x10000]
              : [0, 0];
    if (length === 0) return i;
    let code = length === 1 ? b : b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      if (!isContinuation(bytes[i + k])) return i;
      code = (code << 6) | (bytes[i + k]! & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return null;
}

/** Where byte `offset` stands: 1-based line, and column in characters of that line. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: utf8.decode(bytes.subarray(lineStart, offset)).length + 1 };
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, "0")).join(" ");

/**
 * Bytes → text, or a located error: UTF-8 only (the first bad bytes shown with
 * their line and column), a BOM accepted and dropped, and old-Mac CR-only line
 * ends named (they would make the whole file one line).
 */
export function decodeUtf8(file: VFile, bytes: Uint8Array): string {
  const bad = firstInvalidByte(bytes);
  if (bad !== null) {
    const place = placeOfByte(bytes, bad);
    const shown = bytes.subarray(bad, Math.min(bytes.length, bad + 4));
    file.fail(
      `expected UTF-8 text, found bytes ${hex(shown)}${bad + 4 < bytes.length ? "…" : ""} at byte ${bad + 1} (GBK or another legacy encoding?)`,
      {
        place,
        ruleId: "source:not-utf8",
        source: "normalize",
      },
    );
  }
  const text = utf8.decode(bytes).replace(/^\uFEFF/u, "");
  const cr = text.search(/\r(?!\n)/u);
  if (cr >= 0) {
    const line = text.slice(0, cr).split("\n").length;
    fail(
      file,
      line,
      "lines ending in LF or CR LF",
      "a line ending in CR alone (old Mac line ends): convert the file to LF",
      "source:cr-line-ends",
    );
  }
  return text;
}

/** The bytes are the file the manifest lists (its sha256), or a fatal message at line 1: checked first, for every format. */
export function checkHash(file: VFile, bytes: Uint8Array, entry: ManifestEntry): void {
  const actual = sha256Hex(bytes);
  if (actual !== entry.sha256) {
    fail(file, 1, `sha256 ${entry.sha256} as listed in content/sources/manifest.json`, actual, "source:hash-mismatch");
  }
}
