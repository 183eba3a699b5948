/** A real XML parser (no regular expressions over XML) and small DOM helpers by local name. */
import { DOMParser, type Document, type Element, type Node } from "@xmldom/xmldom";
import { Refusal } from "./refusal.ts";

export function parseXml(text: string, what: string): Document {
  try {
    return new DOMParser({ onError: (level, msg) => { if (level === "fatalError") throw new Error(msg); } }).parseFromString(text, "text/xml");
  } catch (error) {
    throw new Refusal(`${what}: broken XML (${error instanceof Error ? error.message : String(error)})`, "save it again from the office application");
  }
}

export const isElement = (n: Node | null): n is Element => n !== null && n.nodeType === 1;

/** Element children with this local name ("*" for all). */
export function children(el: Element | Document, name = "*"): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (isElement(n) && (name === "*" || n.localName === name)) out.push(n);
  return out;
}

export const child = (el: Element, name: string): Element | undefined => children(el, name)[0];

/** Descendants with this local name, in document order. */
export function descendants(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (e: Element) => {
    for (const c of children(e)) {
      if (c.localName === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** An attribute by local name (w:val → "val"), whatever its prefix. */
export function attr(el: Element | undefined, local: string): string | null {
  if (!el) return null;
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.localName === local || a.name === local) return a.value;
  }
  return null;
}
