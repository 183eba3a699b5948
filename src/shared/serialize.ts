/** Byte-stable JSON: two runs over the same sources give identical files. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
