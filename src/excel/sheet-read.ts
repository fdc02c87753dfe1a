import type { CellValue, GridSheet, GridTable, WorkbookGrid } from "../core/grid";
import { HEADER_SEARCH_ROWS, MAX_REGISTER_ROWS } from "../core/parse";
import { columnLetters } from "./a1";
import { toCellValue } from "./cell-values";
import { excelCode } from "./errors";
import type { XlRange, XlWorksheet } from "./excel-api";

// One sheet's read as it proceeds (its used range, the rows read so far), and how it becomes a grid sheet.

/** Rows read with the first round trip where responses are capped; the rest follows in blocks. */
const PROBE_ROWS = 250;
/**
 * The last worksheet row (1-based) read as cells: a register's header lies within the top rows and it
 * has at most MAX_REGISTER_ROWS rows below. Below it, a sheet is only looked at for a few stray rows.
 */
export const LAST_ROW_READ = HEADER_SEARCH_ROWS + MAX_REGISTER_ROWS;
/**
 * Where responses are not capped, the first read takes the used range within these cells: no more than
 * Excel's five million a read may return (49 columns of 100,010 rows). A wider or taller sheet is read
 * in blocks, and below LAST_ROW_READ as described in readBelow.
 */
const FIRST_READ_AREA = `A1:AW${LAST_ROW_READ}`;

export type Mode = "all" | "probe" | "extents";

export interface Extent {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface SheetRead {
  readonly name: string;
  readonly proxy: XlWorksheet;
  readonly extent: Extent | null;
  values: unknown[][];
  formats: unknown[][];
  /** Rows of `extent` read so far, from its top. */
  rowsRead: number;
}

/** The rows of a sheet's used range that are read in blocks: those down to LAST_ROW_READ. */
export function rowsToRead(read: SheetRead): number {
  const extent = read.extent;
  return extent ? Math.max(0, Math.min(extent.rowCount, LAST_ROW_READ - extent.row)) : 0;
}

export type TableRead = { readonly sheet: string; readonly table: GridTable };

export const NO_CELLS: unknown[] = [];
const NO_GRID_CELLS: readonly CellValue[] = [];

export function lastCellOf(extent: Extent): string {
  return `${columnLetters(extent.column + extent.columnCount - 1)}${extent.row + extent.rowCount}`;
}

export function tableRead(sheet: string, name: string, showTotals: boolean, range: XlRange): TableRead {
  const extent = extentOf(range);
  return {
    sheet,
    table: {
      name,
      headerRow: extent.row + 1,
      firstColumn: extent.column + 1,
      lastRow: extent.row + extent.rowCount,
      lastColumn: extent.column + extent.columnCount,
      hasTotalsRow: showTotals,
    },
  };
}

/** Tries a read; if the host refuses the response as too large, tries again reading sizes only. */
export async function retryWithExtents<T>(mode: Mode, read: (mode: Mode) => Promise<T>): Promise<T> {
  try {
    return await read(mode);
  } catch (error) {
    if (mode === "extents" || excelCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    return read("extents");
  }
}

export interface UsedRange {
  readonly range: XlRange;
  /** The top of the used range, read with its extent: all of it that FIRST_READ_AREA holds, or a probe. */
  readonly head: XlRange | null;
}

/**
 * Queues the used range's extent with, where responses are not capped, its cells within FIRST_READ_AREA,
 * or else its first rows: the extent is not known before the sync, and asking for more than five million
 * cells would fail (or, Microsoft warns, come back null).
 */
export function loadUsedRange(proxy: XlWorksheet, mode: Mode): UsedRange {
  const range = proxy.getUsedRangeOrNullObject(true);
  range.load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
  const area = mode === "all" ? FIRST_READ_AREA : mode === "probe" ? `1:${PROBE_ROWS}` : null;
  const head = area === null ? null : range.getIntersectionOrNullObject(area);
  head?.load(["rowIndex", "rowCount", "columnCount", "values", "numberFormat"]);
  return { range, head };
}

export function sheetRead(name: string, proxy: XlWorksheet, used: UsedRange): SheetRead {
  const { range, head } = used;
  if (range.isNullObject) return { name, proxy, extent: null, values: [], formats: [], rowsRead: 0 };
  const extent = extentOf(range);
  const read: SheetRead = { name, proxy, extent, values: [], formats: [], rowsRead: 0 };
  // Rows are read whole, from the top: a head cut short on the right is read again in blocks.
  if (head && !head.isNullObject && head.rowIndex === extent.row && head.columnCount === extent.columnCount) {
    read.values = head.values;
    read.formats = head.numberFormat;
    read.rowsRead = head.rowCount;
  }
  return read;
}

export function extentOf(range: XlRange): Extent {
  return {
    row: range.rowIndex,
    column: range.columnIndex,
    rowCount: range.rowCount,
    columnCount: range.columnCount,
  };
}

export function toGridSheet(read: SheetRead, tables: readonly GridTable[]): GridSheet {
  return {
    name: read.name,
    cells: read.values.map((row, i) =>
      row.length === 0 ? NO_GRID_CELLS : row.map((value, j) => toCellValue(value, read.formats[i]?.[j])),
    ),
    origin: { row: (read.extent?.row ?? 0) + 1, column: (read.extent?.column ?? 0) + 1 },
    ...(tables.length > 0 ? { tables } : {}),
  };
}

export function toGrid(reads: readonly SheetRead[], tables: readonly TableRead[]): WorkbookGrid {
  return {
    sheets: reads.map((read) =>
      toGridSheet(
        read,
        tables.filter((entry) => entry.sheet === read.name).map((entry) => entry.table),
      ),
    ),
  };
}
