/**
 * Zip writers stamp every entry with the time it was written, so the same
 * workbook written twice differs in a few bytes and its published checksum
 * would never match a rebuild. This sets every entry's DOS date and time to
 * 1980-01-01 00:00 (the earliest a zip can record), walking the central
 * directory rather than searching for signatures, which file content could mimic.
 */
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** DOS date: (year - 1980) << 9 | month << 5 | day. */
const JAN_1_1980 = (1 << 5) | 1;

export function withFixedTimes(zip: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const end = findEnd(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    expect(view, at, CENTRAL);
    stamp(view, at + 12);
    const local = view.getUint32(at + 42, true);
    expect(view, local, LOCAL);
    stamp(view, local + 10);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function stamp(view: DataView, at: number): void {
  view.setUint16(at, 0, true);
  view.setUint16(at + 2, JAN_1_1980, true);
}

/** The end-of-central-directory record: the last 22 bytes, unless a comment (up to 65535 bytes) follows it. */
function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new Error("zip-times: no end of central directory");
}

function expect(view: DataView, at: number, signature: number): void {
  if (view.getUint32(at, true) !== signature) throw new Error(`zip-times: expected a zip header at byte ${at}`);
}
