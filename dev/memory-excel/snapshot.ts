import { type Box, boxAddress, columnLetters, contains, MAX_COLUMNS, splitSheet } from "./address";
import { chartSnapshot, type ChartSnapshot } from "./chart-snapshot";
import { displayText } from "./display";
import { invalidArgument } from "./errors";
import { cellAt, cellKey, readValue, usedBox } from "./sheet-ops";
import { findSheet, liveSheets } from "./sheets";
import type {
  CellFormat,
  CellState,
  ConditionalFormatState,
  HyperlinkState,
  PageLayoutState,
  Scalar,
  SheetState,
  WorkbookState,
} from "./state";

/** One cell as the preview draws it and the tests compare it; coordinates are 0-based. */
export interface CellSnapshot {
  readonly row: number;
  readonly column: number;
  readonly value: Scalar | null;
  readonly formula: string | null;
  readonly error: string | null;
  readonly numberFormat: string;
  readonly quotePrefix: boolean;
  readonly format: CellFormat;
  readonly hyperlink: HyperlinkState | null;
  /** What the cell shows, number format applied (roughly). */
  readonly text: string;
  /** From a conditional format whose rule holds for this cell (see `evaluateRule`); null otherwise. */
  readonly conditionalFill: string | null;
  readonly conditionalFontColor: string | null;
}

export interface SheetSnapshot {
  readonly name: string;
  readonly position: number;
  readonly visibility: string;
  readonly active: boolean;
  readonly selection: string | null;
  /** Cells with content, formatting, a link or a conditional mark, row by row. */
  readonly cells: readonly CellSnapshot[];
  readonly usedRange: Box | null;
  readonly merges: readonly Box[];
  readonly columnWidths: readonly (readonly [number, number])[];
  readonly rowHeights: readonly (readonly [number, number])[];
  readonly conditionalFormats: readonly {
    readonly type: string;
    readonly ranges: readonly string[];
    readonly formula: string | null;
    readonly fill: string | null;
  }[];
  readonly charts: readonly ChartSnapshot[];
  readonly tables: readonly {
    readonly name: string;
    readonly address: string;
    readonly showHeaders: boolean;
    readonly showTotals: boolean;
  }[];
  readonly pageLayout: PageLayoutState;
  readonly freezeRows: number;
  readonly rowBreaks: readonly number[];
  readonly showGridlines: boolean;
}

export function snapshotSheet(state: WorkbookState, name: string): SheetSnapshot {
  const sheet = findSheet(state, name);
  if (!sheet) throw invalidArgument(`No sheet named "${name}".`);
  return {
    name: sheet.name,
    position: liveSheets(state).indexOf(sheet),
    visibility: sheet.visibility,
    active: state.activeSheetId === sheet.id,
    selection: state.selection?.sheetId === sheet.id ? boxAddress(state.selection.box) : null,
    cells: cellSnapshots(state, sheet),
    usedRange: usedBox(sheet, false),
    merges: [...sheet.merges],
    columnWidths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
    rowHeights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
    conditionalFormats: sheet.conditionalFormats.map((rule) => ({
      type: rule.type,
      ranges: rule.ranges.map(boxAddress),
      formula: rule.formula,
      fill: rule.fill,
    })),
    charts: sheet.charts.map((chart) => chartSnapshot(state, chart)),
    tables: sheet.tables.map((table) => ({
      name: table.name,
      address: boxAddress(table.box),
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
    })),
    pageLayout: { ...sheet.pageLayout, zoom: { ...sheet.pageLayout.zoom } },
    freezeRows: sheet.freezeRows,
    rowBreaks: [...sheet.rowBreaks],
    showGridlines: sheet.showGridlines,
  };
}

/** The sheet's cells with a value, a format or a conditional mark, in row then column order. */
function cellSnapshots(state: WorkbookState, sheet: SheetState): CellSnapshot[] {
  const marks = conditionalMarks(state, sheet);
  const keys = new Set<number>([...sheet.cells.keys(), ...marks.keys()]);
  return [...keys]
    .sort((a, b) => a - b)
    .map((key): CellSnapshot => {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      const cell = sheet.cells.get(key);
      const mark = marks.get(key);
      return {
        row,
        column,
        value: cell?.value ?? null,
        formula: cell?.formula ?? null,
        error: cell?.error ?? null,
        numberFormat: cell?.numberFormat ?? "General",
        quotePrefix: cell?.quotePrefix ?? false,
        format: cell?.format ?? {},
        hyperlink: cell?.hyperlink ?? null,
        text: displayText(cell),
        conditionalFill: mark?.fill ?? null,
        conditionalFontColor: mark?.fontColor ?? null,
      };
    });
}

/**
 * A fingerprint of everything a user would call the sheet's content: cell values, formulas, number
 * formats, formatting, links, merges, sizes and tables. Conditional formats are left out on purpose: the
 * add-in's marks live there and in a separate sheet, never in the register's cells.
 */
