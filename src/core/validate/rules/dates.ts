import { readDate } from "../../parse/dates";
import { serialToIsoDate } from "../../dates";
import type { CellValue } from "../../grid";
import type { ColumnId } from "../../model";
import type { Rule } from "../context";
import { findingMessageOf, type FindingField, type FindingMessage } from "../message-params";
import { formulaErrorMessage, quotable } from "../messages";

const DATE_COLUMNS: readonly ColumnId[] = ["deadline", "lastUpdated"];
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** E12: a deadline or last-updated value that is present but is not a date. */
export const dateRule: Rule = ({ register, report }) => {
  const columns = DATE_COLUMNS.filter((id) => register.columns[id]);
  for (const { recommendation, cells } of register.rows) {
    for (const column of columns) {
      const message = dateProblem(column, cells[column]);
      if (message) report(recommendation.row, column, "E12-date", message);
    }
  }
};

/**
 * Why a cell that should hold a date does not, or null when it is a date or blank.
 *
 * @example dateProblem("deadline", "28/02/2023") // { id: "date.dayMonthOrder", params: { ..., date: "2023-02-28" } }
 */
export function dateProblem(field: FindingField, cell: CellValue | undefined): FindingMessage | null {
  const reading = readDate(cell);
  switch (reading.kind) {
    case "value":
    case "blank":
      return null;
    case "formulaError":
      return formulaErrorMessage(field, reading.code);
    case "invalid":
      return invalidDateMessage(field, cell, reading.shown);
  }
}

function invalidDateMessage(field: FindingField, cell: CellValue | undefined, shown: string): FindingMessage {
  if (typeof cell === "number") {
    const asDate = serialToIsoDate(cell);
    return asDate
      ? findingMessageOf("date.numberWouldShow", { field, number: shown, date: asDate })
      : findingMessageOf("date.number", { field, number: shown });
  }
  const value = quotable(shown);
  const text = shown.normalize("NFKC").trim();
  if (ISO_LIKE.test(text)) return findingMessageOf("date.notCalendarDate", { field, value });
  const local = DAY_MONTH_YEAR.exec(text);
  if (local) {
    const [first, second, year] = [Number(local[1]), Number(local[2]), local[3] ?? ""];
    const pad = (n: number) => String(n).padStart(2, "0");
    const dayFirst = `${year}-${pad(second)}-${pad(first)}`;
    const monthFirst = `${year}-${pad(first)}-${pad(second)}`;
    if (first > 12 && second <= 12)
      return findingMessageOf("date.dayMonthOrder", { field, value, date: dayFirst });
    if (second > 12 && first <= 12)
      return findingMessageOf("date.dayMonthOrder", { field, value, date: monthFirst });
    return findingMessageOf("date.dayMonthOrderAmbiguous", { field, value, dayFirst, monthFirst });
  }
  return findingMessageOf("date.notDate", { field, value });
}
