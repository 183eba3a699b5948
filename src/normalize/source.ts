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

/** C0 controls and DEL, except the TAB between cells and the form feed of a page break: no text exporter writes them. */
/** Where a line's first such character stands, or -1 (a scan, not a regex of control ranges). */
function firstControl(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c <= 0x08 || c === 0x0b || (c >= 0x0e && c <= 0x1f) || c === 0x7f) return i;
  }
  return -1;
}

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

export function readSourceLines(file: VFile, bytes: Uint8Array, entry: ManifestEntry): string[] {
  const actual = sha256Hex(bytes);
  if (actual !== entry.sha256) {
    fail(file, 1, `sha256 ${entry.sha256} as listed in content/sources/manifest.json`, actual, "source:hash-mismatch");
  }
  if (bytes.length === 0) fail(file, 1, "a document with target tables", "an empty file", "source:empty");
  if (bytes.length > LIMITS.fileBytes)
    fail(
      file,
      1,
      `a source of at most ${LIMITS.fileBytes.toLocaleString("en-US")} bytes`,
      `${bytes.length.toLocaleString("en-US")} bytes`,
      "source:too-large",
    );
  const text = decodeUtf8(file, bytes);
  if (text.trim() === "") fail(file, 1, "a document with target tables", "only white space", "source:empty");
  const lines = splitSourceLines(text);
  lines.forEach((line, i) => {
    if (line.length > LIMITS.lineChars) {
      fail(
        file,
        i + 1,
        `a line of at most ${LIMITS.lineChars.toLocaleString("en-US")} characters`,
        `${line.length.toLocaleString("en-US")} characters`,
        "source:line-too-long",
        LIMITS.lineChars + 1,
      );
    }
    const control = firstControl(line);
    if (control >= 0) {
      const code = line.charCodeAt(control).toString(16).toUpperCase().padStart(4, "0");
      fail(file, i + 1, "text (no control characters but TAB)", `U+${code}`, "source:control-character", control + 1);
    }
  });
  return lines;
}
