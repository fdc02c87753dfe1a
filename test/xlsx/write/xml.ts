import { DOMParser, type Document, type Element } from "@xmldom/xmldom";

/** Parses a part, failing the test on any XML error or warning (a part Excel would call corrupt). */
export function parseXml(xml: string): Document {
  const problems: string[] = [];
  const document = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (problems.length > 0) throw new Error(`Malformed XML:\n${problems.join("\n")}`);
  return document;
}

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  chart: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  drawing: "http://schemas.openxmlformats.org/drawingml/2006/main",
  spreadsheetDrawing: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  relationships: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRelationships: "http://schemas.openxmlformats.org/package/2006/relationships",
} as const;

/** All elements with the namespace and local name, under `root`. */
export function elements(root: Document | Element, namespace: string, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS(namespace, localName));
}

/** The `val` attribute of the first such element under `root`. */
export function valOf(root: Document | Element, namespace: string, localName: string): string | null {
  return elements(root, namespace, localName)[0]?.getAttribute("val") ?? null;
}

/** Text of the first such element. */
export function textOf(root: Document | Element, namespace: string, localName: string): string | null {
  return elements(root, namespace, localName)[0]?.textContent ?? null;
}
