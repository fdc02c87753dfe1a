import type { CellValue, GridSheet, GridTable } from "../../core/grid";
import { parseRange } from "./cell-ref";
import { displayText, link } from "./cell-values";
import type { Relationship } from "./relationships";
import type { SheetCells } from "./sheet-cells";

/**
 * Turns external hyperlinks into `LinkCell`s. Links within the workbook (to a sheet or a name) are
 * not addresses a register can use, so those cells keep their text. Empty cells stay empty.
 */
export function applyHyperlinks(cells: SheetCells, relationships: ReadonlyMap<string, Relationship>): void {
  for (const hyperlink of cells.hyperlinks) {
    const relationship =
      hyperlink.relationshipId === null ? undefined : relationships.get(hyperlink.relationshipId);
    if (!relationship?.external) continue;
    const address = hyperlink.location ? `${relationship.target}#${hyperlink.location}` : relationship.target;
    const range = parseRange(hyperlink.ref);
    if (!range) continue;
    const lastRow = Math.min(range.last.row, cells.rows.length - 1);
    for (let r = range.first.row; r <= lastRow; r += 1) {
      const row = cells.rows[r];
      if (!row) continue;
      const lastColumn = Math.min(range.last.column, row.length);
      for (let c = range.first.column; c <= lastColumn; c += 1) {
        const value = row[c - 1] ?? null;
        if (value !== null) row[c - 1] = link(displayText(value), address);
      }
    }
  }
}

/** The smallest rectangle holding every value, 1-based and inclusive. */
export interface UsedRange {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Rows that hold a value; the others share one row of nulls. */
  readonly rowsWithValues: number;
}

export function usedRangeOf(cells: SheetCells): UsedRange | null {
  const { rows } = cells;
  let firstRow = 0;
  let lastRow = 0;
  let firstColumn = Number.POSITIVE_INFINITY;
  let lastColumn = 0;
  let rowsWithValues = 0;
  for (let r = 1; r < rows.length; r += 1) {
    const row = rows[r];
    if (!row || row.length === 0) continue;
    if (firstRow === 0) firstRow = r;
    lastRow = r;
    rowsWithValues += 1;
    lastColumn = Math.max(lastColumn, row.length);
    const first = row.findIndex((value) => value !== null) + 1;
    if (first > 0) firstColumn = Math.min(firstColumn, first);
  }
  return firstRow === 0 ? null : { firstRow, lastRow, firstColumn, lastColumn, rowsWithValues };
}

/** The cells the grid keeps for this range, each row with a value padded to the range's width. */
export function paddedCellCount(range: UsedRange): number {
  return range.rowsWithValues * (range.lastColumn - range.firstColumn + 1);
}

/**
 * Trims the cells to the used range and makes each row as wide as that range. Rows with no value
 * share one frozen row of nulls.
 */
export function toGridSheet(
  name: string,
  cells: SheetCells,
  range: UsedRange | null,
  tables: readonly GridTable[],
): GridSheet {
  const grid = { name, ...(tables.length > 0 ? { tables } : {}) };
  if (range === null) return { ...grid, cells: [], origin: { row: 1, column: 1 } };
  const { rows } = cells;
  const { firstRow, lastRow, firstColumn } = range;
  const width = range.lastColumn - firstColumn + 1;
  const emptyRow: readonly CellValue[] = Object.freeze(new Array<CellValue>(width).fill(null));
  const out: (readonly CellValue[])[] = [];
  for (let r = firstRow; r <= lastRow; r += 1) {
    const row = rows[r];
    if (!row || row.length === 0) {
      out.push(emptyRow);
      continue;
    }
    const trimmed = firstColumn > 1 ? row.slice(firstColumn - 1) : row;
    while (trimmed.length < width) trimmed.push(null);
    out.push(trimmed);
    rows[r] = undefined; // let the untrimmed copy go as soon as possible
  }
  return { ...grid, cells: out, origin: { row: firstRow, column: firstColumn } };
}
