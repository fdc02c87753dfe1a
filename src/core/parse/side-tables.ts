import type { CellValue, GridSheet } from "../grid";
import type { ColumnRef, JiuRequest, PlannedReview, PlannedReviewColumnId, RequestColumnId } from "../model";
import { cellText, isBlankCell, readText, valueOf } from "./cell";
import { readDate } from "./dates";
import {
  matchPlannedReviewHeader,
  matchRequestHeader,
  PLANNED_REVIEW_REQUIRED,
  REQUEST_REQUIRED,
} from "./headers";
import { findOnSheet, type HeaderMatch, type TableSpec } from "./locate";
import { readRequestKind } from "./request-kinds";

const PLANNED_REVIEWS: TableSpec<PlannedReviewColumnId> = {
  match: matchPlannedReviewHeader,
  required: PLANNED_REVIEW_REQUIRED,
};
const REQUESTS: TableSpec<RequestColumnId> = { match: matchRequestHeader, required: REQUEST_REQUIRED };
const YEAR = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/;

export interface SideTable<C extends string, T> {
  readonly sheet: string | null;
  readonly columns: Readonly<Partial<Record<C, ColumnRef>>>;
  readonly items: readonly T[];
}

/**
 * The first sheet other than the register's that holds a planned-reviews table (code, title, work-plan year).
 *
 * @example readPlannedReviews(workbook.sheets, "Register").items[0] // { row: 2, code: "A457", title: "...", workPlanYear: 2021, cells }
 */
export function readPlannedReviews(
  sheets: readonly GridSheet[],
  registerSheet: string,
): SideTable<PlannedReviewColumnId, PlannedReview> {
  const match = findSideTable(sheets, registerSheet, PLANNED_REVIEWS);
  if (!match) return { sheet: null, columns: {}, items: [] };
  const items = dataRows(match).map(({ row, cells }) => ({
    row,
    code: valueOf(readText(cells.code)) ?? "",
    title: valueOf(readText(cells.title)) ?? "",
    workPlanYear: readYear(cells.workPlanYear),
    cells,
  }));
  return { sheet: match.sheet.name, columns: match.columns, items };
}

/**
 * The first sheet other than the register's that holds a requests table (the seed's Table 1).
 *
 * @example readRequests(workbook.sheets, "Register").items[0]?.kind // "questionnaire"
 */
export function readRequests(
  sheets: readonly GridSheet[],
  registerSheet: string,
): SideTable<RequestColumnId, JiuRequest> {
  const match = findSideTable(sheets, registerSheet, REQUESTS);
  if (!match) return { sheet: null, columns: {}, items: [] };
  const items = dataRows(match).map(({ row, cells }) => ({
    row,
    reviewCode: valueOf(readText(cells.reviewCode)) ?? "",
    kind: valueOf(readRequestKind(cells.kind)),
    received: valueOf(readDate(cells.received)),
    due: valueOf(readDate(cells.due)),
    answered: valueOf(readDate(cells.answered)),
    cells,
  }));
  return { sheet: match.sheet.name, columns: match.columns, items };
}

function findSideTable<C extends string>(
  sheets: readonly GridSheet[],
  registerSheet: string,
  spec: TableSpec<C>,
): HeaderMatch<C> | null {
  for (const sheet of sheets) {
    if (sheet.name === registerSheet) continue;
    const { found } = findOnSheet(sheet, spec);
    if (found) return found;
  }
  return null;
}

/**
 * The non-empty rows below a table's header, each with the cells of the table's columns.
 *
 * @example dataRows(match)[0] // { row: 2, cells: { code: "A457", title: "...", workPlanYear: "2021 年工作计划" } }
 */
export function dataRows<C extends string>(
  match: HeaderMatch<C>,
): { row: number; cells: Partial<Record<C, CellValue>> }[] {
  const found = (Object.entries(match.columns) as [C, ColumnRef][]).map(
    ([id, ref]) => [id, ref.index] as const,
  );
  const rows: { row: number; cells: Partial<Record<C, CellValue>> }[] = [];
  for (let index = match.headerIndex + 1; index < match.endIndex; index++) {
    const line = match.sheet.cells[index] ?? [];
    const cells: Partial<Record<C, CellValue>> = {};
    let empty = true;
    for (const [id, column] of found) {
      const cell = line[column] ?? null;
      cells[id] = cell;
      if (!isBlankCell(cell)) empty = false;
    }
    if (!empty) rows.push({ row: match.sheet.origin.row + index, cells });
  }
  return rows;
}

/** A work-plan year written as 2021, "2021", "2021 年工作计划" or a date. */
function readYear(cell: CellValue | undefined): number | null {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1900 && cell <= 2999 ? cell : null;
  const match = YEAR.exec(cellText(cell).normalize("NFKC"));
  return match ? Number(match[1]) : null;
}
