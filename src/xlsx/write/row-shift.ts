/**
 * Deleting worksheet rows, as Excel adjusts what refers to them: a row below moves up by the number of
 * deleted rows above it; a reference to a deleted cell becomes #REF!; a range loses its deleted rows (and
 * is #REF! when none is left). Pure: used by the .xlsx writer and by the in-memory Excel.
 */

/** Where rows go when rows are deleted or inserted (1-based). */
export interface RowMove {
  /** Where a row goes; null if it is deleted. */
  row(row: number): number | null;
  /** Where rows first..last go as a range; null if all are deleted. */
  range(first: number, last: number): [number, number] | null;
}

/** `count` rows inserted above row `at`: it and those below move down; a range across grows. */
export class RowInsertion implements RowMove {
  constructor(
    readonly at: number,
    readonly count: number,
  ) {}

  row(row: number): number {
    return row >= this.at ? row + this.count : row;
  }

  range(first: number, last: number): [number, number] {
    return [this.row(first), this.row(last)];
  }
}

/** The rows deleted from one sheet (1-based), and where every other row goes. */
export class RowDeletion implements RowMove {
  readonly rows: readonly number[];

  constructor(rows: Iterable<number>) {
    this.rows = [...new Set(rows)].sort((a, b) => a - b);
  }

  get first(): number {
    return this.rows[0] ?? Number.POSITIVE_INFINITY;
  }

  /** Deleted rows up to and including `row`. */
  countUpTo(row: number): number {
    let low = 0;
    let high = this.rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.rows[middle] ?? 0) <= row) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  isDeleted(row: number): boolean {
    return this.countUpTo(row) - this.countUpTo(row - 1) === 1;
  }

  /** Where a row goes; null if it is deleted. */
  row(row: number): number | null {
    return this.isDeleted(row) ? null : row - this.countUpTo(row);
  }

  /** Where rows first..last go: without the deleted ones; null if all are deleted. */
  range(first: number, last: number): [number, number] | null {
    const kept = last - first + 1 - (this.countUpTo(last) - this.countUpTo(first - 1));
    if (kept <= 0) return null;
    const top = first - this.countUpTo(first - 1);
    return [top, top + kept - 1];
  }
}

/** A formula refers to the sheet in a way these rules cannot adjust (a 3-D reference through it, say). */
export class UnsafeFormulaError extends Error {}

export interface FormulaContext {
  /** The sheet whose rows are deleted. */
  readonly sheet: string;
  /** The formula's own sheet is that sheet (its unqualified references are to it). */
  readonly onSheet: boolean;
  /**
   * For a conditional format or a validation: relative rows count from the range's top-left row, which
   * was `from` and is the original row of the cell now at the top (`to`).
   */
  readonly anchor?: { readonly from: number; readonly to: number };
  /** Told each row the formula refers to on the sheet (before the deletion), and whether it is absolute. */
  readonly onRow?: (row: number, absolute: boolean) => void;
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[\p{L}_\\][\p{L}\p{N}_.]*(?::[\p{L}_\\][\p{L}\p{N}_.]*)?)`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`(?:(${SHEET})!)?(${CELL}(?::${CELL})?|\$?\d+:\$?\d+|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3})`,
  "uy",
);
const NAME_CHAR = /[\p{L}\p{N}_.\\$?]/u;

/**
 * A formula (with or without its "="), its references to the sheet's rows adjusted for the deletion;
 * strings, structured references and other workbooks' references are left as they are.
 *
 * @example shiftFormula("=SUM(A2:A10)+B7", new RowDeletion([5]), { sheet: "S", onSheet: true }) // "=SUM(A2:A9)+B6"
 */
export function shiftFormula(formula: string, deletion: RowMove, context: FormulaContext): string {
  let out = "";
  let i = 0;
  let external = false;
  while (i < formula.length) {
    const char = formula.charAt(i);
    if (char === '"' || char === "[") {
      const end = char === '"' ? stringEnd(formula, i) : bracketEnd(formula, i);
      // "[1]Sheet!A1" is another workbook's cell: the next reference is left alone.
      external = char === "[" && /^\[\d+\]$/.test(formula.slice(i, end));
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const before = i > 0 ? formula.charAt(i - 1) : "";
    REFERENCE.lastIndex = i;
    const match = NAME_CHAR.test(before) ? null : REFERENCE.exec(formula);
    const after = match ? formula.charAt(i + match[0].length) : "";
    if (match && !/[\p{L}\p{N}_.(!\\[]/u.test(after)) {
      const sheet = match[1];
      const mine = sheet === undefined ? context.onSheet : sameSheet(sheet, context.sheet);
      out += external || !mine ? match[0] : shiftedReference(sheet, match[2] ?? "", deletion, context);
      external = false;
      i += match[0].length;
      continue;
    }
    external = false;
    // A name or function: copied whole, so that its digits are never read as a row.
    let end = i + 1;
    if (NAME_CHAR.test(char) || char === "'")
      while (end < formula.length && NAME_CHAR.test(formula.charAt(end))) end++;
    out += formula.slice(i, end);
    i = end;
  }
  return out;
}

function sameSheet(written: string, sheet: string): boolean {
  const name = written.startsWith("'") ? written.slice(1, -1).replace(/''/g, "'") : written;
  if (name.includes(":")) {
    const ends = name.split(":").map((end) => end.toUpperCase());
    if (ends.includes(sheet.toUpperCase()))
      throw new UnsafeFormulaError(`a 3-D reference (${written}) runs through the sheet`);
    return false;
  }
  return name.toUpperCase() === sheet.toUpperCase();
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    if (text.charAt(i) === '"') {
      if (text.charAt(i + 1) !== '"') return i + 1;
      i += 2;
    } else i++;
  }
  return text.length;
}

function bracketEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === "'" && text.charAt(i + 1) !== "") i++;
    else if (char === "[") depth++;
    else if (char === "]" && --depth === 0) return i + 1;
  }
  return text.length;
}

interface RowPart {
  readonly prefix: string;
  readonly absolute: boolean;
  readonly row: number;
}

const PART = /^(\$?[A-Za-z]*)(\$?)(\d+)$/;

function shiftedReference(
  sheet: string | undefined,
  reference: string,
  deletion: RowMove,
  context: FormulaContext,
): string {
  const anchor = context.anchor;
  const prefix = sheet === undefined ? "" : `${sheet}!`;
  const ends = reference.split(":");
  const parts = ends.map((end) => {
    const found = PART.exec(end);
    return found ? { prefix: found[1] ?? "", absolute: found[2] === "$", row: Number(found[3]) } : null;
  });
  // Whole columns ("A:C") have no row to move.
  if (parts.some((part) => part === null)) return `${prefix}${reference}`;
  const rows = (parts as RowPart[]).map((part) =>
    part.absolute || !anchor ? part.row : anchor.to + part.row - anchor.from,
  );
  (parts as RowPart[]).forEach((part, index) => context.onRow?.(rows[index] ?? 0, part.absolute));
  const [first = 0, last = first] = rows;
  const moved = ends.length === 1 ? [deletion.row(first)] : deletion.range(first, last);
  if (moved === null || moved[0] === null) return `${prefix}#REF!`;
  const text = (parts as RowPart[]).map((part, index) => {
    // A relative row is written as the anchor cell (now at the top) sees it.
    const row = moved[index] ?? moved[0] ?? 0;
    return `${part.prefix}${part.absolute ? "$" : ""}${row}`;
  });
  return `${prefix}${text.join(":")}`;
}
