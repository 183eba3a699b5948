/**
 * Pagefind's excerpt as text pieces, so the page renders it as text nodes and
 * <mark> elements and never parses data as HTML.
 *
 * Pagefind builds the excerpt from the indexed text with < and > escaped (and
 * nothing else), then wraps matches in <mark>…</mark>. So a <mark> tag in the
 * excerpt is always Pagefind's: a cell that says <mark> or <script> arrives as
 * &lt;mark&gt;, and only those two escapes are undone. Zero-width spaces (the
 * Han word boundaries of tokens.ts) are dropped.
 */
export type ExcerptPart = { text: string; mark: boolean };

export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  // Split keeps the captured tags, so pieces alternate between text and tags.
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/u)) {
    if (piece === "<mark>" || piece === "</mark>") {
      mark = piece === "<mark>";
      continue;
    }
    const text = piece.replace(/\u200B/gu, "").replace(/&lt;/gu, "<").replace(/&gt;/gu, ">");
    if (text === "") continue;
    const last = parts.at(-1);
    // Pagefind marks each character of a phrase apart; one mark reads better.
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
