import { columnLetters } from "../../src/core/a1";
import { invalidArgument } from "./errors";

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based. */
export interface Box {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export { columnLetters } from "../../src/core/a1";

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A sheet name as it appears in an address: quoted when it holds anything but letters, digits, _ and . */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function boxAddress(box: Box): string {
  const first = `${columnLetters(box.column)}${box.row + 1}`;
  if (box.rowCount === 1 && box.columnCount === 1) return first;
  if (box.column === 0 && box.columnCount === MAX_COLUMNS) return `${box.row + 1}:${box.row + box.rowCount}`;
  if (box.row === 0 && box.rowCount === MAX_ROWS)
    return `${columnLetters(box.column)}:${columnLetters(box.column + box.columnCount - 1)}`;
  return `${first}:${columnLetters(box.column + box.columnCount - 1)}${box.row + box.rowCount}`;
}

/** "Sheet1!A1:B2", as Excel's `Range.address` gives it. */
export function qualifiedAddress(sheetName: string, box: Box): string {
  return `${quoteSheetName(sheetName)}!${boxAddress(box)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROW = /^\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;

interface Corner {
  readonly row: number | null;
  readonly column: number | null;
}

function parseCorner(text: string): Corner | null {
  const cell = CELL.exec(text);
  if (cell) return { row: Number(cell[2]) - 1, column: columnIndex(cell[1] as string) };
  const row = ROW.exec(text);
  if (row) return { row: Number(row[1]) - 1, column: null };
  const column = COLUMN.exec(text);
  if (column) return { row: null, column: columnIndex(column[1] as string) };
  return null;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (unquoted) and the local address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1) };
}

/** Parses one area: "A1", "A1:C3", "$A$1", "3:5", "B:D" (an optional sheet prefix is ignored). */
export function parseBox(address: string): Box {
  const { local } = splitSheet(address.trim());
  const [startText, endText, extra] = local.split(":");
  if (startText === undefined || extra !== undefined) throw invalidArgument(`Bad address "${address}".`);
  const start = parseCorner(startText);
  const end = endText === undefined ? start : parseCorner(endText);
  if (!start || !end) throw invalidArgument(`Bad address "${address}".`);
  const wholeRows = start.column === null && end.column === null;
  const wholeColumns = start.row === null && end.row === null;
  if ((start.column === null || end.column === null) && !wholeRows)
    throw invalidArgument(`Bad address "${address}".`);
  if ((start.row === null || end.row === null) && !wholeColumns)
    throw invalidArgument(`Bad address "${address}".`);
  const r1 = wholeColumns ? 0 : Math.min(start.row as number, end.row as number);
  const r2 = wholeColumns ? MAX_ROWS - 1 : Math.max(start.row as number, end.row as number);
  const c1 = wholeRows ? 0 : Math.min(start.column as number, end.column as number);
  const c2 = wholeRows ? MAX_COLUMNS - 1 : Math.max(start.column as number, end.column as number);
  if (r1 < 0 || c1 < 0 || r2 >= MAX_ROWS || c2 >= MAX_COLUMNS)
    throw invalidArgument(`"${address}" is off the grid.`);
  return { row: r1, column: c1, rowCount: r2 - r1 + 1, columnCount: c2 - c1 + 1 };
}

/** Parses "A1:B2, D4" (commas or semicolons) into its areas. */
export function parseAreas(address: string): Box[] {
  return address
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(parseBox);
}

export function contains(outer: Box, row: number, column: number): boolean {
  return (
    row >= outer.row &&
    row < outer.row + outer.rowCount &&
    column >= outer.column &&
    column < outer.column + outer.columnCount
  );
}

export function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}
