import { RowDeletion, RowInsertion, shiftFormula, type RowMove } from "../../src/xlsx/write/row-shift";
import { MAX_COLUMNS, type Box } from "./address";
import { dataValidationsOf } from "./data-validation";
import { MemoryExcelError } from "./errors";
import type { CellState, SheetState, WorkbookState } from "./state";

/**
 * Deleting and inserting entire worksheet rows (`range.delete("Up")`, `range.insert("Down")` on rows), as
 * Excel does: cells, row heights and page breaks move; merges, conditional formats, validations, tables,
 * names and chart sources follow their cells (a range loses its deleted rows, grows across inserted ones);
 * formulas in every sheet that refer to moved cells are rewritten, those that referred to a deleted cell say
 * #REF! (their values are kept: there is no calculation engine). Inserted rows take the format of the row
 * above, as Excel's default. Cells of part of a row are not shifted by this model: it refuses.
 */
export function deleteRows(state: WorkbookState, sheet: SheetState, box: Box): void {
  requireWholeRows(box, "delete");
  // Deletions in a row (a roll-over's archive: thousands, bottom first) are kept as one set of the rows as
  // they were, and made at once before anything else reads or changes the workbook: the same result as one
  // by one, without moving every cell once per deletion.
  const pending = PENDING.get(sheet) ?? { state, rows: [], first: Infinity };
  const last = box.row + box.rowCount;
  // Above every pending deletion (deleting bottom first), a row is where it was.
  const deleted = last < pending.first ? null : new RowDeletion(pending.rows);
  const rows = Array.from({ length: box.rowCount }, (_, i) =>
    deleted ? originalRow(deleted, box.row + i + 1) : box.row + i + 1,
  );
  for (const table of sheet.tables) {
    const header = table.box.row + 1;
    const end = table.box.row + table.box.rowCount;
    if (
      rows.includes(header) &&
      rows.filter((row) => row >= header && row <= end).length < table.box.rowCount
    )
      throw new MemoryExcelError("InvalidOperation", "This would delete a table's header row.");
  }
  pending.rows.push(...rows);
  PENDING.set(sheet, { state, rows: pending.rows, first: Math.min(pending.first, ...rows) });
}

/** Deletions not yet made, by sheet (see deleteRows). */
const PENDING = new Map<SheetState, { state: WorkbookState; rows: number[]; first: number }>();

/** Makes the deletions kept by deleteRows; the in-memory Excel calls it before any other action and after a sync. */
export function flushRowDeletions(): void {
  for (const [sheet, { state, rows }] of PENDING) moveRows(state, sheet, new RowDeletion(rows));
  PENDING.clear();
}

/** The row, as it was before the pending deletions, that is now at `row` (1-based). */
function originalRow(deleted: RowDeletion, row: number): number {
  let original = row + deleted.countUpTo(row);
  while (original - deleted.countUpTo(original) !== row || deleted.isDeleted(original)) original++;
  return original;
}

export function insertRows(state: WorkbookState, sheet: SheetState, box: Box): void {
  requireWholeRows(box, "insert");
  const above = box.row - 1;
  moveRows(state, sheet, new RowInsertion(box.row + 1, box.rowCount));
  if (above < 0) return;
  for (let column = 0; column < MAX_COLUMNS; column++) {
    const source = sheet.cells.get(above * MAX_COLUMNS + column);
    if (!source || (source.numberFormat === "General" && Object.keys(source.format).length === 0)) continue;
    for (let row = box.row; row < box.row + box.rowCount; row++)
      sheet.cells.set(row * MAX_COLUMNS + column, blankLike(source));
  }
}

function blankLike(source: CellState): CellState {
  return {
    value: null,
    formula: null,
    error: null,
    numberFormat: source.numberFormat,
    quotePrefix: false,
    format: source.format,
    hyperlink: null,
  };
}

function requireWholeRows(box: Box, what: string): void {
  if (box.column !== 0 || box.columnCount !== MAX_COLUMNS)
    throw new MemoryExcelError("NotImplemented", `The in-memory Excel can ${what} entire rows only.`);
}

function moveRows(state: WorkbookState, sheet: SheetState, move: RowMove): void {
  // 0-based rows and boxes, through the 1-based move.
  const row = (index: number) => {
    const moved = move.row(index + 1);
    return moved === null ? null : moved - 1;
  };
  const moveBox = (box: Box): Box | null => {
    const rows = move.range(box.row + 1, box.row + box.rowCount);
    return rows === null ? null : { ...box, row: rows[0] - 1, rowCount: rows[1] - rows[0] + 1 };
  };
  const cells = [...sheet.cells];
  sheet.cells.clear();
  for (const [key, cell] of cells) {
    const to = row(Math.floor(key / MAX_COLUMNS));
    if (to !== null) sheet.cells.set(to * MAX_COLUMNS + (key % MAX_COLUMNS), cell);
  }
  const heights = [...sheet.rowHeights];
  sheet.rowHeights.clear();
  for (const [index, height] of heights) {
    const to = row(index);
    if (to !== null) sheet.rowHeights.set(to, height);
  }
  sheet.rowBreaks = sheet.rowBreaks.flatMap((index) => row(index) ?? []);
  sheet.merges = sheet.merges.flatMap((box) => {
    const moved = moveBox(box);
    return moved && moved.rowCount * moved.columnCount > 1 ? [moved] : [];
  });
  for (const format of sheet.conditionalFormats)
    format.ranges = format.ranges.flatMap((box) => moveBox(box) ?? []);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => format.ranges.length > 0);
  const validations = dataValidationsOf(sheet);
  const kept = validations.flatMap((entry) => {
    const box = moveBox(entry.box);
    return box ? [{ ...entry, box }] : [];
  });
  validations.splice(0, validations.length, ...kept);
  for (const table of sheet.tables) table.box = moveBox(table.box) ?? table.box;
  for (const name of state.names) {
    if (name.reference.kind !== "range" || name.reference.sheetId !== sheet.id) continue;
    const box = moveBox(name.reference.box);
    name.reference = box ? { ...name.reference, box } : { kind: "constant", formula: "=#REF!" };
  }
  for (const other of state.sheets)
    for (const chart of other.charts) {
      if (chart.source.sheetId !== sheet.id) continue;
      chart.source = { sheetId: sheet.id, box: moveBox(chart.source.box) ?? chart.source.box };
    }
  shiftFormulas(state, sheet, move);
}

function shiftFormulas(state: WorkbookState, sheet: SheetState, move: RowMove): void {
  for (const other of state.sheets) {
    if (other.deleted) continue;
    const context = { sheet: sheet.name, onSheet: other === sheet };
    for (const cell of other.cells.values())
      if (cell.formula !== null) cell.formula = shiftFormula(cell.formula, move, context);
    for (const format of other.conditionalFormats)
      if (format.formula !== null) format.formula = shiftFormula(format.formula, move, context);
  }
}
