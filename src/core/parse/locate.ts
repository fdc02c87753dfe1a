import { columnLetters as lettersOfIndex } from "../a1";
import type { CellValue, GridSheet, GridTable } from "../grid";
import type { ColumnRef } from "../model";
import { cellText } from "./cell";
import type { RankedAlias } from "./normalize";

/** The header must lie within the sheet's first rows, as the foundation issue says. */
export const HEADER_SEARCH_ROWS = 10;

/** How to recognise one kind of table: a header matcher and the columns it must have. */
export interface TableSpec<C extends string> {
  readonly match: (text: string) => RankedAlias<C> | null;
  readonly required: readonly C[];
  /** Drops from the missing columns those that the columns found stand in for (one "Status" column, say). */
  readonly relax?: (found: ReadonlySet<C>, missing: readonly C[]) => C[];
}

/** A header row that was recognised, complete or not. Indexes are 0-based into `sheet.cells`. */
export interface HeaderMatch<C extends string> {
  readonly sheet: GridSheet;
  readonly table: GridTable | null;
  /** Worksheet row of the header. */
  readonly headerRow: number;
  readonly headerIndex: number;
  /** Cells index after the last data row (exclusive). */
  readonly endIndex: number;
  readonly columns: Readonly<Partial<Record<C, ColumnRef>>>;
  readonly missing: readonly C[];
  /** Columns named more than once, with every place they appear. */
  readonly duplicates: readonly { readonly id: C; readonly refs: readonly ColumnRef[] }[];
}

/**
 * Reads one header row between two cell indexes (inclusive) and says which columns it names.
 * When two headers name the same column, the stronger name wins ("Management assessment" over "Comments");
 * two equally strong names are a duplicate the person must resolve.
 *
 * @example matchHeaderRow(sheet, 0, 0, 16, { match: matchHeaderRanked, required: REQUIRED_COLUMNS }).missing // []
 */
export function matchHeaderRow<C extends string>(
  sheet: GridSheet,
  headerIndex: number,
  firstIndex: number,
  lastIndex: number,
  spec: TableSpec<C>,
): Omit<HeaderMatch<C>, "table" | "endIndex"> {
  const row: readonly CellValue[] = sheet.cells[headerIndex] ?? [];
  const columns: Partial<Record<C, ColumnRef>> = {};
  const seen = new Map<C, { rank: number; refs: ColumnRef[] }>();
  const last = Math.min(lastIndex, row.length - 1);
  for (let index = Math.max(0, firstIndex); index <= last; index++) {
    const header = cellText(row[index]);
    if (header === "") continue;
    const matched = spec.match(header);
    if (matched === null) continue;
    const { value: id, rank } = matched;
    const ref: ColumnRef = { index, header, columnNumber: sheet.origin.column + index };
    const best = seen.get(id);
    if (best && best.rank === rank) best.refs.push(ref);
    else if (!best || rank < best.rank) {
      seen.set(id, { rank, refs: [ref] });
      columns[id] = ref;
    }
  }
  const absent = spec.required.filter((id) => !seen.has(id));
  const missing = spec.relax ? spec.relax(new Set(seen.keys()), absent) : absent;
  const duplicates = [...seen]
    .filter(([, { refs }]) => refs.length > 1)
    .map(([id, { refs }]) => ({ id, refs }));
  return { sheet, headerRow: sheet.origin.row + headerIndex, headerIndex, columns, missing, duplicates };
}

/** The result of looking for a table on one sheet: a complete header, or the most complete partial one. */
export interface SheetSearch<C extends string> {
  readonly found: HeaderMatch<C> | null;
  /** The header row that named the most required columns, when none named them all. */
  readonly partial: HeaderMatch<C> | null;
}

/**
 * Finds a table on a sheet: first an Excel table whose header names every required column, else the first
 * row within the sheet's first {@link HEADER_SEARCH_ROWS} rows that does.
 *
 * @example findOnSheet(sheet, { match: matchHeaderRanked, required: REQUIRED_COLUMNS }).found?.headerRow // 1
 */
export function findOnSheet<C extends string>(sheet: GridSheet, spec: TableSpec<C>): SheetSearch<C> {
  let partial: HeaderMatch<C> | null = null;
  const consider = (match: HeaderMatch<C>): boolean => {
    if (match.missing.length === 0) return true;
    const named = spec.required.length - match.missing.length;
    if (named > 0 && (partial === null || match.missing.length < partial.missing.length)) partial = match;
    return false;
  };

  for (const table of sheet.tables ?? []) {
    const headerIndex = table.headerRow - sheet.origin.row;
    if (headerIndex < 0 || headerIndex >= sheet.cells.length) continue;
    const firstIndex = table.firstColumn - sheet.origin.column;
    const lastIndex = table.lastColumn - sheet.origin.column;
    const lastDataRow = table.hasTotalsRow ? table.lastRow - 1 : table.lastRow;
    const endIndex = Math.min(sheet.cells.length, lastDataRow - sheet.origin.row + 1);
    const match = { ...matchHeaderRow(sheet, headerIndex, firstIndex, lastIndex, spec), table, endIndex };
    if (consider(match)) return { found: match, partial: null };
  }

  const lastHeaderIndex = Math.min(sheet.cells.length - 1, HEADER_SEARCH_ROWS - sheet.origin.row);
  for (let headerIndex = 0; headerIndex <= lastHeaderIndex; headerIndex++) {
    const width = sheet.cells[headerIndex]?.length ?? 0;
    const match = {
      ...matchHeaderRow(sheet, headerIndex, 0, width - 1, spec),
      table: null,
      endIndex: sheet.cells.length,
    };
    if (consider(match)) return { found: match, partial: null };
  }
  return { found: null, partial };
}

/** How far below the first 10 rows a misplaced header is looked for, only to say where it is. */
export const MISPLACED_HEADER_SEARCH_ROWS = 1000;

/**
 * The first worksheet row below the first {@link HEADER_SEARCH_ROWS} rows (and within
 * {@link MISPLACED_HEADER_SEARCH_ROWS}) whose cells name every required column, or null. The register is not read
 * from there (the header must be near the top), but a message can say where the header is.
 *
 * @example findMisplacedHeader(sheetWithHeaderInRow11, spec) // 11
 */
export function findMisplacedHeader<C extends string>(sheet: GridSheet, spec: TableSpec<C>): number | null {
  const first = Math.max(0, HEADER_SEARCH_ROWS + 1 - sheet.origin.row);
  const last = Math.min(sheet.cells.length - 1, MISPLACED_HEADER_SEARCH_ROWS - sheet.origin.row);
  for (let headerIndex = first; headerIndex <= last; headerIndex++) {
    const width = sheet.cells[headerIndex]?.length ?? 0;
    // One "Status" column may stand for two (see `TableSpec.relax`).
    if (width < spec.required.length - (spec.relax ? 1 : 0)) continue;
    if (matchHeaderRow(sheet, headerIndex, 0, width - 1, spec).missing.length === 0) {
      return sheet.origin.row + headerIndex;
    }
  }
  return null;
}

/**
 * The spreadsheet letters of a 1-based column number.
 *
 * @example columnLetters(28) // "AB"
 */
export function columnLetters(columnNumber: number): string {
  return lettersOfIndex(columnNumber - 1);
}
