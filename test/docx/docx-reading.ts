/** Reads a written .docx back for the tests: its parts, paragraphs, tables and charts, with a real XML parser. */
import path from "node:path";
import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";
import JSZip from "jszip";
import type { IsoDate } from "../../src/core/grid";
import type { Register } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { readReportDetails, type ReportDetails } from "../../src/core/parse/report-sheet";
import { summarize } from "../../src/core/summarize";
import type { Summary } from "../../src/core/summary-types";
import { reportDocxBytes } from "../../src/docx/write-docx";
import type { Language } from "../../src/labels/language";
import { layoutReportDocument } from "../../src/layout/document";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
export const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const SAMPLES = path.join(__dirname, "..", "..", "samples");

export interface WrittenReport {
  readonly register: Register;
  readonly summary: Summary;
  readonly zip: JSZip;
  readonly bytes: Uint8Array;
  readonly document: XmlDocument;
}

/** The report of a sample workbook, written and opened again. */
export async function sampleReport(
  file: string,
  asOf: string,
  lang: Language,
  extra: ReportDetails = {},
): Promise<WrittenReport> {
  const grid = await readWorkbookGrid(path.join(SAMPLES, file));
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const register = outcome.register;
  const summary = summarize(register, asOf as IsoDate);
  const layout = layoutReportDocument(register, summary, { ...readReportDetails(grid), ...extra }, lang);
  const bytes = await reportDocxBytes(layout);
  const zip = await JSZip.loadAsync(bytes);
  return { register, summary, zip, bytes, document: await xmlPart(zip, "word/document.xml") };
}

export async function xmlPart(zip: JSZip, name: string): Promise<XmlDocument> {
  const part = zip.file(name);
  if (!part) throw new Error(`no part ${name}`);
  return new DOMParser().parseFromString(await part.async("string"), "text/xml");
}

export function elements(parent: XmlDocument | Element, ns: string, local: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, local));
}

/** Direct children with this name. */
export function children(parent: Element, ns: string, local: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 && (node as Element).localName === local && (node as Element).namespaceURI === ns,
  );
}

/** The text of a paragraph or cell, tabs as "\t" and breaks as "\n". */
export function textOf(node: Element): string {
  let out = "";
  const walk = (element: Element): void => {
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.namespaceURI === W && el.localName === "t") out += el.textContent ?? "";
      else if (
        el.namespaceURI === W &&
        el.localName === "tab" &&
        el.parentNode &&
        (el.parentNode as Element).localName === "r"
      )
        out += "\t";
      else if (el.namespaceURI === W && el.localName === "br") out += "\n";
      else walk(el);
    }
  };
  walk(node);
  return out;
}

/** The body's paragraphs outside tables, in order. */
export function bodyParagraphs(document: XmlDocument): Element[] {
  const body = elements(document, W, "body")[0];
  if (!body) throw new Error("no body");
  return children(body, W, "p");
}

export function bodyTables(document: XmlDocument): Element[] {
  const body = elements(document, W, "body")[0];
  if (!body) throw new Error("no body");
  return children(body, W, "tbl");
}

export function rowsOf(table: Element): Element[] {
  return children(table, W, "tr");
}

export function cellsOf(row: Element): Element[] {
  return children(row, W, "tc");
}

export function hasRowProperty(row: Element, local: string): boolean {
  const properties = children(row, W, "trPr")[0];
  return properties !== undefined && children(properties, W, local).length > 0;
}

/** Whether every paragraph of the row's first cell is kept with the next (Word's rule for a row). */
export function rowKeptWithNext(row: Element): boolean {
  const first = cellsOf(row)[0];
  if (!first) return false;
  return children(first, W, "p").every((p) => elements(p, W, "keepNext").length > 0);
}
