import { type Box, contains, intersects, MAX_COLUMNS, MAX_ROWS } from "./address";
import { interpretInput } from "./cell-input";
import { invalidArgument } from "./errors";
import { type CellFormat, type CellState, EMPTY_FORMAT, type Scalar, type SheetState } from "./state";

/** Cell-level operations on the workbook state, applied while a sync runs. */

const MAX_TEXT = 32_767;

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function cellAt(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function emptyCell(): CellState {
  return {
    value: null,
    formula: null,
    error: null,
    numberFormat: "General",
    quotePrefix: false,
    format: EMPTY_FORMAT,
    hyperlink: null,
  };
}

export function ensureCell(sheet: SheetState, row: number, column: number): CellState {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

export function hasContent(cell: CellState): boolean {
  return cell.value !== null || cell.formula !== null || cell.error !== null;
}

/** What `values` reads for a cell: "" when empty, the error text for an error. */
export function readValue(cell: CellState | undefined): Scalar {
  if (!cell) return "";
  if (cell.error !== null) return cell.error;
  if (cell.value === null) return cell.formula !== null ? 0 : "";
  return cell.value;
}

export function readFormula(cell: CellState | undefined): Scalar {
  if (!cell) return "";
  return cell.formula ?? readValue(cell);
}

export function forEachCell(
  box: Box,
  visit: (row: number, column: number, i: number, j: number) => void,
): void {
  for (let i = 0; i < box.rowCount; i++)
    for (let j = 0; j < box.columnCount; j++) visit(box.row + i, box.column + j, i, j);
}

export function read2D<T>(sheet: SheetState, box: Box, read: (cell: CellState | undefined) => T): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < box.rowCount; i++) {
    const row: T[] = [];
    for (let j = 0; j < box.columnCount; j++) row.push(read(cellAt(sheet, box.row + i, box.column + j)));
    rows.push(row);
  }
  return rows;
}

/** Excel refuses arrays whose shape differs from the range's. */
export function checkDimensions(box: Box, input: unknown, property: string): readonly (readonly unknown[])[] {
  const ok =
    Array.isArray(input) &&
    input.length === box.rowCount &&
    input.every((row) => Array.isArray(row) && row.length === box.columnCount);
  if (!ok)
    throw invalidArgument(
      `The number of rows or columns in the input array for ${property} doesn't match the size or dimensions of the range (${box.rowCount} x ${box.columnCount}).`,
    );
  return input as readonly (readonly unknown[])[];
}

function asScalarInput(value: unknown): Scalar | null | undefined {
  if (value === null || value === undefined) return value;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw invalidArgument("A cell value must be a string, a number or a boolean.");
}

export function writeValues(sheet: SheetState, box: Box, input: unknown): void {
  const rows = checkDimensions(box, input, "values");
  forEachCell(box, (row, column, i, j) => {
    const raw = asScalarInput(rows[i]?.[j]);
    const existing = cellAt(sheet, row, column);
    const parsed = interpretInput(raw, existing?.numberFormat ?? "General");
    if (parsed === null) return;
    const cell = existing ?? ensureCell(sheet, row, column);
    cell.formula = null;
    cell.error = null;
    cell.quotePrefix = false;
    switch (parsed.kind) {
      case "empty":
        cell.value = null;
        break;
      case "text":
        if (parsed.text.length > MAX_TEXT)
          throw invalidArgument(`Text of ${parsed.text.length} characters is over Excel's ${MAX_TEXT}.`);
        cell.value = parsed.text;
        cell.quotePrefix = parsed.quotePrefix;
        break;
      case "formula":
        cell.value = null;
        cell.formula = parsed.formula;
        break;
      case "error":
        cell.value = null;
        cell.error = parsed.code;
        break;
      case "value":
        cell.value = parsed.value;
        if (parsed.numberFormat !== null && cell.numberFormat === "General")
          cell.numberFormat = parsed.numberFormat;
        break;
    }
  });
}

/** Formulas as written: a string starting with "=" is a formula, anything else is handled like `values`. */
export function writeFormulas(sheet: SheetState, box: Box, input: unknown): void {
  writeValues(sheet, box, input);
}

export function writeNumberFormats(sheet: SheetState, box: Box, input: unknown): void {
  const rows = checkDimensions(box, input, "numberFormat");
  forEachCell(box, (row, column, i, j) => {
    const format = rows[i]?.[j];
    if (format === null || format === undefined) return;
    if (typeof format !== "string") throw invalidArgument("A number format must be a string.");
    ensureCell(sheet, row, column).numberFormat = format;
  });
}

/**
 * Changes formats through a cache of transitions, so that a property set on 100,000 cells allocates one
 * new format object per distinct old format, not one per cell.
 */
export function updateFormats(sheet: SheetState, box: Box, change: (format: CellFormat) => CellFormat): void {
  const cache = new Map<CellFormat, CellFormat>();
  forEachCell(box, (row, column) => {
    const cell = ensureCell(sheet, row, column);
    let next = cache.get(cell.format);
    if (!next) {
      next = Object.freeze(change(cell.format));
      cache.set(cell.format, next);
    }
    cell.format = next;
  });
}

/** Reads one property across a range: its value when every cell agrees, null otherwise (as Excel does). */
export function uniformFormat<T>(sheet: SheetState, box: Box, read: (format: CellFormat) => T): T | null {
  let first = true;
  let result: T | null = null;
  const limitRows = Math.min(box.rowCount, MAX_ROWS);
  for (let i = 0; i < limitRows; i++)
    for (let j = 0; j < box.columnCount; j++) {
      const value = read(cellAt(sheet, box.row + i, box.column + j)?.format ?? EMPTY_FORMAT);
      if (first) {
        result = value;
        first = false;
      } else if (value !== result) return null;
    }
  return result;
}

/** The bounding box of the used cells (of those inside `within`, when given). */
export function usedBox(sheet: SheetState, valuesOnly: boolean, within?: Box): Box | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    const used = valuesOnly
      ? hasContent(cell)
      : hasContent(cell) ||
        cell.format !== EMPTY_FORMAT ||
        cell.numberFormat !== "General" ||
        cell.hyperlink !== null;
    if (!used) continue;
    const row = Math.floor(key / MAX_COLUMNS);
    const column = key % MAX_COLUMNS;
    if (within && !contains(within, row, column)) continue;
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
  }
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

export function mergeBox(sheet: SheetState, box: Box, across: boolean): void {
  const areas: Box[] = across
    ? Array.from({ length: box.rowCount }, (_, i) => ({ ...box, row: box.row + i, rowCount: 1 }))
    : [box];
  for (const area of areas) {
    if (area.rowCount * area.columnCount < 2) continue;
    // A scan without copying: an annex makes tens of thousands of merges, rarely over an earlier one.
    if (sheet.merges.some((merge) => intersects(merge, area)))
      sheet.merges = sheet.merges.filter((merge) => !intersects(merge, area));
    sheet.merges.push(area);
    // Excel keeps the upper-left value of a merged area and drops the others.
    forEachCell(area, (row, column, i, j) => {
      if (i === 0 && j === 0) return;
      const cell = cellAt(sheet, row, column);
      if (cell) {
        cell.value = null;
        cell.formula = null;
        cell.error = null;
        cell.quotePrefix = false;
      }
    });
  }
}
