import { parseXmlTree, type XmlElement, type XmlTree } from "./tree";

/**
 * One XML part of a package, read through a real parser and edited in place: every edit replaces only
 * the characters of what it changes (a start tag, an inserted run of elements, a removed element), and
 * the part is parsed again after it, so that an edit that would break the XML fails at once.
 * The reader of the register and the writer of the new sheets see the same elements.
 */
export class XmlPart {
  private source: string;
  private tree: XmlTree;

  /** Throws XmlSyntaxError when the text is not well-formed. */
  constructor(text: string) {
    this.source = text;
    this.tree = parseXmlTree(text);
  }

  get root(): XmlElement {
    return this.tree.root;
  }

  /** The part's text; a declaration naming another encoding is made to say UTF-8, which it is written in. */
  toString(): string {
    const declaration = this.tree.declaration;
    if (!declaration || declaration.encoding === undefined || /^utf-?8$/i.test(declaration.encoding)) {
      return this.source;
    }
    const standalone = declaration.standalone === undefined ? "" : ` standalone="${declaration.standalone}"`;
    return `<?xml version="1.0" encoding="UTF-8"${standalone}?>${this.source.slice(declaration.end)}`;
  }

  /** The first element (depth first, `from` included) with this namespace and local name, or null. */
  find(uri: string, local: string, from: XmlElement = this.root): XmlElement | null {
    if (from.uri === uri && from.local === local) return from;
    for (const child of from.children) {
      const found = this.find(uri, local, child);
      if (found) return found;
    }
    return null;
  }

  /** The children of `parent` with this namespace and local name. */
  childrenOf(parent: XmlElement, uri: string, local: string): XmlElement[] {
    return parent.children.filter((child) => child.uri === uri && child.local === local);
  }

  /** The qualified name to give a new element of `uri` inside `parent`, or null when no prefix is bound to it. */
  qualifiedName(parent: XmlElement, uri: string, local: string): string | null {
    const prefix = prefixFor(parent, uri);
    return prefix === null ? null : prefix === "" ? local : `${prefix}:${local}`;
  }

  /** Inserts markup at the end of an element's content (a self-closing element is opened up). */
  appendChildren(parent: XmlElement, markup: string, setAttributes: Record<string, string> = {}): void {
    if (!parent.selfClosing && Object.keys(setAttributes).length === 0) {
      this.replace(parent.contentEnd, parent.contentEnd, markup);
      return;
    }
    const open = startTag(parent, setAttributes, false);
    const close = parent.selfClosing ? `</${parent.name}>` : "";
    const inner = parent.selfClosing ? "" : this.source.slice(parent.startTagEnd, parent.contentEnd);
    this.replace(
      parent.start,
      parent.selfClosing ? parent.end : parent.contentEnd,
      `${open}${inner}${markup}${close}`,
    );
  }

  /** Replaces an element's content (its text, for a leaf) with markup. */
  replaceContent(element: XmlElement, markup: string): void {
    if (element.selfClosing) {
      this.replace(element.start, element.end, `${startTag(element, {}, false)}${markup}</${element.name}>`);
      return;
    }
    this.replace(element.startTagEnd, element.contentEnd, markup);
  }

  /** Inserts markup just before an element. */
  insertBefore(sibling: XmlElement, markup: string): void {
    this.replace(sibling.start, sibling.start, markup);
  }

  /** Removes elements (each with all it contains). */
  remove(elements: readonly XmlElement[]): void {
    if (elements.length === 0) return;
    const sorted = [...elements].sort((a, b) => b.start - a.start);
    let text = this.source;
    for (const element of sorted) text = text.slice(0, element.start) + text.slice(element.end);
    this.reparse(text);
  }

  private replace(start: number, end: number, markup: string): void {
    this.reparse(this.source.slice(0, start) + markup + this.source.slice(end));
  }

  private reparse(text: string): void {
    this.tree = parseXmlTree(text);
    this.source = text;
  }
}

/** The prefix bound to `uri` where `element` is, preferring the one the element itself uses; null if none. */
export function prefixFor(element: XmlElement, uri: string): string | null {
  const own = element.name.includes(":") ? element.name.slice(0, element.name.indexOf(":")) : "";
  if (element.scope.get(own) === uri) return own;
  for (const [prefix, bound] of element.scope) if (bound === uri && prefix !== "xml") return prefix;
  return null;
}

/** The value of an attribute by namespace ("" for an unprefixed one) and local name. */
export function attributeOf(element: XmlElement, local: string, uri = ""): string | undefined {
  return element.attributes.find((attribute) => attribute.local === local && attribute.uri === uri)?.value;
}

/** A start tag written afresh, with some attributes set. Used only for a tag an edit changes. */
function startTag(element: XmlElement, set: Record<string, string>, selfClosing: boolean): string {
  const values = new Map(element.attributes.map((attribute) => [attribute.name, attribute.value]));
  for (const [name, value] of Object.entries(set)) values.set(name, value);
  const attributes = [...values].map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join("");
  return `<${element.name}${attributes}${selfClosing ? "/>" : ">"}`;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/"/g, "&quot;")
    .replace(/\t/g, "&#x9;")
    .replace(/\n/g, "&#xA;")
    .replace(/\r/g, "&#xD;");
}
