import { SaxesParser, type SaxesTagNS } from "saxes";

/** An attribute with its namespace resolved ("" for none: unprefixed attributes have no namespace). */
export interface XmlAttribute {
  /** As written, e.g. "r:id". */
  readonly name: string;
  readonly uri: string;
  readonly local: string;
  readonly value: string;
}

/**
 * An element of a parsed part, with where it sits in the text, so that an edit can change just it and
 * leave every other character (comments, CDATA, processing instructions, prefixes, spacing) as it was.
 */
export interface XmlElement {
  /** The qualified name as written, e.g. "x:sheet". */
  readonly name: string;
  readonly uri: string;
  readonly local: string;
  readonly attributes: readonly XmlAttribute[];
  /** Offset of "<". */
  readonly start: number;
  /** Offset just after the start tag's ">" (where the content starts). */
  readonly startTagEnd: number;
  /** Offset of the end tag's "<" (equal to startTagEnd for a self-closing element). */
  readonly contentEnd: number;
  /** Offset just after the element. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly children: readonly XmlElement[];
  /** Prefix → namespace in scope at this element ("" is the default namespace). */
  readonly scope: ReadonlyMap<string, string>;
  /** Its own character data (text and CDATA, entities decoded), not its descendants'. */
  readonly text: string;
}

export interface XmlTree {
  readonly root: XmlElement;
  /** The XML declaration, when the part has one: where it ends and the encoding it names. */
  readonly declaration: {
    readonly end: number;
    readonly encoding: string | undefined;
    readonly standalone: string | undefined;
  } | null;
}

/** Thrown when a part is not well-formed XML (or has no root element); the caller names the part. */
export class XmlSyntaxError extends Error {}

interface Building {
  element: Omit<XmlElement, "contentEnd" | "end" | "children" | "text"> & {
    contentEnd: number;
    end: number;
    children: XmlElement[];
    text: string;
  };
}

/**
 * Parses a whole part with saxes (namespace-aware) into elements that know their offsets. Elements
 * inside comments or CDATA are text, so they are never found: only what an XML reader sees is.
 *
 * @example parseXmlTree('<a xmlns="u"><!--<b/>--><b/></a>').root.children.length // 1
 */
export function parseXmlTree(text: string): XmlTree {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Building[] = [];
  let root: XmlElement | null = null;
  let declaration: XmlTree["declaration"] = null;
  let tagStart = 0;
  parser.on("xmldecl", (decl) => {
    declaration = { end: parser.position, encoding: decl.encoding, standalone: decl.standalone };
  });
  parser.on("opentagstart", () => {
    tagStart = text.lastIndexOf("<", parser.position - 1);
  });
  parser.on("opentag", (tag) => {
    const parent = stack[stack.length - 1]?.element;
    const element = openElement(tag as SaxesTagNS, parent?.scope, tagStart, parser.position);
    parent?.children.push(element);
    stack.push({ element });
  });
  const appendText = (chunk: string) => {
    const current = stack[stack.length - 1];
    if (current) current.element.text += chunk;
  };
  parser.on("text", appendText);
  parser.on("cdata", appendText);
  parser.on("closetag", () => {
    const done = stack.pop();
    if (!done) return;
    const element = done.element;
    element.end = parser.position;
    element.contentEnd = element.selfClosing
      ? element.startTagEnd
      : text.lastIndexOf("<", parser.position - 1);
    if (stack.length === 0) root = element;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    throw new XmlSyntaxError(error instanceof Error ? error.message : String(error));
  }
  if (root === null) throw new XmlSyntaxError("the part has no root element");
  return { root, declaration };
}

function openElement(
  tag: SaxesTagNS,
  parentScope: ReadonlyMap<string, string> | undefined,
  start: number,
  startTagEnd: number,
): Building["element"] {
  const scope = new Map(parentScope ?? []);
  for (const [prefix, uri] of Object.entries(tag.ns)) scope.set(prefix, uri);
  const attributes = Object.values(tag.attributes).map((attribute) => ({
    name: attribute.name,
    uri: attribute.uri,
    local: attribute.local,
    value: attribute.value,
  }));
  return {
    name: tag.name,
    uri: tag.uri,
    local: tag.local,
    attributes,
    start,
    startTagEnd,
    contentEnd: startTagEnd,
    end: startTagEnd,
    selfClosing: tag.isSelfClosing,
    children: [],
    scope,
    text: "",
  };
}
