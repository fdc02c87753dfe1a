import type { CellValue } from "../../core/grid";
import { isoDateToSerial } from "../../core/dates";
import { parseXmlTree, type XmlElement } from "../xml/tree";
import { attributeOf, prefixFor } from "../xml/xml-part";
import { cellAddress, columnLetters } from "./cell-ref";
import { escapeXmlAttribute, spreadsheetText } from "./xml-text";
import { XlsxWriteError } from "./write-error";

/** One cell to set, at 1-based worksheet coordinates; `style` replaces the cell's format when given. */
export interface CellEdit {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
  readonly style?: number;
}

export interface EditedWorksheet {
  readonly xml: string;
  /** An edited cell held a formula: the calculation chain must go (Excel rebuilds it). */
  readonly formulaReplaced: boolean;
}

export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Sets cells in a worksheet part and leaves every other character of it as it was: each edited cell is
 * rewritten (keeping its format and other attributes unless a style is given), a missing cell or row is
 * inserted in order, and the dimension grows to cover them. Text is always an inline string, never a formula.
 * The part is parsed once, edited in one pass, and parsed again to prove it well-formed.
 *
 * @example setWorksheetCells(xml, [{ row: 2, column: 10, value: "Accepted" }]).xml
 */
export function setWorksheetCells(xml: string, edits: readonly CellEdit[]): EditedWorksheet {
  const root = parseXmlTree(xml).root;
  const main = root.uri;
  const sheetData = root.children.find((child) => child.uri === main && child.local === "sheetData");
  if (!sheetData) throw new XlsxWriteError("a worksheet part has no sheetData element.");
  const prefix = prefixFor(sheetData, main) ?? "";
  const name = (local: string) => (prefix === "" ? local : `${prefix}:${local}`);
  const byRow = groupByRow(edits);
  const rows = numbered(
    sheetData.children.filter((child) => child.uri === main && child.local === "row"),
    "r",
  );
  const splices: Splice[] = [];
  let formulaReplaced = false;
  const inserted: string[] = [];
  for (const [rowNumber, rowEdits] of byRow) {
    const existing = rows.find((row) => row.number === rowNumber);
    if (existing) {
      formulaReplaced = editRow(existing.element, rowEdits, main, name, splices) || formulaReplaced;
      continue;
    }
    const markup = `<${name("row")} r="${rowNumber}">${rowEdits.map((edit) => cellXml(edit, undefined, name)).join("")}</${name("row")}>`;
    const next = rows.find((row) => row.number > rowNumber);
    if (next) splices.push({ start: next.element.start, end: next.element.start, text: markup });
    else inserted.push(markup);
  }
  if (inserted.length > 0) splices.push(appendTo(sheetData, inserted.join(""), xml));
  const dimension = root.children.find((child) => child.uri === main && child.local === "dimension");
  if (dimension) splices.push(...grownDimension(dimension, edits));
  const text = applySplices(xml, splices);
  parseXmlTree(text);
  return { xml: text, formulaReplaced };
}

function groupByRow(edits: readonly CellEdit[]): Map<number, CellEdit[]> {
  const byRow = new Map<number, CellEdit[]>();
  for (const edit of edits) byRow.set(edit.row, [...(byRow.get(edit.row) ?? []), edit]);
  for (const list of byRow.values()) list.sort((a, b) => a.column - b.column);
  return new Map([...byRow].sort(([a], [b]) => a - b));
}

/** Elements with their 1-based number: from the attribute (a row's r, a cell's column), else the previous + 1. */
function numbered(
  elements: readonly XmlElement[],
  kind: "r" | "c",
): { element: XmlElement; number: number }[] {
  let previous = 0;
  return elements.map((element) => {
    const reference = attributeOf(element, "r");
    const number =
      reference === undefined ? previous + 1 : kind === "r" ? Number(reference) : columnOf(reference);
    previous = number;
    return { element, number };
  });
}