export function fingerprintSheet(state: WorkbookState, name: string): string {
  const sheet = findSheet(state, name);
  if (!sheet) throw invalidArgument(`No sheet named "${name}".`);
  // A blank cell with the default format is no cell to Excel: writing "" to an empty cell changes nothing.
  const cells = [...sheet.cells.entries()]
    .filter(([, cell]) => !isBlankDefault(cell))
    .sort((a, b) => a[0] - b[0])
    .map(([key, cell]) => [
      key,
      cell.value,
      cell.formula,
      cell.error,
      cell.numberFormat,
      cell.format,
      cell.hyperlink,
    ]);
  const content = JSON.stringify({
    name: sheet.name,
    visibility: sheet.visibility,
    cells,
    merges: sheet.merges,
    widths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
    heights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]),
    tables: sheet.tables.map((t) => [t.name, t.box, t.showHeaders, t.showTotals]),
  });
  return hash(content);
}

function isBlankDefault(cell: CellState): boolean {
  return (
    cell.value === null &&
    cell.formula === null &&
    cell.error === null &&
    cell.hyperlink === null &&
    cell.numberFormat === "General" &&
    Object.keys(cell.format).length === 0
  );
}

/**
 * Two 32-bit FNV-1a hashes of the text (different offsets), as hex: short enough for a test message.
 * Multiplications by the FNV prime are spelt as shifts: `Math.imul` is slow inside Jest's sandbox.
 */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a ^= ch;
    a = (a + (a << 1) + (a << 4) + (a << 7) + (a << 8) + (a << 24)) | 0;
    b ^= ch + i;
    b = (b + (b << 1) + (b << 4) + (b << 7) + (b << 8) + (b << 24)) | 0;
  }
  return `${(a >>> 0).toString(16).padStart(8, "0")}${(b >>> 0).toString(16).padStart(8, "0")}`;
}

const RULE =
  /^=\s*(?:((?:'(?:[^']|'')+')|[^!'=<>]+)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)\s*(=|<>|>=|<=|>|<)\s*(-?\d+(?:\.\d+)?|"[^"]*")\s*$/;

interface Mark {
  readonly fill: string | null;
  readonly fontColor: string | null;
}

/**
 * Evaluates the custom rules this in-memory Excel can read: a comparison of one (relative or absolute)
 * cell reference, possibly on another sheet, with a number or a text, such as `=JIU_Marks!A2=2`.
 * Rules in other forms are kept but not evaluated. Higher-priority rules win, as in Excel.
 */
function conditionalMarks(state: WorkbookState, sheet: SheetState): Map<number, Mark> {
  const marks = new Map<number, Mark>();
  for (const rule of sheet.conditionalFormats) {
    const test = compileRule(state, sheet, rule);
    if (!test) continue;
    for (const box of rule.ranges)
      for (let i = 0; i < box.rowCount; i++)
        for (let j = 0; j < box.columnCount; j++) {
          const key = cellKey(box.row + i, box.column + j);
          if (marks.has(key) || !test(box.row + i, box.column + j)) continue;
          marks.set(key, { fill: rule.fill, fontColor: rule.fontColor });
        }
  }
  return marks;
}

function compileRule(
  state: WorkbookState,
  sheet: SheetState,
  rule: ConditionalFormatState,
): ((row: number, column: number) => boolean) | null {
  const anchor = rule.ranges[0];
  if (rule.type !== "Custom" || rule.formula === null || !anchor) return null;
  const match = RULE.exec(rule.formula);
  if (!match) return null;
  const [, sheetRef, absColumn, letters, absRow, rowText, operator, operandText] = match;
  const target = sheetRef === undefined ? sheet : findSheet(state, splitSheet(`${sheetRef}!A1`).sheet ?? "");
  if (!target || letters === undefined || rowText === undefined || operandText === undefined) return null;
  const refRow = Number(rowText) - 1;
  const refColumn = columnIndexOf(letters);
  const operand: Scalar = operandText.startsWith('"') ? operandText.slice(1, -1) : Number(operandText);
  return (row, column) => {
    if (!rule.ranges.some((box) => contains(box, row, column))) return false;
    const r = absRow === "$" ? refRow : refRow + (row - anchor.row);
    const c = absColumn === "$" ? refColumn : refColumn + (column - anchor.column);
    const raw = readValue(cellAt(target, r, c));
    const value: Scalar = raw === "" && typeof operand === "number" ? 0 : raw;
    return compare(value, operator ?? "=", operand);
  };
}

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function compare(value: Scalar, operator: string, operand: Scalar): boolean {
  const a = typeof value === "string" ? value.toLowerCase() : value;
  const b = typeof operand === "string" ? operand.toLowerCase() : operand;
  switch (operator) {
    case "=":
      return a === b;
    case "<>":
      return a !== b;
    case ">":
      return a > b;
    case "<":
      return a < b;
    case ">=":
      return a >= b;
    default:
      return a <= b;
  }
}

/** Column letters for 0-based column numbers, re-exported for renderers. */
export { columnLetters };
