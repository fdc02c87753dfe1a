import type { CellValue } from "../grid";
import type { ColumnId, ColumnRef, Recommendation, RegisterRow } from "../model";
import { isBlankCell, readText, valueOf } from "./cell";
import { readDate } from "./dates";
import { readLink } from "./links";
import { readRecommendationNumber } from "./numbers";
import { readReportSymbol } from "./report-symbol";
import { readAcceptance, readAddressee, readImplementation, readYesNo } from "./status-words";

type Columns = Readonly<Partial<Record<ColumnId, ColumnRef>>>;

/**
 * Reads the data rows below a header: one typed recommendation per row that is not entirely empty.
 * A row counts as empty when every register column on it is blank; other columns (notes) are not looked at.
 * Stops after `maxRows` + 1 rows, so that the caller can refuse a sheet that is far too large without
 * building a million recommendations first.
 *
 * @example readRegisterRows(sheet.cells, 1, sheet.cells.length, sheet.origin.row, columns)[0]?.recommendation.row // 2
 */
export function readRegisterRows(
  cells: readonly (readonly CellValue[])[],
  firstIndex: number,
  endIndex: number,
  originRow: number,
  columns: Columns,
  maxRows = Number.POSITIVE_INFINITY,
): RegisterRow[] {
  // The register's columns as two parallel arrays, in the order of `columns`: the cells objects keep
  // that key order, and an indexed loop allocates nothing per cell.
  const entries = Object.entries(columns) as [ColumnId, ColumnRef][];
  const ids = entries.map(([id]) => id);
  const indexes = entries.map(([, ref]) => ref.index);
  const rows: RegisterRow[] = [];
  for (let index = firstIndex; index < endIndex; index++) {
    const line = cells[index];
    if (!line) continue;
    const raw: Partial<Record<ColumnId, CellValue>> = {};
    let empty = true;
    for (let k = 0; k < ids.length; k++) {
      const cell = line[indexes[k] as number] ?? null;
      raw[ids[k] as ColumnId] = cell;
      if (empty && !isBlankCell(cell)) empty = false;
    }
    if (empty) continue;
    rows.push({ recommendation: toRecommendation(raw, originRow + index, columns), cells: raw });
    if (rows.length > maxRows) break;
  }
  return rows;
}

function toRecommendation(
  raw: Partial<Record<ColumnId, CellValue>>,
  row: number,
  columns: Columns,
): Recommendation {
  return {
    row,
    organization: valueOf(readText(raw.organization)),
    report: valueOf(readReportSymbol(raw.reportSymbol)),
    reportTitle: textOf(raw.reportTitle),
    reportLink: valueOf(readLink(raw.reportLink)),
    number: valueOf(readRecommendationNumber(raw.recommendationNumber)),
    addressee: valueOf(readAddressee(raw.addressee)),
    text: textOf(raw.recommendationText),
    assessment: textOf(raw.assessment),
    acceptance: valueOf(readAcceptance(raw.acceptance)),
    implementation: valueOf(readImplementation(raw.implementation)),
    previousAcceptance: columns.previousAcceptance
      ? valueOf(readAcceptance(raw.previousAcceptance))
      : undefined,
    previousImplementation: columns.previousImplementation
      ? valueOf(readImplementation(raw.previousImplementation))
      : undefined,
    assessmentUpdated: valueOf(readYesNo(raw.assessmentUpdated)) ?? false,
    responsible: textOf(raw.responsible),
    deadline: valueOf(readDate(raw.deadline)),
    lastUpdated: valueOf(readDate(raw.lastUpdated)),
    cebComments: valueOf(readLink(raw.cebComments)),
    otherDocuments: valueOf(readLink(raw.otherDocuments)),
    cebCommentsText: linkWords(raw.cebComments),
    otherDocumentsText: linkWords(raw.otherDocuments),
  };
}

/** A free-text cell's text; "" when blank or a formula error. */
function textOf(cell: CellValue | undefined): string {
  return valueOf(readText(cell)) ?? "";
}

/** The words a hyperlinked cell shows, kept for display when they are more than its address. */
function linkWords(cell: CellValue | undefined): string | null {
  if (typeof cell !== "object" || cell === null || cell.kind !== "link") return null;
  const words = cell.text.trim();
  return words === "" || words === cell.address.trim() ? null : words;
}
