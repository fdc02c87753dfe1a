import { cellAddress, columnLetters } from "../../core/a1";
import type { RangeRef } from "../../layout/model";

/** Excel's last column (XFD) and row, 0-based. */
export const MAX_COLUMN_INDEX = 16_383;
export const MAX_ROW_INDEX = 1_048_575;

export { cellAddress, columnLetters } from "../../core/a1";

/** "A1:C4", or "A1" for a single cell. */
export function rangeAddress(range: RangeRef): string {
  const first = cellAddress(range.row, range.column);
  if (range.rowCount === 1 && range.columnCount === 1) return first;
  return `${first}:${cellAddress(range.row + range.rowCount - 1, range.column + range.columnCount - 1)}`;
}

/** A sheet name as formulas quote it: always in apostrophes, an apostrophe inside doubled. */
export function quotedSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** "'Summary'!$B$5:$B$8" (or "'Summary'!$B$5" for one cell). */
export function absoluteRangeFormula(sheetName: string, range: RangeRef): string {
  const first = `$${columnLetters(range.column)}$${range.row + 1}`;
  const single = range.rowCount === 1 && range.columnCount === 1;
  const last = `$${columnLetters(range.column + range.columnCount - 1)}$${range.row + range.rowCount}`;
  return `${quotedSheetName(sheetName)}!${single ? first : `${first}:${last}`}`;
}

/** "'Annex I'!$1:$3": whole rows, as print titles use them. */
export function absoluteRowsFormula(sheetName: string, firstRow: number, lastRow: number): string {
  return `${quotedSheetName(sheetName)}!$${firstRow + 1}:$${lastRow + 1}`;
}
