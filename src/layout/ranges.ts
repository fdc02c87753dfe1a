import type { RangeRef } from "./model";

/** A range from its top-left cell and size (0-based). */
export function rangeOf(row: number, column: number, rowCount = 1, columnCount = 1): RangeRef {
  return { row, column, rowCount, columnCount };
}

/** True when the two ranges share at least one cell. */
export function rangesOverlap(a: RangeRef, b: RangeRef): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** The bounding rectangle of two ranges when together they form exactly that rectangle, else null. */
export function joinAdjacent(a: RangeRef, b: RangeRef): RangeRef | null {
  if (a.column === b.column && a.columnCount === b.columnCount && a.row + a.rowCount === b.row) {
    return rangeOf(a.row, a.column, a.rowCount + b.rowCount, a.columnCount);
  }
  if (a.row === b.row && a.rowCount === b.rowCount && a.column + a.columnCount === b.column) {
    return rangeOf(a.row, a.column, a.rowCount, a.columnCount + b.columnCount);
  }
  return null;
}
