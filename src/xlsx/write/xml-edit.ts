/**
 * Minimal, text-level edits of existing package parts (workbook.xml, styles.xml, rels, content types).
 * We insert and replace small pieces instead of parsing and re-serialising the whole part, so that
 * everything we do not touch stays byte for byte as the producer (Excel, LibreOffice...) wrote it.
 * The parts edited here never nest an element inside one of the same name, which keeps the search simple.
 */

/** One start tag found in a part. */
export interface StartTag {
  /** Offset of "<". */
  readonly start: number;
  /** Offset just after ">". */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attributes: ReadonlyMap<string, string>;
}

/** An element with its content. For a self-closing element, `contentStart === contentEnd === end`. */
export interface ElementSpan extends StartTag {
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Offset just after the closing tag. */
  readonly elementEnd: number;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The qualified name with the given prefix ("" for none). */
export function qualified(prefix: string, localName: string): string {
  return prefix === "" ? localName : `${prefix}:${localName}`;
}

/** The prefix of the document's root element ("" when unprefixed), e.g. "x" for `<x:workbook>`. */
export function rootPrefix(xml: string): string {
  const root = /<(?![?!])([^\s/>]+)/.exec(xml);
  const name = root?.[1] ?? "";
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon);
}

/** The prefix the root element binds to a namespace ("" for the default namespace), or null. */
export function prefixForNamespace(xml: string, namespaceUri: string): string | null {
  const rootTag = rootStartTag(xml);
  if (!rootTag) return null;
  for (const [name, value] of rootTag.attributes) {
    if (value !== namespaceUri) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return name.slice("xmlns:".length);
  }
  return null;
}

/** Every start tag of the element `qname` (prefix included), in document order. */
export function findStartTags(xml: string, qname: string): StartTag[] {
  const pattern = new RegExp(
    `<${escapeRegExp(qname)}(?=[\\s/>])(?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*\\s*(/?)>`,
    "g",
  );
  const tags: StartTag[] = [];
  for (let match = pattern.exec(xml); match; match = pattern.exec(xml)) {
    tags.push(toStartTag(match));
  }
  return tags;
}

/** The first element `qname` from `from` on, with its content, or null. */
export function findElement(xml: string, qname: string, from = 0): ElementSpan | null {
  const tag = findStartTags(xml.slice(from), qname)[0];
  if (!tag) return null;
  const start = tag.start + from;
  const end = tag.end + from;
  if (tag.selfClosing) {
    return { ...tag, start, end, contentStart: end, contentEnd: end, elementEnd: end };
  }
  const close = `</${qname}>`;
  const contentEnd = xml.indexOf(close, end);
  if (contentEnd < 0) throw new Error(`The part is not well-formed: <${qname}> is never closed.`);
  return { ...tag, start, end, contentStart: end, contentEnd, elementEnd: contentEnd + close.length };
}

/** Every element `qname` with its content. */
export function findElements(xml: string, qname: string): ElementSpan[] {
  const spans: ElementSpan[] = [];
  for (let span = findElement(xml, qname); span; span = findElement(xml, qname, span.elementEnd)) {
    spans.push(span);
  }
  return spans;
}

/** The text between an element's tags, entities decoded. */
export function elementText(xml: string, span: ElementSpan): string {
  return decodeXmlEntities(xml.slice(span.contentStart, span.contentEnd));
}

/** Replaces `[start, end)` of `xml` with `replacement`. */
export function splice(xml: string, start: number, end: number, replacement: string): string {
  return xml.slice(0, start) + replacement + xml.slice(end);
}

/**
 * Appends `children` inside an element, keeping its tag; a self-closing element is opened up.
 * `count` (when given) replaces the element's count attribute.
 */
export function appendChildren(
  xml: string,
  span: ElementSpan,
  qname: string,
  children: string,
  count?: number,
): string {
  const openTag =
    count === undefined
      ? xml.slice(span.start, span.end)
      : withAttribute(xml.slice(span.start, span.end), "count", String(count));
  if (span.selfClosing) {
    const open = openTag.replace(/\s*\/>$/, ">");
    return splice(xml, span.start, span.end, `${open}${children}</${qname}>`);
  }
  const withChildren = splice(xml, span.contentEnd, span.contentEnd, children);
  return splice(withChildren, span.start, span.end, openTag);
}

/** A start tag with one attribute set (replaced when present, else added before the tag's end). */
export function withAttribute(tag: string, name: string, value: string): string {
  const escapedValue = value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  const existing = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (existing.test(tag)) return tag.replace(existing, `$1"${escapedValue}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${escapedValue}"$1>`);
}

export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_whole, entity: string) => {
    switch (entity) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10),
        );
    }
  });
}

function rootStartTag(xml: string): StartTag | null {
  const root = /<(?![?!])([^\s/>]+)/.exec(xml);
  return root?.[1] === undefined ? null : (findStartTags(xml, root[1])[0] ?? null);
}

function toStartTag(match: RegExpExecArray): StartTag {
  const text = match[0];
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let attribute = ATTRIBUTE.exec(text); attribute; attribute = ATTRIBUTE.exec(text)) {
    const name = attribute[1] ?? "";
    attributes.set(name, decodeXmlEntities(attribute[2] ?? attribute[3] ?? ""));
  }
  return { start: match.index, end: match.index + text.length, selfClosing: match[1] === "/", attributes };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
