import { MAX_COLUMNS, splitSheet } from "../../memory-excel/address";
import type { ConditionalFormatState, SheetState, WorkbookState } from "../../memory-excel/state";
import type { CellLook } from "./snapshot";

/** Decides whether a custom conditional format's formula holds for one cell (null: cannot tell). */
export type MarkEvaluator = (
  formula: string,
  at: {
    state: WorkbookState;
    sheet: SheetState;
    row: number;
    column: number;
    anchorRow: number;
    anchorColumn: number;
  },
) => boolean | null;

/**
 * The look the first applicable conditional format gives a cell, in priority order; null for none.
 * This is how the preview shows the add-in's marks: it evaluates the rule, as Excel would.
 */
export function markLook(
  state: WorkbookState,
  sheet: SheetState,
  row: number,
  column: number,
  evaluate: MarkEvaluator,
): CellLook | null {
  for (const format of sheet.conditionalFormats) {
    const box = format.ranges.find(
      (b) =>
        row >= b.row && row < b.row + b.rowCount && column >= b.column && column < b.column + b.columnCount,
    );
    if (!box || format.formula === null) continue;
    const anchor = topLeft(format);
    const holds = evaluate(format.formula, {
      state,
      sheet,
      row,
      column,
      anchorRow: anchor.row,
      anchorColumn: anchor.column,
    });
    if (holds) {
      return {
        ...(format.fill !== null && { fill: format.fill }),
        ...(format.fontColor !== null && { fontColor: format.fontColor }),
        ...(format.fontBold !== null && { bold: format.fontBold }),
      };
    }
  }
  return null;
}

function topLeft(format: ConditionalFormatState): { row: number; column: number } {
  let row = Number.POSITIVE_INFINITY;
  let column = Number.POSITIVE_INFINITY;
  for (const box of format.ranges) {
    row = Math.min(row, box.row);
    column = Math.min(column, box.column);
  }
  return { row, column };
}

const COMPARISON =
  /^=\s*((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)\s*(?:(=|<>|>=|<=|>|<)\s*(-?\d+(?:\.\d+)?|"[^"]*"))?\s*$/;

/**
 * Evaluates the shape of rule a mask-driven mark uses: a (sheet-qualified) cell reference, relative to
 * the rule's first cell as in Excel, optionally compared with a number or a text literal.
 *
 * @example evaluateSimpleRule("=Marks!A1=2", at) // true when the mask cell matching `at` holds 2
 */
export const evaluateSimpleRule: MarkEvaluator = (formula, at) => {
  const match = COMPARISON.exec(formula);
  if (!match) return null;
  const [, sheetPart, absColumn, letters, absRow, digits, operator, literal] = match;
  const sheetName = sheetPart ? splitSheet(sheetPart).sheet : null;
  const target =
    sheetName === null ? at.sheet : at.state.sheets.find((s) => !s.deleted && s.name === sheetName);
  if (!target || letters === undefined || digits === undefined) return null;
  let column = columnIndex(letters);
  let row = Number(digits) - 1;
  if (!absColumn) column += at.column - at.anchorColumn;
  if (!absRow) row += at.row - at.anchorRow;
  const cell = target.cells.get(row * MAX_COLUMNS + column);
  const value = cell?.value ?? null;
  if (operator === undefined || literal === undefined)
    return value !== null && value !== "" && value !== 0 && value !== false;
  const right: string | number = literal.startsWith('"') ? literal.slice(1, -1) : Number(literal);
  const left: string | number =
    value === null
      ? typeof right === "number"
        ? 0
        : ""
      : typeof value === "boolean"
        ? Number(value)
        : value;
  switch (operator) {
    case "=":
      return typeof left === "string" && typeof right === "string"
        ? left.toLowerCase() === right.toLowerCase()
        : left === right;
    case "<>":
      return typeof left === "string" && typeof right === "string"
        ? left.toLowerCase() !== right.toLowerCase()
        : left !== right;
    case ">":
      return left > right;
    case "<":
      return left < right;
    case ">=":
      return left >= right;
    case "<=":
      return left <= right;
    default:
      return null;
  }
};

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
