/**
 * A real XML parser (saxes; no regular expressions over XML) into a small
 * element tree, and helpers by local name (w:tbl → "tbl").
 */
import { SaxesParser } from "saxes";
import { Refusal } from "./refusal.ts";

export type XmlElement = {
  name: string;
  localName: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
};

export function parseXml(text: string, what: string): XmlElement {
  const root: XmlElement = { name: "#document", localName: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const parser = new SaxesParser();
  parser.on("opentag", (tag) => {
    const name = tag.name;
    const el: XmlElement = { name, localName: name.slice(name.indexOf(":") + 1), attrs: tag.attributes, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => void stack.pop());
  parser.on("text", (t) => void stack[stack.length - 1]!.children.push(t));
  parser.on("cdata", (t) => void stack[stack.length - 1]!.children.push(t));
  try {
    parser.write(text).close();
  } catch (error) {
    throw new Refusal(
      `${what}: broken XML (${error instanceof Error ? error.message : String(error)})`,
      "save it again from the office application",
    );
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!top) throw new Refusal(`${what}: no XML root element`, "save it again from the office application");
  return top;
}

/** Element children with this local name ("*" for all). */
export function children(el: XmlElement, name = "*"): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== "string" && (name === "*" || c.localName === name));
}

export const child = (el: XmlElement, name: string): XmlElement | undefined => children(el, name)[0];

/** Descendants with this local name, in document order. */
export function descendants(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === "string") continue;
      if (c.localName === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** All text inside an element. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");
}

/** An attribute by local name (w:val → "val"), whatever its prefix. */
export function attr(el: XmlElement | undefined, local: string): string | null {
  if (!el) return null;
  for (const [k, v] of Object.entries(el.attrs)) if (k === local || k.slice(k.indexOf(":") + 1) === local) return v;
  return null;
}
