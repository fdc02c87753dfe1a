import type { CellValue } from "../core/grid";
import { HISTORY_COLUMNS } from "../core/history";
import type { RolloverPlan } from "../core/rollover";
import type { XlRange, XlRequestContext, XlTable, XlWorksheet } from "./excel-api";
import { columnRuns, excelValue, restoredInput, rowBlocks, type ColumnRun } from "./rollover-cells";
import { archiveWrites } from "./rollover-archive";
import { noteRowBlocks, readNotes, type NoteBlock, type Snapshot } from "./rollover-notes";
import { runSteps, step, type WriteStep } from "./steps";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";

/** Column widths of a new History sheet, in points: date, report, recommendation, ..., assessment, responsible. */
const HISTORY_WIDTHS = [70, 95, 100, 100, 90, 100, 330, 160];
const DATE_FORMAT = "yyyy-mm-dd";

/** What a noted empty cell weighs in the response: `""` and `"General"` with punctuation, and a margin. */
const EMPTY_CELL_NOTE_BYTES = 16;

/**
 * Applies a roll-over plan in one batch that completes or leaves the workbook as it was. Round trips: one
 * per 4.5 MB of response to note the cells it will overwrite (their formulas, and History's number
 * formats), then one per 4.8 MB written (one of each for a register of ordinary size). If any request fails, what was done is undone (a created
 * History or Archive sheet or table column removed, every overwritten cell written back as it was), then the error is
 * passed on.
 */
export async function applyRollover(
  context: XlRequestContext,
  plan: RolloverPlan,
  onBatch?: (done: number, total: number) => void,
): Promise<void> {
  const { worksheets } = context.workbook;
  const registerSheet = worksheets.getItem(plan.register.sheet);
  const table = tableGrown(context, plan);
  const runs = registerRuns(plan, table !== null);
  const notes: NoteBlock[] = runs.map((run) => ({
    // The old values weigh about what the new ones do (statuses both); a refused response is sent again in halves.
    bytes: run.values.reduce<number>((sum, value) => sum + jsonBytes(excelValue(value)) + 8, 64),
    note: () => noted(cellsOf(registerSheet, run), false),
  }));
  const headerCells = table
    ? []
    : plan.createdColumns.map((c) => () => registerSheet.getCell(plan.register.headerRow - 1, c.column - 1));
  notes.push(...headerCells.map((cell) => ({ bytes: 100, note: () => noted(cell(), false) })));
  const history = plan.history.createSheet ? null : worksheets.getItem(plan.history.sheet);
  if (history) notes.push(...historyNotes(history, plan));
  const archive = plan.archive
    ? archiveWrites(
        registerSheet,
        plan.archive.createSheet ? null : worksheets.getItem(plan.archive.sheet),
        plan.archive,
      )
    : null;
  notes.push(...(archive?.notes ?? []));
  const snapshots = await readNotes(context, notes);

  let added: XlWorksheet | null = null;
  const historySheet = () => history ?? (added as XlWorksheet);
  const steps: WriteStep[] = [];
  if (!history) steps.push(step(0, () => (added = worksheets.add(plan.history.sheet))));
  steps.push(...historySteps(historySheet, plan));
  if (table) steps.push(...tableColumnSteps(table, plan));
  headerCells.forEach((cell, i) =>
    steps.push(step(0, () => (cell().values = [[plan.createdColumns[i]?.header ?? ""]]))),
  );
  for (const run of runs) {
    const values = run.values.map((value) => [excelValue(value)]);
    // The range is an action of its own besides the write.
    steps.push(
      step(jsonBytes(values) + ACTION_OVERHEAD_BYTES, () => (cellsOf(registerSheet, run).values = values)),
    );
  }
  // The deletions go last: nothing can fail after them (see rollover-archive.ts).
  if (archive) steps.push(...archive.steps(worksheets), ...archive.deletions());
  try {
    await runSteps(context, steps, onBatch);
  } catch (error) {
    const reinserted = archive ? await archive.reinsertions(context) : [];
    await undo(context, plan, snapshots, table, reinserted);
    throw error;
  }
}

function noted(range: XlRange, withFormats: boolean): Snapshot {
  range.load(withFormats ? ["formulas", "numberFormat"] : ["formulas"]);
  return { range, withFormats };
}

function cellsOf(sheet: XlWorksheet, run: ColumnRun): XlRange {
  return sheet.getRangeByIndexes(run.firstRow - 1, run.column - 1, run.values.length, 1);
}

/** The History rows the roll-over appends to, noted in blocks (they are empty unless edited by hand). */
function historyNotes(sheet: XlWorksheet, plan: RolloverPlan): NoteBlock[] {
  const width = HISTORY_COLUMNS.length;
  return noteRowBlocks(plan.history.rows.length, width * EMPTY_CELL_NOTE_BYTES).map(([offset, count]) => ({
    bytes: count * width * EMPTY_CELL_NOTE_BYTES,
    note: () => noted(sheet.getRangeByIndexes(plan.history.firstRow - 1 + offset, 0, count, width), true),
  }));
}

