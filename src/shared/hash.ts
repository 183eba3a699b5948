import { createHash } from "node:crypto";

/** The SHA-256 of some bytes, as lowercase hex: the manifest's `sha256`, the downloads' checksums. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
