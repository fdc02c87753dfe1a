/** Escaping for the XML we write by hand: element text, attribute values and SpreadsheetML strings. */

/** Excel refuses a cell holding more characters than this. */
export const MAX_CELL_TEXT_LENGTH = 32_767;

/** Characters XML 1.0 cannot carry at all, and lone UTF-16 surrogates. */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element content: &, < and > escaped; CR as a character reference so that parsers do not fold it into LF. */
export function escapeXmlText(text: string): string {
  if (!NEEDS_TEXT_ESCAPE.test(text)) return text;
  return withoutNonXmlChars(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#xD;");
}

/** Attribute values: also quotes, and whitespace as references because parsers normalise it in attributes. */
export function escapeXmlAttribute(text: string): string {
  if (!NEEDS_ATTRIBUTE_ESCAPE.test(text)) return text;
  return escapeXmlText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\t/g, "&#x9;")
    .replace(/\n/g, "&#xA;");
}

/**
 * Text for a SpreadsheetML string (`<t>`): Excel reads "_xHHHH_" as an escaped character, so a literal
 * "_x0041_" in the text gets its underscore escaped, and characters XML cannot carry are written that way
 * too instead of being dropped. Longer text than Excel accepts is cut at its limit.
 */
export function spreadsheetText(text: string): string {
  const limited = text.length > MAX_CELL_TEXT_LENGTH ? text.slice(0, MAX_CELL_TEXT_LENGTH) : text;
  // Most texts need none of the replacements below: one scan finds out (the annexes hold 50 MB of text).
  if (!NEEDS_SPREADSHEET_ESCAPE.test(limited)) return limited;
  const literalEscapes = limited.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  const withControls = literalEscapes.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) =>
    excelCharEscape(c),
  );
  return escapeXmlText(withControls);
}

/** Any character escapeXmlText acts on (surrogates: any, paired or not): most text has none. */
const NEEDS_TEXT_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Any character escapeXmlAttribute acts on. */
const NEEDS_ATTRIBUTE_ESCAPE = /[&<>"'\t\n\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** Any character one of spreadsheetText's replacements acts on (surrogates: any, paired or not). */
const NEEDS_SPREADSHEET_ESCAPE = /[_&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

function excelCharEscape(character: string): string {
  return `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/**
 * What an XML parser reads back from `escapeXmlAttribute(text)` (or `escapeXmlText`): the text itself,
 * with the characters XML cannot carry as U+FFFD. Lets the writer know a part's values without parsing it.
 */
export function xmlValueAsRead(text: string): string {
  return NEEDS_TEXT_ESCAPE.test(text) ? withoutNonXmlChars(text) : text;
}

function withoutNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, "\uFFFD");
}
