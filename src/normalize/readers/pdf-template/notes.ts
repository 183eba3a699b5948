/** A form's 说明 paragraph → its notes, one per number (1. … 2. …), each verbatim. */

/** Lines of the paragraph as printed (the first starting with 说明：). */
export function splitNotes(lines: readonly string[]): string[] {
  // The PDF wraps lines inside a sentence; Chinese needs no space at the join.
  const text = lines.join("").replace(/^说明[:：]\s*/u, "");
  return text
    .split(/(?<=^|。)\s*(?=\d+[.．、]\s*\S)/u)
    .map((note) => note.trim())
    .filter((note) => note !== "");
}
