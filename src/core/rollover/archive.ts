import { ARCHIVE_SHEET_NAME, isArchiveSheetName } from "../archive-sheet";
import type { CellValue, GridSheet, WorkbookGrid } from "../grid";
import type { Register } from "../model";
import { currentStanding } from "../status";
import { isUsable } from "../summarize/usable";
import { gridCell, nextFreeRow } from "./grid-cells";
import type { HistoryLanguage } from "./history-format";
import { columnNumberOf } from "./register-cells";
import type { ArchivePlan } from "./types";

/**
 * The rows the archive option moves: every recommendation closed now. At roll-over the governing body has
 * approved this report, so those proposed for closure in it are approved, and those closed in an earlier
 * report were approved then; both drop out of the next annex, and none counts as outstanding.
 */
export function closedRows(register: Register): number[] {
  return register.rows
    .map(({ recommendation }) => recommendation)
    .filter((rec) => isUsable(rec) && currentStanding(rec) === "closed")
    .map((rec) => rec.row)
    .sort((a, b) => a - b);
}

/**
 * Where the closed rows go: the register's header row then the rows, as read (values; the writers copy
 * formats), below what an existing Archive sheet holds, or on a new sheet. Null when nothing is closed.
 */
export function archivePlan(
  register: Register,
  grid: WorkbookGrid,
  sheet: GridSheet,
  language: HistoryLanguage,
  lastColumn: number,
): ArchivePlan | null {
  const rows = closedRows(register);
  if (rows.length === 0) return null;
  const firstColumn = Math.min(...Object.values(register.columns).map((ref) => columnNumberOf(ref, sheet)));
  // An existing Archive sheet (of either language's name) is appended to.
  const existing = grid.sheets.find((candidate) => isArchiveSheetName(candidate.name)) ?? null;
  const firstRow = existing ? nextFreeRow(existing) : 1;
  const cellsOf = (row: number): CellValue[] => {
    const values: CellValue[] = [];
    for (let column = firstColumn; column <= lastColumn; column++) values.push(gridCell(sheet, row, column));
    return values;
  };
  const header = firstRow === 1 ? [cellsOf(register.headerRow)] : [];
  return {
    sheet: existing?.name ?? ARCHIVE_SHEET_NAME[language],
    createSheet: existing === null,
    firstRow,
    headerRows: header.length,
    sourceHeaderRow: register.headerRow,
    firstColumn,
    lastColumn,
    registerRows: rows,
    values: [...header, ...rows.map(cellsOf)],
  };
}

/**
 * A value on an archived row outside the register's columns (a note beside it, say): the archive deletes
 * whole worksheet rows, which would take it along. Null when there is none.
 */
export function cellBesideArchivedRows(
  sheet: GridSheet,
  archive: ArchivePlan,
): { readonly row: number; readonly column: number } | null {
  for (const row of archive.registerRows) {
    const cells = sheet.cells[row - sheet.origin.row] ?? [];
    for (let j = 0; j < cells.length; j++) {
      const column = sheet.origin.column + j;
      const value = cells[j] ?? null;
      if (value === null || value === "") continue;
      if (column < archive.firstColumn || column > archive.lastColumn) return { row, column };
    }
  }
  return null;
}
