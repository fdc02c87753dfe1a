import type { Finding } from "../core/findings";
import type { CellValue, IsoDate, WorkbookGrid } from "../core/grid";
import type { Register, RegisterRow } from "../core/model";
import { MAX_REGISTER_ROWS } from "../core/parse";
import { readRegisterRows } from "../core/parse/register-rows";
import { revalidateRows } from "../core/validate/revalidate";

/**
 * What "Check as I type" remembers between edits: the register as last read and checked, its findings,
 * and where its cells sit on the sheet. An edit is applied to it without reading the rest of the sheet.
 */
export interface LiveRegister {
  readonly register: Register;
  readonly findings: readonly Finding[];
  readonly asOf: IsoDate;
  /** 1-based worksheet column of the grid's first column: the register's column indexes count from it. */
  readonly originColumn: number;
  /** How many columns a row of the register spans from `originColumn` (its last column's index + 1). */
  readonly width: number;
  /** The last worksheet row of the register's Excel table; null for a register on a plain sheet. */
  readonly tableLastRow: number | null;
}

/** Rows of cells as the sheet holds them now: `cells[0]` is worksheet row `firstRow`, from `originColumn`. */
export interface RowsEdit {
  readonly firstRow: number;
  readonly cells: readonly (readonly CellValue[])[];
}

export type LiveUpdate =
  | {
      readonly kind: "updated";
      readonly live: LiveRegister;
      /** Worksheet rows whose findings may have changed: the edited rows, and others a cross-row rule touched. */
      readonly affectedRows: readonly number[];
    }
  /** The edit changed what the register is (its header, its table's extent): check it all again. */
  | { readonly kind: "needsFullCheck" };

/**
 * The live state after a full validation.
 *
 * @example startLive(grid, register, validate(register, asOf), asOf)
 */
export function startLive(
  grid: WorkbookGrid,
  register: Register,
  findings: readonly Finding[],
  asOf: IsoDate,
): LiveRegister {
  const sheet = grid.sheets.find((candidate) => candidate.name === register.sheet);
  const table = register.table ? sheet?.tables?.find((candidate) => candidate.name === register.table) : null;
  const width = Object.values(register.columns).reduce((widest, ref) => Math.max(widest, ref.index + 1), 0);
  return {
    register,
    findings,
    asOf,
    originColumn: sheet?.origin.column ?? 1,
    width,
    tableLastRow: table ? table.lastRow - (table.hasTotalsRow ? 1 : 0) : null,
  };
}

/**
 * Applies an edit of some rows: reads them with the register's columns and vocabulary, puts them in place
 * of the rows they were (an emptied row leaves the register), and checks them (see `revalidateRows`).
 *
 * @example applyEdit(live, { firstRow: 7, cells: [["JIU/REP/2021/3", "Title", ...]] })
 */
export function applyEdit(live: LiveRegister, edit: RowsEdit): LiveUpdate {
  const { register } = live;
  const first = edit.firstRow;
  const last = edit.firstRow + edit.cells.length - 1;
  if (first <= register.headerRow) return { kind: "needsFullCheck" };
  if (live.tableLastRow !== null && last > live.tableLastRow) return { kind: "needsFullCheck" };
  const parsed = readRegisterRows(
    edit.cells,
    0,
    edit.cells.length,
    first,
    register.columns,
    Number.POSITIVE_INFINITY,
    register.vocabulary,
  );
  const { rows, replaced } = spliceRows(register.rows, first, last, parsed);
  if (rows.length > MAX_REGISTER_ROWS) return { kind: "needsFullCheck" };
  const updated: Register = { ...register, rows };
  const changed = new Set<number>();
  for (let row = first; row <= last; row++) changed.add(row);
  const symbolsBefore = new Set(replaced.flatMap(({ recommendation }) => recommendation.report?.text ?? []));
  const findings = revalidateRows(updated, live.findings, { rows: changed, symbolsBefore }, live.asOf);
  const affected = new Set(changed);
  for (const row of rowsWithChangedFindings(live.findings, findings, register.sheet)) affected.add(row);
  return {
    kind: "updated",
    live: { ...live, register: updated, findings },
    affectedRows: [...affected].sort((a, b) => a - b),
  };
}

/**
 * The rows with those from `first` to `last` replaced, and the rows replaced: a binary search finds them,
 * as rows are in order.
 */
function spliceRows(
  rows: readonly RegisterRow[],
  first: number,
  last: number,
  replacement: readonly RegisterRow[],
): { rows: RegisterRow[]; replaced: RegisterRow[] } {
  const start = firstIndexAtOrAfter(rows, first);
  const end = firstIndexAtOrAfter(rows, last + 1);
  return {
    rows: [...rows.slice(0, start), ...replacement, ...rows.slice(end)],
    replaced: rows.slice(start, end),
  };
}

function firstIndexAtOrAfter(rows: readonly RegisterRow[], row: number): number {
  let low = 0;
  let high = rows.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rows[middle]?.recommendation.row ?? 0) < row) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Rows of the register's sheet whose findings differ (by rule, column and severity) between two lists. */
function rowsWithChangedFindings(
  before: readonly Finding[],
  after: readonly Finding[],
  sheet: string,
): number[] {
  const keysOf = (findings: readonly Finding[]) => {
    const byRow = new Map<number, string[]>();
    for (const finding of findings) {
      if (finding.sheet !== sheet) continue;
      const list = byRow.get(finding.row) ?? [];
      list.push(`${finding.rule}:${finding.columnNumber}`);
      byRow.set(finding.row, list);
    }
    return byRow;
  };
  const old = keysOf(before);
  const now = keysOf(after);
  const rows = new Set([...old.keys(), ...now.keys()]);
  return [...rows].filter((row) => (old.get(row) ?? []).join("|") !== (now.get(row) ?? []).join("|"));
}
