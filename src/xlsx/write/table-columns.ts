import { parseXmlTree, type XmlElement } from "../xml/tree";
import { attributeOf } from "../xml/xml-part";
import { applySplices, type Splice } from "./cell-edits";
import { columnLetters } from "./cell-ref";
import { escapeXmlAttribute } from "./xml-text";

/**
 * A table part (`xl/tables/tableN.xml`) widened by columns added at its right: its ref and its filter's
 * ref reach the last new column, and each new column is declared with its header as its name. Null when
 * the part is not the named table. Everything else in the part is kept as written.
 *
 * @example widenTable(xml, "Register", 18, ["Previous acceptance"]) // ref A1:P25 becomes A1:R25
 */
export function widenTable(
  xml: string,
  tableName: string,
  lastColumn: number,
  headers: readonly string[],
): string | null {
  const root = parseXmlTree(xml).root;
  const named = [attributeOf(root, "name"), attributeOf(root, "displayName")];
  if (!named.some((name) => name?.toLowerCase() === tableName.toLowerCase())) return null;
  const splices: Splice[] = [];
  const widen = (element: XmlElement) => {
    const ref = attributeOf(element, "ref");
    if (ref === undefined) return;
    const widened = ref.replace(
      /:([A-Z]+)(\d+)$/i,
      (_, _letters: string, row: string) => `:${columnLetters(lastColumn - 1)}${row}`,
    );
    splices.push(attributeSplice(xml, element, "ref", widened));
  };
  widen(root);
  const filter = root.children.find((child) => child.local === "autoFilter");
  if (filter) widen(filter);
  const columns = root.children.find((child) => child.local === "tableColumns");
  if (!columns) return null;
  const declared = columns.children.filter((child) => child.local === "tableColumn");
  let id = Math.max(0, ...declared.map((column) => Number(attributeOf(column, "id") ?? 0)));
  const name = columns.name.replace(/tableColumns$/, "tableColumn");
  const added = headers
    .map((header) => `<${name} id="${++id}" name="${escapeXmlAttribute(header)}"/>`)
    .join("");
  const count = String(declared.length + headers.length);
  const open = `<${columns.name}${columns.attributes
    .map((a) => ` ${a.name}="${escapeXmlAttribute(a.name === "count" ? count : a.value)}"`)
    .join("")}>`;
  const inner = columns.selfClosing ? "" : xml.slice(columns.startTagEnd, columns.contentEnd);
  splices.push({ start: columns.start, end: columns.end, text: `${open}${inner}${added}</${columns.name}>` });
  const result = applySplices(xml, splices);
  parseXmlTree(result);
  return result;
}

/** The start tag of `element` with one attribute's value replaced (the rest of the element kept). */
function attributeSplice(xml: string, element: XmlElement, attribute: string, value: string): Splice {
  const attributes = element.attributes
    .map((a) => ` ${a.name}="${escapeXmlAttribute(a.name === attribute ? value : a.value)}"`)
    .join("");
  const selfClosing = xml.slice(element.start, element.startTagEnd).endsWith("/>");
  return {
    start: element.start,
    end: element.startTagEnd,
    text: `<${element.name}${attributes}${selfClosing ? "/>" : ">"}`,
  };
}
