import { createHash } from "node:crypto";

/** Lower-case hex SHA-256, the form the manifest and the /data/ page print. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
