import type { CellStyle, LayoutValue, SheetLayout } from "../../layout/model";
import { DEFAULT_MARGINS } from "../../layout/page";
import { cellAddress, columnLetters, rangeAddress } from "./cell-ref";
import { cellFormat, looksLikeFormula } from "./cell-format";
import { BytePieces, type ByteSink } from "./byte-pieces";
import { cellKey, RowStyles } from "./cell-styles";
import { pointsToColumnWidth } from "./column-width";
import { NAMESPACES } from "./package-parts";
import type { StylesPart } from "./styles-part";
import { spreadsheetText } from "./xml-text";
import { dataValidationsXml, tablePartsXml } from "./table-xml";

/** Relationship ids the worksheet refers to (its own relationships part is written alongside). */
export interface WorksheetRelationshipIds {
  /** Hyperlink relationship id by cell key; only cells whose link is an http(s) URL are listed. */
  readonly hyperlinks: ReadonlyMap<number, string>;
  readonly drawing: string | null;
  /** Relationship ids of the sheet's table parts, in the layout's order. */
  readonly tables?: readonly string[];
}

const EMPTY_STYLE: CellStyle = {};

/**
 * The worksheet part of a generated sheet. Every cell gets its own format from `styles`, strings are
 * always inline string cells (never `<f>`), so no text can turn into a formula.
 */
export function worksheetXml(layout: SheetLayout, styles: StylesPart, ids: WorksheetRelationshipIds): string {
  const pieces: Buffer[] = [];
  writeWorksheetXml(layout, styles, ids, (bytes) => {
    pieces.push(bytes);
  });
  return Buffer.concat(pieces).toString("utf8");
}

/** As `worksheetXml`, as UTF-8 handed to `sink` in pieces of about a megabyte while the rows are built. */
export function writeWorksheetXml(
  layout: SheetLayout,
  styles: StylesPart,
  ids: WorksheetRelationshipIds,
  sink: ByteSink,
): void {
  for (const pause of worksheetXmlPieces(layout, styles, ids, sink)) void pause;
}

/**
 * As `writeWorksheetXml`, pausing (yielding) after each piece handed on: the caller may then let the
 * event loop run, so that the pieces the sink is done with come back for reuse (see BytePieces).
 */
