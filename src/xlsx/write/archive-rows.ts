import type { ArchivePlan } from "../../core/rollover";
import { parseXmlTree, type XmlElement } from "../xml/tree";
import { attributeOf } from "../xml/xml-part";
import type { CellEdit } from "./cell-edits";
import { NAMESPACES } from "./package-parts";

/**
 * The archive option in an .xlsx copy: the archived rows are copied to the Archive sheet with their values
 * and formats (this file), then deleted from the register (archive-deletion.ts).
 */
export interface ArchiveEdits {
  /** The register's header (when copied) and the archived rows on the Archive sheet, from column A. */
  readonly archive: readonly CellEdit[];
}

export function archiveEdits(registerXml: string, archive: ArchivePlan): ArchiveEdits {
  const sourceRows = [...(archive.headerRows > 0 ? [archive.sourceHeaderRow] : []), ...archive.registerRows];
  const styles = cellStyles(registerXml, new Set(sourceRows));
  const copied: CellEdit[] = [];
  sourceRows.forEach((sourceRow, index) => {
    const values = archive.values[index] ?? [];
    for (let column = archive.firstColumn; column <= archive.lastColumn; column++) {
      const style = styles.get(sourceRow)?.get(column);
      const value = values[column - archive.firstColumn] ?? null;
      const target = { row: archive.firstRow + index, column: column - archive.firstColumn + 1, value };
      copied.push(style === undefined ? target : { ...target, style });
    }
  });
  return { archive: copied };
}

/** Each listed row's cell styles (the `s` index, shared by every sheet of the workbook), by row and column. */
function cellStyles(xml: string, rows: ReadonlySet<number>): Map<number, Map<number, number>> {
  const root = parseXmlTree(xml).root;
  const main = root.uri;
  const sheetData = root.children.find((child) => child.uri === main && child.local === "sheetData");
  const styles = new Map<number, Map<number, number>>();
  let rowNumber = 0;
  for (const row of sheetData?.children ?? []) {
    if (row.uri !== main || row.local !== "row") continue;
    rowNumber = Number(attributeOf(row, "r") ?? rowNumber + 1);
    if (!rows.has(rowNumber)) continue;
    styles.set(rowNumber, rowStyles(row, main));
  }
  return styles;
}

function rowStyles(row: XmlElement, main: string): Map<number, number> {
  const byColumn = new Map<number, number>();
  const rowStyle = attributeOf(row, "customFormat") === "1" ? attributeOf(row, "s") : undefined;
  let column = 0;
  for (const cell of row.children) {
    if (cell.uri !== main || cell.local !== "c") continue;
    const reference = attributeOf(cell, "r");
    column = reference === undefined ? column + 1 : columnNumber(reference);
    const style = attributeOf(cell, "s") ?? rowStyle;
    if (style !== undefined) byColumn.set(column, Number(style));
  }
  return byColumn;
}

function columnNumber(reference: string): number {
  let number = 0;
  for (const letter of reference.toUpperCase()) {
    const code = letter.charCodeAt(0);
    if (code < 65 || code > 90) break;
    number = number * 26 + code - 64;
  }
  return number;
}

/** A new Archive sheet: the header row frozen, the register's column widths when its columns start at A. */
export function newArchiveXml(registerXml: string, firstColumn: number, hyperlinks: string): string {
  const root = parseXmlTree(registerXml).root;
  const cols = root.children.find((child) => child.uri === root.uri && child.local === "cols");
  const columns = cols && firstColumn === 1 ? copiedCols(cols) : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NAMESPACES.spreadsheetMain}" xmlns:r="${NAMESPACES.officeRelationships}">` +
    `<dimension ref="A1"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${columns}<sheetData/>${hyperlinks}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

/** The register's column widths, rewritten without prefixes (the new part uses the default namespace). */
function copiedCols(cols: XmlElement): string {
  const kept = ["min", "max", "width", "customWidth", "hidden", "style"];
  const items = cols.children
    .filter((col) => col.local === "col")
    .map((col) => {
      const attributes = kept.flatMap((name) => {
        const value = attributeOf(col, name);
        return value === undefined || !/^[0-9.]+$/.test(value) ? [] : [` ${name}="${value}"`];
      });
      return `<col${attributes.join("")}/>`;
    });
  return items.length === 0 ? "" : `<cols>${items.join("")}</cols>`;
}
