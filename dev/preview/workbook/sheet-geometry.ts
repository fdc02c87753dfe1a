/** Where things stand on the preview's worksheet, in pixels: columns, rows, charts and spilled text. */
import { DEFAULT_COLUMN_PX, DEFAULT_ROW_PX, pointsToPixels } from "./addresses";
import type { ChartDrawing, SheetDrawing } from "./drawing";
import type { MergeMap } from "./merge-map";

export interface SheetGeometry {
  /** Each column's width in pixels. */
  readonly widths: readonly number[];
  /** The charts anchored at each cell, by "row:column". */
  readonly chartsAt: ReadonlyMap<string, readonly ChartDrawing[]>;
  readonly chartBox: (chart: ChartDrawing) => { readonly width: number; readonly height: number };
  /** How far a cell's text may run on: its own width and its empty neighbours' on the right. */
  readonly spillWidth: (row: number, column: number) => number;
  readonly columnPx: (column: number) => number;
}

/** The charts of a sheet by the cell they are anchored at. */
export function chartsByAnchor(
  charts: readonly ChartDrawing[],
): ReadonlyMap<string, readonly ChartDrawing[]> {
  const map = new Map<string, ChartDrawing[]>();
  for (const chart of charts) {
    const key = `${chart.anchor.row}:${chart.anchor.column}`;
    map.set(key, [...(map.get(key) ?? []), chart]);
  }
  return map;
}

export function sheetGeometry(
  sheet: SheetDrawing,
  merges: MergeMap,
  chartsAt: ReadonlyMap<string, readonly ChartDrawing[]>,
): SheetGeometry {
  const widths = Array.from({ length: sheet.columnCount }, (_, c) => {
    const points = sheet.columnWidths[c];
    return points ? pointsToPixels(points) : DEFAULT_COLUMN_PX;
  });
  const columnPx = (column: number) => widths[column] ?? DEFAULT_COLUMN_PX;
  const rowPx = (row: number) => {
    const points = sheet.rowHeights[row];
    return points ? pointsToPixels(points) : DEFAULT_ROW_PX;
  };
  const chartBox = (chart: ChartDrawing) => {
    let width = 0;
    for (let c = chart.anchor.column; c < chart.anchor.column + chart.anchor.columnCount; c++) {
      width += columnPx(c);
    }
    let height = 0;
    for (let r = chart.anchor.row; r < chart.anchor.row + chart.anchor.rowCount; r++) height += rowPx(r);
    return { width, height };
  };
  const isEmpty = (row: number, column: number) =>
    (sheet.cells[row]?.[column]?.text ?? "") === "" &&
    !merges.isCovered(row, column) &&
    merges.spanAt(row, column) === null &&
    !chartsAt.has(`${row}:${column}`);
  // Text that does not wrap runs on over empty neighbours and stops at the first non-empty one, as in Excel.
  const spillWidth = (row: number, column: number) => {
    let width = columnPx(column);
    for (let k = column + 1; k < sheet.columnCount && isEmpty(row, k); k++) width += columnPx(k);
    return width;
  };
  return { widths, chartsAt, chartBox, spillWidth, columnPx };
}