export function* worksheetXmlPieces(
  layout: SheetLayout,
  styles: StylesPart,
  ids: WorksheetRelationshipIds,
  sink: ByteSink,
): Generator<void, void, undefined> {
  const { lastRow, lastColumn } = extentOf(layout);
  const lastCell = cellAddress(Math.max(lastRow, 0), Math.max(lastColumn, 0));
  const out = new BytePieces(sink);
  out.write(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<worksheet xmlns="${NAMESPACES.spreadsheetMain}" xmlns:r="${NAMESPACES.officeRelationships}">` +
      (layout.page.fitToWidth ? `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>` : "") +
      `<dimension ref="${lastCell === "A1" ? "A1" : `A1:${lastCell}`}"/>` +
      sheetViewsXml(layout) +
      `<sheetFormatPr defaultRowHeight="15"/>` +
      columnsXml(layout.columnWidths),
  );
  yield* writeSheetData(layout, styles, { lastRow, lastColumn }, out);
  out.write(
    mergesXml(layout) +
      dataValidationsXml(layout.validations ?? []) +
      hyperlinksXml(ids.hyperlinks) +
      pageMarginsXml(layout) +
      pageSetupXml(layout) +
      rowBreaksXml(layout.rowBreaks ?? []) +
      (ids.drawing === null ? "" : `<drawing r:id="${ids.drawing}"/>`) +
      tablePartsXml(ids.tables ?? []) +
      `</worksheet>`,
  );
  out.flush();
}

/** The last row and column (0-based) that hold a value, a style, a link, a height or a width; -1 if none. */
function extentOf(layout: SheetLayout): { lastRow: number; lastColumn: number } {
  let lastRow = Math.max(layout.values.length - 1, layout.rowHeights.length - 1, -1);
  let lastColumn = Math.max(layout.columnWidths.length - 1, -1);
  for (const row of layout.values) lastColumn = Math.max(lastColumn, row.length - 1);
  for (const { range } of layout.styles) {
    lastRow = Math.max(lastRow, range.row + range.rowCount - 1);
    lastColumn = Math.max(lastColumn, range.column + range.columnCount - 1);
  }
  for (const link of layout.hyperlinks) {
    lastRow = Math.max(lastRow, link.row);
    lastColumn = Math.max(lastColumn, link.column);
  }
  return { lastRow, lastColumn };
}

/**
 * <sheetData> and its <row> elements, in order, with their cells: a cell is written when it has a value
 * or a style, a row when it has a cell or a height. Formats are asked of `styles` in cell order.
 */
function* writeSheetData(
  layout: SheetLayout,
  styles: StylesPart,
  extent: { lastRow: number; lastColumn: number },
  out: BytePieces,
): Generator<void, void, undefined> {
  const rowStyles = new RowStyles(layout.styles, extent.lastColumn + 1);
  const links = linksInCellOrder(layout);
  let nextLink = 0;
  const xfOf = formatIndexer(styles);
  const letters = Array.from({ length: extent.lastColumn + 1 }, (_, column) => columnLetters(column));
  let rows = 0;
  let pieces = out.handedOn;
  for (let row = 0; row <= extent.lastRow; row += 1) {
    if (out.handedOn !== pieces) {
      pieces = out.handedOn;
      yield;
    }
    const values = layout.values[row];
    const cellStyles = rowStyles.row(row);
    const height = layout.rowHeights[row] ?? null;
    const number = String(row + 1);
    let open = false;
    for (let column = 0; column <= extent.lastColumn; column += 1) {
      // Cells come in key order: the links are walked alongside, not looked up cell by cell.
      const key = cellKey(row, column);
      while (nextLink < links.length && (links[nextLink] as LinkText).key < key) nextLink += 1;
      const link = links[nextLink];
      const linked = link !== undefined && link.key === key ? link.text : undefined;
      const value = linked ?? values?.[column] ?? null;
      const style = cellStyles[column];
      if (value === null && style === undefined) continue;
      if (!open) out.write(rowStart(rows === 0, number, height));
      open = true;
      const quotePrefix = typeof value === "string" && looksLikeFormula(value);
      writeCell(out, `${letters[column] as string}${number}`, xfOf(style ?? EMPTY_STYLE, quotePrefix), value);
    }
    if (!open && height === null) continue;
    out.write(open ? "</row>" : `${rowStart(rows === 0, number, height)}</row>`);
    rows += 1;
  }
  out.write(rows === 0 ? "<sheetData/>" : "</sheetData>");
}

interface LinkText {
  readonly key: number;
  readonly text: string;
}

/** The text of each linked cell (the last link given for a cell wins), in cell key order. */
function linksInCellOrder(layout: SheetLayout): LinkText[] {
  const byCell = new Map(layout.hyperlinks.map((link) => [cellKey(link.row, link.column), link.text]));
  return [...byCell].map(([key, text]) => ({ key, text })).sort((a, b) => a.key - b.key);
}

function rowStart(first: boolean, number: string, height: number | null): string {
  const heightAttributes = height === null ? "" : ` ht="${height}" customHeight="1"`;
  return `${first ? "<sheetData>" : ""}<row r="${number}"${heightAttributes}>`;
}

/** A cell format's index in `styles`, with or without the quote prefix. */
function formatIndexer(styles: StylesPart): (style: CellStyle, quotePrefix: boolean) => number {
  // Resolved styles are shared objects (see resolveCellStyles): one format lookup per style, not per cell.
  const xfByStyle = new Map<CellStyle, [number | undefined, number | undefined]>();
  return (style, quotePrefix) => {
    const cached = xfByStyle.get(style) ?? [undefined, undefined];
    const slot = quotePrefix ? 1 : 0;
    const known = cached[slot];
    if (known !== undefined) return known;
    const index = styles.xfIndex(cellFormat(style, { quotePrefix }));
    cached[slot] = index;
    xfByStyle.set(style, cached);
    return index;
  };
}

function writeCell(out: BytePieces, address: string, styleIndex: number, value: LayoutValue): void {
  if (value === null || value === "") {
    out.write(`<c r="${address}" s="${styleIndex}"/>`);
  } else if (typeof value === "number" && Number.isFinite(value)) {
    out.write(`<c r="${address}" s="${styleIndex}"><v>${Object.is(value, -0) ? 0 : value}</v></c>`);
  } else {
    out.write(`<c r="${address}" s="${styleIndex}" t="inlineStr"><is><t xml:space="preserve">`);
    out.write(spreadsheetText(String(value)));
    out.write(`</t></is></c>`);
  }
}

function sheetViewsXml(layout: SheetLayout): string {
  // A right-to-left sheet (Arabic): Excel draws column A at the right; gridlines as the page says. Cells
  // keep Excel's "context" reading order: each reads in the direction of its first strong character, so an
  // Arabic label reads right to left (its Latin parameters isolated, see src/labels/bidi.ts) while an
  // English or Chinese assessment keeps its own order and punctuation.
  const rightToLeft = layout.direction === "rtl" ? ` rightToLeft="1"` : "";
  const gridlines = `${layout.page.showGridlines ? "" : ` showGridLines="0"`}${rightToLeft}`;
  if (layout.freezeRows <= 0) return `<sheetViews><sheetView workbookViewId="0"${gridlines}/></sheetViews>`;
  const topLeft = `A${layout.freezeRows + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${gridlines}>` +
    `<pane ySplit="${layout.freezeRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    `</sheetView></sheetViews>`
  );
}

function columnsXml(widths: readonly number[]): string {
  if (widths.length === 0) return "";
  const columns = widths.map(
    (points, i) =>
      `<col min="${i + 1}" max="${i + 1}" width="${pointsToColumnWidth(points)}" customWidth="1"/>`,
  );
  return `<cols>${columns.join("")}</cols>`;
}

function mergesXml(layout: SheetLayout): string {
  const merges = layout.merges.filter((range) => range.rowCount * range.columnCount > 1);
  if (merges.length === 0) return "";
  return `<mergeCells count="${merges.length}">${merges.map((range) => `<mergeCell ref="${rangeAddress(range)}"/>`).join("")}</mergeCells>`;
}

function hyperlinksXml(hyperlinks: ReadonlyMap<number, string>): string {
  if (hyperlinks.size === 0) return "";
  const entries = [...hyperlinks].map(([key, id]) => {
    const address = `${columnLetters(key % 16_384)}${Math.floor(key / 16_384) + 1}`;
    return `<hyperlink ref="${address}" r:id="${id}"/>`;
  });
  return `<hyperlinks>${entries.join("")}</hyperlinks>`;
}

/** The layout's margins (points), in the inches the file format stores. */
function pageMarginsXml(layout: SheetLayout): string {
  const margins = layout.page.margins ?? DEFAULT_MARGINS;
  const inches = (points: number) => Math.round((points / 72) * 10_000) / 10_000;
  const [left, right, top, bottom, header, footer] = [
    margins.left,
    margins.right,
    margins.top,
    margins.bottom,
    margins.header,
    margins.footer,
  ].map(inches);
  return `<pageMargins left="${left}" right="${right}" top="${top}" bottom="${bottom}" header="${header}" footer="${footer}"/>`;
}

/**
 * The layout's page breaks, exactly: a manual break above each given 0-based row (`brk id` is the
 * first row of the new page, in 0-based terms; row 0 cannot start a second page and is skipped).
 */
function rowBreaksXml(breaks: readonly number[]): string {
  const rows = breaks.filter((row) => Number.isInteger(row) && row > 0);
  if (rows.length === 0) return "";
  const elements = rows.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("");
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${elements}</rowBreaks>`;
}

function pageSetupXml(layout: SheetLayout): string {
  const paperSize = 9; // A4, the only size the layout model has
  const fit = layout.page.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
  return `<pageSetup paperSize="${paperSize}" orientation="${layout.page.orientation}"${fit}/>`;
}
