import { SaxesParser } from "saxes";

/** An opening tag with its name stripped of any namespace prefix ("x:c" and "c" are the same element). */
export interface XmlTag {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
}

export interface XmlHandlers {
  readonly open?: (tag: XmlTag) => void;
  /** Character data, entities decoded; called in pieces. */
  readonly text?: (text: string) => void;
  readonly close?: (name: string) => void;
}

/** Thrown when a part is not well-formed XML; the caller names the part and the file. */
export class XmlSyntaxError extends Error {}

/**
 * Streams XML text through a SAX parser (saxes, the parser ExcelJS itself uses), so that a
 * 100 MB sheet is never held as one string.
 */
export async function parseXml(chunks: AsyncIterable<string>, handlers: XmlHandlers): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const { open, text, close } = handlers;
  if (open) parser.on("opentag", (tag) => open({ name: localName(tag.name), attributes: tag.attributes }));
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  if (close) parser.on("closetag", (tag) => close(localName(tag.name)));
  try {
    for await (const chunk of chunks) parser.write(chunk);
    parser.close();
  } catch (error) {
    // saxes reports malformed XML by throwing a plain Error; the reader's own errors pass through.
    if (error instanceof Error && error.constructor === Error) throw new XmlSyntaxError(error.message);
    throw error;
  }
}

export function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The value of the attribute with this local name and no prefix, e.g. "ref". */
export function attribute(tag: XmlTag, name: string): string | undefined {
  return tag.attributes[name];
}

/** The relationship id ("r:id", whatever the prefix is bound to be called). */
export function relationshipId(tag: XmlTag): string | undefined {
  for (const [name, value] of Object.entries(tag.attributes)) {
    if (name.endsWith(":id") && !name.startsWith("xmlns")) return value;
  }
  return undefined;
}
