/** Excel's sheet limits: 1,048,576 rows and 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface CellRef {
  /** 1-based. */
  readonly row: number;
  /** 1-based. */
  readonly column: number;
}

export interface CellRange {
  readonly first: CellRef;
  readonly last: CellRef;
}

/**
 * Reads an A1 reference ("AB12", "$C$3"); null when it is not one or lies outside the sheet.
 *
 * @example parseCellRef("AB12") // { row: 12, column: 28 }
 */
export function parseCellRef(text: string): CellRef | null {
  let column = 0;
  let at = 0;
  if (text.charCodeAt(at) === 36 /* $ */) at += 1;
  for (; at < text.length; at += 1) {
    const code = text.charCodeAt(at) | 0x20; // lower-case
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  if (text.charCodeAt(at) === 36) at += 1;
  const digits = text.slice(at);
  if (column === 0 || !/^[0-9]+$/.test(digits)) return null;
  const row = Number(digits);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return null;
  return { row, column };
}

/**
 * The A1 name of a cell, for messages.
 *
 * @example cellName({ row: 12, column: 28 }) // "AB12"
 */
export function cellName(ref: CellRef): string {
  let letters = "";
  for (let column = ref.column; column > 0; column = Math.floor((column - 1) / 26)) {
    letters = String.fromCharCode(65 + ((column - 1) % 26)) + letters;
  }
  return `${letters}${ref.row}`;
}

/**
 * Reads "A1:C5" (or a single cell "B2") as a range with its corners in order.
 *
 * @example parseRange("A1:Q25") // { first: { row: 1, column: 1 }, last: { row: 25, column: 17 } }
 */
export function parseRange(text: string): CellRange | null {
  const [from, to = from] = text.trim().split(":");
  const first = from === undefined ? null : parseCellRef(from);
  const last = parseCellRef(to ?? "");
  if (!first || !last) return null;
  return {
    first: { row: Math.min(first.row, last.row), column: Math.min(first.column, last.column) },
    last: { row: Math.max(first.row, last.row), column: Math.max(first.column, last.column) },
  };
}
