import type { CellValue } from "../grid";
import type { ColumnId, ColumnRef, Recommendation, RegisterRow } from "../model";
import { cellText, isBlankCell, textValue, wordValue } from "./cell";
import { BUILT_IN_VOCABULARY, type Vocabulary } from "../vocabulary/vocabulary";
import { dateValue } from "./dates";
import { linkValue } from "./links";
import { recommendationIdValue } from "./recommendation-id";
import { parseReportSymbol } from "./report-symbol";
import { hasStatusColumns, readStatus, statusLayout, type StatusLayout } from "./status-columns";
import { yesNoValue } from "./status-words";

type Columns = Readonly<Partial<Record<ColumnId, ColumnRef>>>;

/**
 * Reads the data rows below a header: one typed recommendation per row that is not entirely empty.
 * A row counts as empty when every register column on it is blank; other columns (notes) are not looked at.
 * Stops after `maxRows` + 1 rows, so that the caller can refuse a sheet that is far too large without
 * building a million recommendations first.
 *
 * The vocabulary reads the addressee and status words (the built-in words unless the workbook has its own).
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
  vocabulary: Vocabulary = BUILT_IN_VOCABULARY,
): RegisterRow[] {
  const reading: RowReading = {
    columns,
    vocabulary,
    now: statusLayout(columns, "now"),
    previous: statusLayout(columns, "previous"),
  };
  // The register's columns as two parallel arrays, in the order of `columns`: the cells objects keep
  // that key order, and an indexed loop allocates nothing per cell.
  const entries = Object.entries(columns) as [ColumnId, ColumnRef][];
  const ids = entries.map(([id]) => id);
  const indexes = entries.map(([, ref]) => ref.index);
  // Each row's cells start as a copy of a template that has every key already, in order: copying takes
  // the template's shape in one allocation, where adding 17 keys one by one regrows the object's storage.
  const template: Partial<Record<ColumnId, CellValue>> = {};
  for (const id of ids) template[id] = null;
  const rows: RegisterRow[] = [];
  for (let index = firstIndex; index < endIndex; index++) {
    const line = cells[index];
    if (!line) continue;
    const raw: Partial<Record<ColumnId, CellValue>> = { ...template };
    let empty = true;
    for (let k = 0; k < ids.length; k++) {
      const cell = line[indexes[k] as number] ?? null;
      raw[ids[k] as ColumnId] = cell;
      if (empty && !isBlankCell(cell)) empty = false;
    }
    if (empty) continue;
    rows.push({ recommendation: toRecommendation(raw, originRow + index, reading), cells: raw });
    if (rows.length > maxRows) break;
  }
  return rows;
}

/** What reading every row shares: the columns, the vocabulary, and which columns give the statuses. */
interface RowReading {
  readonly columns: Columns;
  readonly vocabulary: Vocabulary;
  readonly now: StatusLayout;
  readonly previous: StatusLayout;
}

/**
 * The row's fields as the readers read them (each value is `valueOf(readX(cell))`, checked by a test),
 * without a reading object per cell: this runs for every cell of the register.
 */
function toRecommendation(
  raw: Partial<Record<ColumnId, CellValue>>,
  row: number,
  { vocabulary, now, previous }: RowReading,
): Recommendation {
  const status = readStatus(raw, now, vocabulary);
  const hasPrevious = hasStatusColumns(previous);
  const before = hasPrevious ? readStatus(raw, previous, vocabulary) : null;
  const addressee = isBlankCell(raw.addressee) ? null : vocabulary.addressee(cellText(raw.addressee));
  return {
    row,
    organization: textValue(raw.organization),
    report: wordValue(raw.reportSymbol, parseReportSymbol),
    reportTitle: textValue(raw.reportTitle) ?? "",
    reportLink: linkValue(raw.reportLink),
    number: recommendationIdValue(raw.recommendationNumber),
    addressee: addressee?.addressee ?? null,
    addresseeName: addressee?.named ? textValue(raw.addressee) : null,
    text: textValue(raw.recommendationText) ?? "",
    assessment: textValue(raw.assessment) ?? "",
    acceptance: status.acceptance,
    acceptanceInferred: status.inferred,
    implementation: status.implementation,
    // The previous acceptance is kept as written: a previous implementation alone implies it (status.ts).
    previousAcceptance: before ? (before.inferred ? null : before.acceptance) : undefined,
    previousImplementation: before ? before.implementation : undefined,
    firstReport: before !== null && before.blank,
    assessmentUpdated: yesNoValue(raw.assessmentUpdated) ?? false,
    responsible: textValue(raw.responsible) ?? "",
    deadline: dateValue(raw.deadline),
    lastUpdated: dateValue(raw.lastUpdated),
    cebComments: linkValue(raw.cebComments),
    otherDocuments: linkValue(raw.otherDocuments),
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
