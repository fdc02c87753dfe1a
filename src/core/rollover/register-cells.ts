import type { CellValue, GridSheet } from "../grid";
import { REGISTER_LANGUAGES } from "../languages";
import type { ColumnId, ColumnRef, Register } from "../model";
import { statusLayout } from "../parse/status-columns";
import { yesNoValue } from "../parse/status-words";
import { gridCell, sameCell } from "./grid-cells";
import type { HistoryLanguage } from "./history-format";
import type { ColumnWrite, CreatedColumn } from "./types";

const PREVIOUS_OF: Readonly<Partial<Record<ColumnId, ColumnId>>> = {
  acceptance: "previousAcceptance",
  implementation: "previousImplementation",
  status: "previousStatus",
};

/** The register's status columns now, each with the previous column it is copied into. */
export function statusPairs(register: Register): { from: ColumnId; to: ColumnId }[] {
  const layout = statusLayout(register.columns, "now");
  const sources = [layout.acceptance, layout.implementation, layout.phrase];
  return sources.flatMap((from) => {
    const to = from === null ? undefined : PREVIOUS_OF[from];
    return from === null || to === undefined ? [] : [{ from, to }];
  });
}

export function columnNumberOf(ref: ColumnRef, sheet: GridSheet): number {
  return ref.columnNumber ?? sheet.origin.column + ref.index;
}

/** The previous columns the register lacks, placed one after another at its right. */
export function createdColumns(
  register: Register,
  sheet: GridSheet,
  language: HistoryLanguage,
  tableLastColumn: number | null,
): CreatedColumn[] {
  const used = Object.values(register.columns).map((ref) => columnNumberOf(ref, sheet));
  let next = Math.max(tableLastColumn ?? 0, ...used) + 1;
  const headers = REGISTER_LANGUAGES.find((entry) => entry.code === language)?.headers.register;
  return statusPairs(register)
    .filter(({ to }) => register.columns[to] === undefined)
    .map(({ to }) => ({ id: to, column: next++, header: headers?.[to][0] ?? to }));
}

/** The value a status cell is copied as: as written (a link by its text). */
function copied(cell: CellValue | undefined): CellValue {
  if (cell === undefined || cell === "") return null;
  if (cell !== null && typeof cell === "object" && cell.kind === "link") return cell.text;
  return cell;
}

/** Current statuses into the previous columns (existing or created), changed cells only. */
export function previousWrites(
  register: Register,
  sheet: GridSheet,
  created: readonly CreatedColumn[],
): ColumnWrite[] {
  return statusPairs(register).map(({ from, to }) => {
    const existing = register.columns[to];
    const column = existing
      ? columnNumberOf(existing, sheet)
      : (created.find((entry) => entry.id === to)?.column ?? 0);
    const cells = register.rows.flatMap(({ recommendation, cells: raw }) => {
      const value = copied(raw[from]);
      const before = existing ? gridCell(sheet, recommendation.row, column) : null;
      return sameCell(before, value) ? [] : [{ row: recommendation.row, value }];
    });
    return { column, cells };
  });
}

/**
 * "Assessment updated" cleared: a Yes becomes the column's own word for No when it has one ("No", "否"),
 * blank otherwise.
 */
export function assessmentUpdatedWrite(register: Register, sheet: GridSheet): ColumnWrite | null {
  const ref = register.columns.assessmentUpdated;
  if (!ref) return null;
  const noWord =
    register.rows.map(({ cells }) => cells.assessmentUpdated).find((cell) => yesNoValue(cell) === false) ??
    null;
  const cells = register.rows
    .filter(({ cells: raw }) => yesNoValue(raw.assessmentUpdated) === true)
    .map(({ recommendation }) => ({ row: recommendation.row, value: copied(noWord) }));
  return { column: columnNumberOf(ref, sheet), cells };
}
