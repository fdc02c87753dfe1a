import type { GridSheet, GridTable, IsoDate, WorkbookGrid } from "../grid";
import { REGISTER_LANGUAGES } from "../languages";
import type { Register } from "../model";
import { looseKey } from "../parse/normalize";
import { hasErrors, validate } from "../validate";
import { gridCell } from "./grid-cells";
import { hasHistoryCycle, lastHistoryCycle, type History, type HistoryProblem } from "../history";
import { historySheetName, type HistoryLanguage } from "./history-format";
import { historyHeader, historyRows, rowsDifferingFromHistory } from "./history-rows";
import { archivePlan, cellBesideArchivedRows } from "./archive";
import { assessmentUpdatedWrite, columnNumberOf, createdColumns, previousWrites } from "./register-cells";
import type { ColumnWrite, HistoryAppend, RolloverOptions, RolloverOutcome, RolloverRefusal } from "./types";

/**
 * Plans the start of the next reporting cycle: this cycle's statuses are appended to the History sheet,
 * then copied into the previous columns (created at the register's right when absent), and "assessment
 * updated" is cleared. Pure: the plan lists every cell to change and the writers change nothing else.
 * Refused when the register has errors, when History already holds this as-of date (or a later one) or
 * has been edited into a shape it cannot be appended to, when a created column would cover cells, and,
 * unless confirmed, when the previous statuses differ from History's last cycle.
 *
 * @example planRollover(register, grid, "2023-02-28" as IsoDate) // { ok: true, plan: { history: { rows: [...] }, ... } }
 */
export function planRollover(
  register: Register,
  grid: WorkbookGrid,
  asOf: IsoDate,
  options: RolloverOptions = {},
): RolloverOutcome {
  const refuse = (refusal: RolloverRefusal): RolloverOutcome => ({ ok: false, refusal });
  const errors = validate(register, asOf).filter((finding) => finding.severity === "error");
  if (hasErrors(errors)) return refuse({ code: "registerHasErrors", errors: errors.length });
  const sheet = grid.sheets.find((candidate) => candidate.name === register.sheet);
  if (!sheet) throw new Error(`The register's sheet "${register.sheet}" is not in the grid.`);
  const history = register.history ?? null;
  const historyRefusal = history === null ? null : checkHistory(register, history, asOf, options);
  if (historyRefusal) return refuse(historyRefusal);

  const language = registerLanguage(register);
  const table = sheet.tables?.find((candidate) => candidate.name === register.table) ?? null;
  const lastRow = lastDataRow(register, table);
  const created = createdColumns(register, sheet, language, table?.lastColumn ?? null);
  // A created column reaches the table's totals row too.
  const covered = created.find(
    (c) => !isFree(sheet, c.column, register.headerRow, table?.lastRow ?? lastRow),
  );
  if (covered) return refuse({ code: "noRoomForColumns", sheet: sheet.name, column: covered.column });
  const lastColumn = table?.lastColumn ?? rightmostColumn(register, sheet);
  const archive = options.archiveClosed ? archivePlan(register, grid, sheet, language, lastColumn) : null;
  const beside = archive ? cellBesideArchivedRows(sheet, archive) : null;
  if (beside) return refuse({ code: "archivedRowHoldsOtherCells", sheet: sheet.name, ...beside });
  const moved = new Set(archive?.registerRows ?? []);
  const kept = (write: ColumnWrite) => withoutRows(write, moved);
  const previous = previousWrites(register, sheet, created).map(kept);
  const assessment = assessmentUpdatedWrite(register, sheet);
  const cleared = assessment ? kept(assessment) : null;
  const registerWrites = cleared ? [...previous, cleared] : previous;
  const changed = registerWrites.reduce((sum, write) => sum + write.cells.length, 0);
  return {
    ok: true,
    plan: {
      asOf,
      language,
      register: {
        sheet: register.sheet,
        table: register.table,
        headerRow: register.headerRow,
        lastRow,
        totalsRow: table?.hasTotalsRow ?? false,
      },
      history: historyAppend(register, history, asOf, language),
      createdColumns: created,
      registerWrites: registerWrites.filter((write) => write.cells.length > 0),
      archive,
      counts: {
        recommendations: register.rows.length,
        previousValuesChanged: changed - (cleared?.cells.length ?? 0),
        assessmentUpdatedCleared: cleared?.cells.length ?? 0,
        archived: moved.size,
      },
    },
  };
}