function columnOf(reference: string): number {
  const letters = /^[A-Za-z]+/.exec(reference)?.[0].toUpperCase() ?? "";
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

/** Splices for one existing row; true when an edited cell held a formula. */
function editRow(
  row: XmlElement,
  edits: readonly CellEdit[],
  main: string,
  name: (local: string) => string,
  splices: Splice[],
): boolean {
  const cells = numbered(
    row.children.filter((child) => child.uri === main && child.local === "c"),
    "c",
  );
  let formulaReplaced = false;
  const atEnd: string[] = [];
  for (const edit of edits) {
    const existing = cells.find((cell) => cell.number === edit.column);
    if (existing) {
      const formula = existing.element.children.find((child) => child.local === "f");
      if (formula && attributeOf(formula, "ref") !== undefined)
        throw new XlsxWriteError(
          `cell ${cellAddress(edit.row - 1, edit.column - 1)} holds a shared or array formula that other cells use; replace it with values in Excel and try again.`,
        );
      formulaReplaced = formulaReplaced || formula !== undefined;
      splices.push({
        start: existing.element.start,
        end: existing.element.end,
        text: cellXml(edit, existing.element, name),
      });
      continue;
    }
    const next = cells.find((cell) => cell.number > edit.column);
    if (next)
      splices.push({
        start: next.element.start,
        end: next.element.start,
        text: cellXml(edit, undefined, name),
      });
    else atEnd.push(cellXml(edit, undefined, name));
  }
  if (row.selfClosing) {
    splices.push({
      start: row.start,
      end: row.end,
      text: `${startTag(row, edits)}${atEnd.join("")}</${row.name}>`,
    });
    return formulaReplaced;
  }
  if (atEnd.length > 0) splices.push({ start: row.contentEnd, end: row.contentEnd, text: atEnd.join("") });
  if (attributeOf(row, "spans") !== undefined)
    splices.push({ start: row.start, end: row.startTagEnd, text: startTag(row, edits) });
  return formulaReplaced;
}

/** A row's start tag with its spans widened to the edited columns (other attributes as they were). */
function startTag(row: XmlElement, edits: readonly CellEdit[]): string {
  const attributes = row.attributes.map((attribute) => {
    if (attribute.name !== "spans") return ` ${attribute.name}="${escapeXmlAttribute(attribute.value)}"`;
    const [low = 1, high = 1] = attribute.value.split(":").map(Number);
    const columns = edits.map((edit) => edit.column);
    return ` spans="${Math.min(low, ...columns)}:${Math.max(high, ...columns)}"`;
  });
  return `<${row.name}${attributes.join("")}>`;
}

/** A cell's markup: its own attributes kept (but the type), its style replaced when the edit gives one. */
function cellXml(edit: CellEdit, existing: XmlElement | undefined, name: (local: string) => string): string {
  const kept = (existing?.attributes ?? []).filter((a) => a.name !== "r" && a.name !== "t" && a.name !== "s");
  const style = edit.style ?? (existing ? attributeOf(existing, "s") : undefined);
  const head = [
    ` r="${cellAddress(edit.row - 1, edit.column - 1)}"`,
    style === undefined ? "" : ` s="${style}"`,
    ...kept.map((a) => ` ${a.name}="${escapeXmlAttribute(a.value)}"`),
  ].join("");
  const c = name("c");
  const value = edit.value;
  if (value === null || value === "") return `<${c}${head}/>`;
  if (typeof value === "number") return `<${c}${head}><${name("v")}>${value}</${name("v")}></${c}>`;
  if (typeof value === "boolean")
    return `<${c}${head} t="b"><${name("v")}>${value ? 1 : 0}</${name("v")}></${c}>`;
  if (typeof value === "object" && value.kind === "date")
    return `<${c}${head}><${name("v")}>${isoDateToSerial(value.iso)}</${name("v")}></${c}>`;
  if (typeof value === "object" && value.kind === "error")
    return `<${c}${head} t="e"><${name("v")}>${spreadsheetText(value.code)}</${name("v")}></${c}>`;
  const text = typeof value === "string" ? value : value.text;
  return `<${c}${head} t="inlineStr"><${name("is")}><${name("t")} xml:space="preserve">${spreadsheetText(text)}</${name("t")}></${name("is")}></${c}>`;
}

function appendTo(parent: XmlElement, markup: string, xml: string): Splice {
  if (!parent.selfClosing) return { start: parent.contentEnd, end: parent.contentEnd, text: markup };
  const open = xml.slice(parent.start, parent.end).replace(/\/>$/, ">");
  return { start: parent.start, end: parent.end, text: `${open}${markup}</${parent.name}>` };
}

/** The dimension's ref widened to the edited cells, when they fall outside it. */
function grownDimension(dimension: XmlElement, edits: readonly CellEdit[]): Splice[] {
  const ref = attributeOf(dimension, "ref") ?? "A1";
  const [first = "A1", last = first] = ref.split(":");
  const lastRow = Math.max(Number(/\d+$/.exec(last)?.[0] ?? 1), ...edits.map((e) => e.row));
  const lastColumn = Math.max(columnOf(last), ...edits.map((e) => e.column));
  const firstCell = /^[A-Z]+\d+$/i.test(first) ? first : "A1";
  const grown = `${firstCell}:${columnLetters(lastColumn - 1)}${lastRow}`;
  if (grown === `${first}:${last}`) return [];
  return [{ start: dimension.start, end: dimension.end, text: `<${dimension.name} ref="${grown}"/>` }];
}

export function applySplices(text: string, splices: readonly Splice[]): string {
  // Right to left, so that offsets stay true; insertions at one place keep the order they were made in.
  const ordered = splices.map((splice, index) => ({ splice, index }));
  ordered.sort((a, b) => b.splice.start - a.splice.start || b.index - a.index);
  let result = text;
  for (const { splice } of ordered)
    result = result.slice(0, splice.start) + splice.text + result.slice(splice.end);
  return result;
}
