import { isErrorCell } from "../../parse/cell";
import { foldText, looseKey } from "../../parse/normalize";
import type { CellValue } from "../../grid";
import type { ColumnRef, PlannedReviewColumnId, RequestColumnId } from "../../model";
import type { Rule, RuleContext } from "../context";
import { findingMessageOf, type FindingField } from "../message-params";
import { formulaErrorMessage, quotable } from "../messages";
import { dateProblem } from "./dates";

const PLANNED_REVIEW_FIELDS = {
  code: "plannedReviews.code",
  title: "plannedReviews.title",
  workPlanYear: "plannedReviews.workPlanYear",
} as const satisfies Record<PlannedReviewColumnId, FindingField>;
const REQUEST_FIELDS = {
  reviewCode: "requests.reviewCode",
  kind: "requests.kind",
  received: "requests.received",
  due: "requests.due",
  answered: "requests.answered",
} as const satisfies Record<RequestColumnId, FindingField>;

/**
 * W07: two planned reviews with the same code (the seed's Table 2 gives A460 to two reviews), or one review
 * listed twice. Every later row is flagged and names the first. W09 covers formula errors on the sheet.
 */
export const plannedReviewRule: Rule = (context) => {
  const { register, reportOn } = context;
  const sheet = register.plannedReviewsSheet;
  if (sheet === null) return;
  const columns = register.plannedReviewsColumns ?? {};
  const first = new Map<string, { row: number; title: string }>();
  for (const review of register.plannedReviews) {
    reportFormulaErrors(context, sheet, review.row, review.cells ?? {}, columns, PLANNED_REVIEW_FIELDS);
    const key = looseKey(review.code);
    if (key === "") continue;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { row: review.row, title: review.title });
      continue;
    }
    const sameReview = foldText(earlier.title).toLowerCase() === foldText(review.title).toLowerCase();
    reportOn(
      sheet,
      review.row,
      columns.code,
      "W07-planned-review-code",
      sameReview
        ? findingMessageOf("plannedReview.listedTwice", { code: review.code, firstRow: earlier.row })
        : findingMessageOf("plannedReview.codeReused", {
            code: review.code,
            firstRow: earlier.row,
            title: quotable(earlier.title),
          }),
    );
  }
};

/** E12 for dates on the Requests sheet that are not dates (Table 1 counts on them); W09 for formula errors. */
export const requestRule: Rule = (context) => {
  const { register, reportOn } = context;
  const sheet = register.requestsSheet;
  if (sheet === null) return;
  const columns = register.requestsColumns ?? {};
  for (const request of register.requests) {
    const cells = request.cells ?? {};
    for (const id of ["received", "due", "answered"] as const) {
      const cell = cells[id];
      if (isErrorCell(cell)) continue;
      const message = dateProblem(REQUEST_FIELDS[id], cell);
      if (message) reportOn(sheet, request.row, columns[id], "E12-date", message);
    }
    reportFormulaErrors(context, sheet, request.row, cells, columns, REQUEST_FIELDS);
  }
};

function reportFormulaErrors<C extends string>(
  { reportOn }: RuleContext,
  sheet: string,
  row: number,
  cells: Readonly<Partial<Record<C, CellValue>>>,
  columns: Readonly<Partial<Record<C, ColumnRef>>>,
  fields: Readonly<Record<C, FindingField>>,
): void {
  for (const id of Object.keys(fields) as C[]) {
    const cell = cells[id];
    if (isErrorCell(cell)) {
      reportOn(sheet, row, columns[id], "W09-formula-error", formulaErrorMessage(fields[id], cell.code));
    }
  }
}