/** The register's last data row: its table's (above a totals row), else its last recommendation's. */
function lastDataRow(register: Register, table: GridTable | null): number {
  return table
    ? table.lastRow - (table.hasTotalsRow ? 1 : 0)
    : Math.max(register.headerRow, ...register.rows.map((row) => row.recommendation.row));
}

function checkHistory(
  register: Register,
  history: History,
  asOf: IsoDate,
  options: RolloverOptions,
): RolloverRefusal | null {
  const blocking = history.problems.filter(blocksAppending);
  if (!history.complete || blocking.length > 0)
    return { code: "historyUnreadable", sheet: history.sheet, problems: blocking };
  if (hasHistoryCycle(history, asOf)) return { code: "alreadyRolledOver", asOf, sheet: history.sheet };
  const lastCycle = lastHistoryCycle(history)?.asOf ?? null;
  if (lastCycle === null) return null;
  if (lastCycle > asOf) return { code: "asOfBeforeLastCycle", asOf, lastCycle };
  if (options.confirmed) return null;
  const rows = rowsDifferingFromHistory(register, history);
  return rows.length === 0
    ? null
    : { code: "previousDiffersFromHistory", lastCycle, rows, sheet: register.sheet };
}

/** A hand edit that appending would build on: a missing column, or a row whose cycle is no date. */
function blocksAppending(problem: HistoryProblem): boolean {
  return (
    problem.scope === "sheet" ||
    problem.message.id === "history.cycleNotDate" ||
    problem.message.id === "history.cycleMissing"
  );
}

function historyAppend(
  register: Register,
  history: History | null,
  asOf: IsoDate,
  language: HistoryLanguage,
): HistoryAppend {
  const rows = historyRows(register, asOf);
  const withHeader = history === null || history.lastRow === 0;
  return {
    sheet: history?.sheet ?? historySheetName(language),
    createSheet: history === null,
    firstRow: withHeader ? 1 : history.lastRow + 1,
    rows: withHeader ? [historyHeader(language), ...rows] : rows,
    recommendationRows: rows.length,
  };
}

/** The register's language, from its headers: the one whose header words it uses most. */
function registerLanguage(register: Register): HistoryLanguage {
  const headers = Object.values(register.columns).map((ref) => looseKey(ref.header));
  let best: HistoryLanguage = "en";
  let bestCount = 0;
  for (const language of REGISTER_LANGUAGES) {
    const words = new Set(Object.values(language.headers.register).flat().map(looseKey));
    const count = headers.filter((header) => words.has(header)).length;
    if (count > bestCount && (language.code === "en" || language.code === "zh")) {
      best = language.code;
      bestCount = count;
    }
  }
  return best;
}

function isFree(sheet: GridSheet, column: number, firstRow: number, lastRow: number): boolean {
  for (let row = firstRow; row <= lastRow; row++) {
    const cell = gridCell(sheet, row, column);
    if (cell !== null && cell !== "") return false;
  }
  return true;
}

/** A write without the rows the archive option moves (they are deleted, not updated). */
function withoutRows(write: ColumnWrite, rows: ReadonlySet<number>): ColumnWrite {
  return { column: write.column, cells: write.cells.filter((cell) => !rows.has(cell.row)) };
}

function rightmostColumn(register: Register, sheet: GridSheet): number {
  return Math.max(...Object.values(register.columns).map((ref) => columnNumberOf(ref, sheet)));
}