/** The register's table when the roll-over adds columns to it. */
function tableGrown(context: XlRequestContext, plan: RolloverPlan): XlTable | null {
  const name = plan.register.table;
  return name !== null && plan.createdColumns.length > 0 ? context.workbook.tables.getItem(name) : null;
}

/** The register's cells to write, as runs; a table's new columns are written as they are added. */
function registerRuns(plan: RolloverPlan, tableGrows: boolean): ColumnRun[] {
  const created = new Set(plan.createdColumns.map((column) => column.column));
  return plan.registerWrites
    .filter((write) => !(tableGrows && created.has(write.column)))
    .flatMap(columnRuns);
}

function historySteps(sheet: () => XlWorksheet, plan: RolloverPlan): WriteStep[] {
  const { firstRow, rows, recommendationRows } = plan.history;
  const headerRows = rows.length - recommendationRows;
  const steps = rowBlocks(rows).map((block) => {
    const values = block.rows.map((row) => row.map(excelValue));
    // Two ranges besides the writes, and a date format a row.
    const bytes = jsonBytes(values) + 2 * ACTION_OVERHEAD_BYTES + (DATE_FORMAT.length + 5) * values.length;
    return step(bytes, () => {
      const target = sheet();
      target.getRangeByIndexes(firstRow - 1 + block.offset, 0, values.length, HISTORY_COLUMNS.length).values =
        values;
      const dates = block.rows.flatMap((_, i) => (block.offset + i < headerRows ? [] : [block.offset + i]));
      if (dates.length > 0)
        target.getRangeByIndexes(firstRow - 1 + (dates[0] ?? 0), 0, dates.length, 1).numberFormat = dates.map(
          () => [DATE_FORMAT],
        );
    });
  });
  if (headerRows === 0) return steps;
  return [
    ...steps,
    step(0, () => {
      const target = sheet();
      target.getRangeByIndexes(0, 0, 1, HISTORY_COLUMNS.length).format.font.bold = true;
      target.freezePanes.freezeRows(1);
      HISTORY_WIDTHS.forEach(
        (width, column) => (target.getRangeByIndexes(0, column, 1, 1).format.columnWidth = width),
      );
    }),
  ];
}

/** Each new column added to the table with its header and every table row's value. */
function tableColumnSteps(table: XlTable, plan: RolloverPlan): WriteStep[] {
  return plan.createdColumns.map((created) => {
    const byRow = new Map<number, CellValue>(
      (plan.registerWrites.find((write) => write.column === created.column)?.cells ?? []).map((cell) => [
        cell.row,
        cell.value,
      ]),
    );
    const values: (string | number | boolean)[][] = [[created.header]];
    for (let row = plan.register.headerRow + 1; row <= plan.register.lastRow; row++)
      values.push([excelValue(byRow.get(row) ?? null)]);
    // Excel wants a value for every row of the table, its totals row's included (left blank).
    if (plan.register.totalsRow) values.push([""]);
    return step(jsonBytes(values), () => table.columns.add(undefined, values));
  });
}

/**
 * Undoes a failed roll-over: inserts again the archived rows it deleted (see rollover-reinsert.ts), removes
 * the History sheet and table columns it added (as found now), and writes back every cell it noted. Two
 * round trips (more when rows were deleted); if these fail too, the error says the workbook may be changed.
 */
async function undo(
  context: XlRequestContext,
  plan: RolloverPlan,
  snapshots: readonly Snapshot[],
  table: XlTable | null,
  reinserted: readonly WriteStep[],
): Promise<void> {
  const { worksheets } = context.workbook;
  const created = [
    ...(plan.history.createSheet ? [plan.history.sheet] : []),
    ...(plan.archive?.createSheet ? [plan.archive.sheet] : []),
  ].map((name) => worksheets.getItemOrNullObject(name));
  const extent = table ? table.getRange().load(["columnIndex", "columnCount"]) : null;
  await context.sync();
  // Deleted register rows come back first, their formats copied from the Archive sheet before it goes.
  const steps: WriteStep[] = [...reinserted];
  for (const sheet of created) if (!sheet.isNullObject) steps.push(step(0, () => sheet.delete()));
  if (table && extent) {
    const firstCreated = plan.createdColumns[0]?.column ?? 0;
    const added = extent.columnIndex + extent.columnCount - (firstCreated - 1);
    for (let i = 0; i < added; i++) {
      const index = extent.columnCount - 1 - i;
      steps.push(step(0, () => table.columns.getItemAt(index).delete()));
    }
  }
  for (const snapshot of snapshots) {
    const formulas = snapshot.range.formulas.map((row) => row.map(restoredInput));
    const formats = snapshot.withFormats ? jsonBytes(snapshot.range.numberFormat) : 0;
    steps.push(
      step(jsonBytes(formulas) + formats + ACTION_OVERHEAD_BYTES, () => {
        snapshot.range.formulas = formulas;
        if (snapshot.withFormats) snapshot.range.numberFormat = snapshot.range.numberFormat;
      }),
    );
  }
  await runSteps(context, steps);
}
