import type { XlRange, XlRequestContext } from "./excel-api";
import type { CutSheet } from "./read-workbook";
import { LAST_ROW_READ, lastCellOf, NO_CELLS, type Extent, type SheetRead } from "./sheet-read";

/** Excel's last row. */
const MAX_SHEET_ROWS = 1_048_576;
/** Cells below LAST_ROW_READ are read when they span at most this many rows (stray values); else refused. */
const STRAY_ROWS = 1_000;
/** The most cells below LAST_ROW_READ a sheet may have for them to be read. */
const STRAY_CELLS = 100_000;

/**
 * Cells below LAST_ROW_READ, where a register cannot be but a stray value often is (a sheet's used range
 * then reaches far down). One round trip finds the used cells down there, sheet by sheet; when they span
 * a few rows, a second reads them, so that a finding can name the stray row, as the CLI does. A sheet
 * with more is not read further: it is returned, to be refused if it turns out to hold the register.
 * Only sheets whose used range goes below LAST_ROW_READ cost these round trips.
 */
export async function readBelow(
  context: XlRequestContext,
  reads: readonly SheetRead[],
  onSync: () => void,
): Promise<CutSheet[]> {
  const below = reads.filter(
    (read) => read.extent !== null && read.extent.row + read.extent.rowCount > LAST_ROW_READ,
  );
  if (below.length === 0) return [];
  const found = below.map((read) => {
    const range = read.proxy
      .getRange(`${LAST_ROW_READ + 1}:${MAX_SHEET_ROWS}`)
      .getUsedRangeOrNullObject(true);
    range.load(["rowIndex", "rowCount"]);
    return { read, range };
  });
  await context.sync();
  onSync();
  const cut: CutSheet[] = [];
  const strays: { read: SheetRead; extent: Extent; row: number; block: XlRange }[] = [];
  for (const { read, range } of found) {
    const extent = read.extent as Extent;
    if (range.isNullObject) continue;
    if (range.rowCount > STRAY_ROWS || range.rowCount * extent.columnCount > STRAY_CELLS) {
      cut.push({ sheet: read.name, lastCell: lastCellOf(extent) });
      continue;
    }
    const block = read.proxy.getRangeByIndexes(
      range.rowIndex,
      extent.column,
      range.rowCount,
      extent.columnCount,
    );
    block.load(["values", "numberFormat"]);
    strays.push({ read, extent, row: range.rowIndex, block });
  }
  if (strays.length === 0) return cut;
  await context.sync();
  onSync();
  for (const { read, extent, row, block } of strays) {
    // The empty rows between stay empty rows of the grid, one shared array for all.
    while (read.values.length < row - extent.row) {
      read.values.push(NO_CELLS);
      read.formats.push(NO_CELLS);
    }
    read.values.push(...block.values);
    read.formats.push(...block.numberFormat);
  }
  return cut;
}
