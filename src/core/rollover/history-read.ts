/**
 * A minimal reader of the History sheet for the roll-over's own checks (same as-of date already there,
 * previous statuses that differ from the last cycle). Kept apart so that the full History parser can
 * replace it.
 */
import type { CellValue, GridSheet, IsoDate, WorkbookGrid } from "../grid";
import { cellText } from "../parse/cell";
import { looseKey } from "../parse/normalize";
import { gridCell, nextFreeRow } from "./grid-cells";
import { HISTORY_COLUMNS, HISTORY_HEADERS, isHistorySheetName, type HistoryColumnId } from "./history-format";

/** One History row as the roll-over compares it: statuses as written. */
export interface HistoryEntry {
  readonly row: number;
  readonly cycle: IsoDate;
  readonly report: string;
  readonly recommendation: string;
  readonly acceptance: string;
  readonly implementation: string;
}

/** A hand edit the roll-over will not write over: where it is and what is wrong. */
export interface HistoryProblem {
  readonly sheet: string;
  readonly row: number;
  /** The column's header as the format names it (the sheet's own words when it has them). */
  readonly column: string;
  readonly code: "missingColumn" | "notADate";
  /** The cell's text, for "notADate". */
  readonly value?: string;
}

export interface HistoryRead {
  readonly sheet: string;
  /** Worksheet row a new cycle's first row goes to. */
  readonly nextRow: number;
  /** False for an empty History sheet: the roll-over writes the header too. */
  readonly hasHeader: boolean;
  readonly entries: readonly HistoryEntry[];
  readonly problems: readonly HistoryProblem[];
}

/** Every header word of every language, loosely keyed, to its column. */
const HEADER_LOOKUP = new Map<string, HistoryColumnId>(
  Object.values(HISTORY_HEADERS).flatMap((headers) =>
    HISTORY_COLUMNS.map((id) => [looseKey(headers[id]), id] as const),
  ),
);

/**
 * Reads the workbook's History sheet ("History" or "历史"), or returns null when there is none.
 *
 * @example readHistory(grid)?.entries.at(-1)?.cycle // "2023-02-28"
 */
export function readHistory(grid: WorkbookGrid): HistoryRead | null {
  const sheet = grid.sheets.find((candidate) => isHistorySheetName(candidate.name));
  if (!sheet) return null;
  const nextRow = nextFreeRow(sheet);
  if (nextRow === 1) return { sheet: sheet.name, nextRow, hasHeader: false, entries: [], problems: [] };
  const columns = headerColumns(sheet);
  const missing = HISTORY_COLUMNS.filter((id) => columns.get(id) === undefined);
  const problems: HistoryProblem[] = missing.map((id) => ({
    sheet: sheet.name,
    row: 1,
    column: HISTORY_HEADERS.en[id],
    code: "missingColumn",
  }));
  const entries: HistoryEntry[] = [];
  const cycleColumn = columns.get("cycle");
  for (let row = 2; row < nextRow && cycleColumn !== undefined; row++) {
    const at = (id: HistoryColumnId): CellValue => {
      const column = columns.get(id);
      return column === undefined ? null : gridCell(sheet, row, column);
    };
    const cycle = at("cycle");
    if (isBlankRow(sheet, row, columns)) continue;
    if (cycle === null || typeof cycle !== "object" || cycle.kind !== "date") {
      const header = cellText(gridCell(sheet, 1, cycleColumn));
      problems.push({ sheet: sheet.name, row, column: header, code: "notADate", value: cellText(cycle) });
      continue;
    }
    entries.push({
      row,
      cycle: cycle.iso,
      report: cellText(at("report")),
      recommendation: cellText(at("recommendation")),
      acceptance: cellText(at("acceptance")),
      implementation: cellText(at("implementation")),
    });
  }
  return { sheet: sheet.name, nextRow, hasHeader: true, entries, problems };
}

function headerColumns(sheet: GridSheet): Map<HistoryColumnId, number> {
  const columns = new Map<HistoryColumnId, number>();
  const header = sheet.origin.row === 1 ? (sheet.cells[0] ?? []) : [];
  header.forEach((cell, index) => {
    const id = HEADER_LOOKUP.get(looseKey(cellText(cell)));
    if (id !== undefined && !columns.has(id)) columns.set(id, sheet.origin.column + index);
  });
  return columns;
}

function isBlankRow(sheet: GridSheet, row: number, columns: Map<HistoryColumnId, number>): boolean {
  return [...columns.values()].every((column) => cellText(gridCell(sheet, row, column)) === "");
}
