/**
 * The published documents, served as /data/sources/<file> byte for byte. A
 * file whose hash differs from the one the manifest recorded (and the
 * normalized data carries) stops the build: we never publish a source other
 * than the one the data was read from.
 */
import { basename } from "node:path";
import type { Dataset } from "./dataset.ts";
import { sha256Hex } from "../../shared/hash.ts";

export type SourceFile = { documentId: string; file: string; bytes: Uint8Array; sha256: string };

/** `read` gets the path the data records (document.source.file) and returns the file's bytes. */
export function sourceFiles(dataset: Dataset, read: (path: string) => Uint8Array): SourceFile[] {
  return dataset.map(({ document }) => {
    const bytes = read(document.source.file);
    const actual = sha256Hex(bytes);
    if (actual !== document.source.sha256) {
      throw new Error(
        `${document.source.file}: sha256 ${actual}, but the manifest records ${document.source.sha256}; refusing to publish it`,
      );
    }
    return { documentId: document.id, file: basename(document.source.file), bytes, sha256: actual };
  });
}
