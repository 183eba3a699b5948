/**
 * A source text split into its numbered lines: BOM dropped, LF or CRLF breaks,
 * no phantom line after a final break. The normalize step numbers `source.line`
 * with it and the source page numbers its `#L<n>` anchors with it, so they agree.
 */
export function splitSourceLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/u, "").split(/\r?\n/u);
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
