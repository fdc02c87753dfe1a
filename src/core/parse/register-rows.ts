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
  const found = (Object.entries(columns) as [ColumnId, ColumnRef][]).map(
    ([id, ref]) => [id, ref.index] as const,
  );
  const rows: RegisterRow[] = [];
  for (let index = firstIndex; index < endIndex; index++) {
    const line = cells[index];
    if (!line) continue;
    const raw: Partial<Record<ColumnId, CellValue>> = {};
    let empty = true;
    for (const [id, column] of found) {
      const cell = line[column] ?? null;
      raw[id] = cell;
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
  const text = (id: ColumnId): string => valueOf(readText(raw[id])) ?? "";
  return {
    row,
    organization: valueOf(readText(raw.organization)),
    report: valueOf(readReportSymbol(raw.reportSymbol)),
    reportTitle: text("reportTitle"),
    reportLink: valueOf(readLink(raw.reportLink)),
    number: valueOf(readRecommendationNumber(raw.recommendationNumber)),
    addressee: valueOf(readAddressee(raw.addressee)),
    text: text("recommendationText"),
    assessment: text("assessment"),
    acceptance: valueOf(readAcceptance(raw.acceptance)),
    implementation: valueOf(readImplementation(raw.implementation)),
    previousAcceptance: columns.previousAcceptance
      ? valueOf(readAcceptance(raw.previousAcceptance))
      : undefined,
    previousImplementation: columns.previousImplementation
      ? valueOf(readImplementation(raw.previousImplementation))
      : undefined,
    assessmentUpdated: valueOf(readYesNo(raw.assessmentUpdated)) ?? false,
    responsible: text("responsible"),
    deadline: valueOf(readDate(raw.deadline)),
    lastUpdated: valueOf(readDate(raw.lastUpdated)),
    cebComments: valueOf(readLink(raw.cebComments)),
    otherDocuments: valueOf(readLink(raw.otherDocuments)),
    cebCommentsText: linkWords(raw.cebComments),
    otherDocumentsText: linkWords(raw.otherDocuments),
  };
}

/** The words a hyperlinked cell shows, kept for display when they are more than its address. */
function linkWords(cell: CellValue | undefined): string | null {
  if (typeof cell !== "object" || cell === null || cell.kind !== "link") return null;
  const words = cell.text.trim();
  return words === "" || words === cell.address.trim() ? null : words;
}
