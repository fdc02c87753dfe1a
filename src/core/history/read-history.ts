import type { CellValue, GridSheet } from "../grid";
import type { ColumnRef } from "../model";
import { isBlankCell } from "../parse/cell";
import { findOnSheet, type HeaderMatch, type TableSpec } from "../parse/locate";
import { dataRows } from "../parse/side-tables";
import { BUILT_IN_VOCABULARY, type Vocabulary } from "../vocabulary/vocabulary";
import { findingMessageOf } from "../validate/message-params";
import { groupCycles } from "./cycles";
import { HISTORY_COLUMNS, isHistorySheetName, matchHistoryHeader } from "./headers";
import { readHistoryRow } from "./read-row";
import type { History, HistoryColumnId, HistoryProblem, HistoryRow } from "./types";

const HISTORY: TableSpec<HistoryColumnId> = { match: matchHistoryHeader, required: HISTORY_COLUMNS };

/**
 * Reads the History sheet (named "Reporting history" or "报告历史", or "History", "历史" or the name in
 * another UN language, ignoring case and spacing; never the register's own sheet): one row per recommendation per reporting cycle. Rows are
 * grouped by cycle; what a hand edit broke (a missing column, text where a date belongs, an unknown status
 * word) is a problem with its row and column, and the row is kept, never dropped. Null when the workbook
 * has no History sheet. Pure: the grid is not modified.
 *
 * @example readHistory(workbook.sheets, "Register")?.cycles.map((cycle) => cycle.asOf) // ["2022-02-28", "2023-02-28"]
 */
export function readHistory(
  sheets: readonly GridSheet[],
  registerSheet: string | null = null,
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): History | null {
  const sheet = sheets.find(
    (candidate) => candidate.name !== registerSheet && isHistorySheetName(candidate.name),
  );
  if (!sheet) return null;
  const lastRow = lastFilledRow(sheet);
  if (lastRow === null) return emptyHistory(sheet);
  const { found, partial } = findOnSheet(sheet, HISTORY);
  if (!found) return incompleteHistory(sheet, partial, lastRow);
  const problems: HistoryProblem[] = [];
  const rows: HistoryRow[] = dataRows(found).map(({ row, cells }) =>
    readHistoryRow(row, cells, found.columns, vocabulary, problems),
  );
  const cycles = groupCycles(rows, found.columns, problems);
  return {
    sheet: sheet.name,
    headerRow: found.headerRow,
    columns: found.columns,
    complete: true,
    rows,
    cycles,
    lastRow,
    problems: problems.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column)),
  };
}

function columnOrder(column: ColumnRef | undefined): number {
  return column?.columnNumber ?? column?.index ?? 0;
}

/** A History sheet with nothing on it: the roll-over writes its header and first cycle. */
function emptyHistory(sheet: GridSheet): History {
  return {
    sheet: sheet.name,
    headerRow: 1,
    columns: {},
    complete: true,
    rows: [],
    cycles: [],
    lastRow: 0,
    problems: [],
  };
}

/** A History sheet whose header lacks columns: nothing is read, and one problem names what is missing. */
function incompleteHistory(
  sheet: GridSheet,
  partial: HeaderMatch<HistoryColumnId> | null,
  lastRow: number,
): History {
  const headerRow = partial?.headerRow ?? firstFilledRow(sheet);
  const missing = partial?.missing ?? HISTORY_COLUMNS;
  const problem: HistoryProblem = {
    scope: "sheet",
    row: headerRow,
    column: undefined,
    message: findingMessageOf("history.missingColumns", {
      sheet: sheet.name,
      fields: missing.map((id) => `history.${id}`).join(","),
      count: missing.length,
    }),
  };
  return {
    sheet: sheet.name,
    headerRow,
    columns: partial?.columns ?? {},
    complete: false,
    rows: [],
    cycles: [],
    lastRow,
    problems: [problem],
  };
}

function rowIsBlank(line: readonly CellValue[] | undefined): boolean {
  return (line ?? []).every((cell) => isBlankCell(cell));
}

/** The last worksheet row holding a value, or null for an empty sheet. */
function lastFilledRow(sheet: GridSheet): number | null {
  for (let index = sheet.cells.length - 1; index >= 0; index--) {
    if (!rowIsBlank(sheet.cells[index])) return sheet.origin.row + index;
  }
  return null;
}

function firstFilledRow(sheet: GridSheet): number {
  const index = sheet.cells.findIndex((line) => !rowIsBlank(line));
  return sheet.origin.row + Math.max(0, index);
}
