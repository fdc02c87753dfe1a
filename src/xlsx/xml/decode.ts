/**
 * The text of an XML part from its bytes. XML allows UTF-8 (with or without a byte-order mark) and
 * UTF-16 in either byte order; a UTF-16 part normally starts with a mark, and one without is known by
 * its first character, "<", taking two bytes.
 */
export type XmlEncoding = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding of a part from its first bytes. */
export function xmlEncodingOf(bytes: Uint8Array): XmlEncoding {
  const [first, second] = [bytes[0], bytes[1]];
  if (first === 0xff && second === 0xfe) return "utf-16le";
  if (first === 0xfe && second === 0xff) return "utf-16be";
  if (first === 0x3c && second === 0x00) return "utf-16le";
  if (first === 0x00 && second === 0x3c) return "utf-16be";
  return "utf-8";
}

/**
 * Decodes a whole part; the byte-order mark is dropped. Invalid bytes become U+FFFD rather than
 * failing here: the parser then judges the text.
 *
 * @example decodeXml(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e])) // "<a/>"
 */
export function decodeXml(bytes: Uint8Array): string {
  return new TextDecoder(xmlEncodingOf(bytes)).decode(bytes);
}
