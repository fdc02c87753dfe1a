import { readDate } from "../../parse/dates";
import { serialToIsoDate } from "../../dates";
import type { CellValue } from "../../grid";
import type { ColumnId } from "../../model";
import type { Rule } from "../context";
import { fieldName, formulaErrorMessage, quote } from "../messages";

const DATE_COLUMNS: readonly ColumnId[] = ["deadline", "lastUpdated"];
const ISO_LIKE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** E12: a deadline or last-updated value that is present but is not a date. */
export const dateRule: Rule = ({ register, report }) => {
  const columns = DATE_COLUMNS.filter((id) => register.columns[id]);
  for (const { recommendation, cells } of register.rows) {
    for (const column of columns) {
      const message = dateProblem(fieldName(column), cells[column]);
      if (message) report(recommendation.row, column, "E12-date", message);
    }
  }
};

/**
 * Why a cell that should hold a date does not, or null when it is a date or blank.
 *
 * @example dateProblem("Deadline", "28/02/2023") // "Deadline '28/02/2023' is not a date ...; type it as 2023-02-28 ..."
 */
export function dateProblem(field: string, cell: CellValue | undefined): string | null {
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

function invalidDateMessage(field: string, cell: CellValue | undefined, shown: string): string {
  const howTo = "type the date as YYYY-MM-DD or enter it as an Excel date";
  if (typeof cell === "number") {
    const asDate = serialToIsoDate(cell);
    return asDate
      ? `${field} holds the number ${shown}, not a date; format the cell as a date (it would show ${asDate}) or ${howTo}`
      : `${field} holds the number ${shown}, not a date; ${howTo}`;
  }
  const text = shown.normalize("NFKC").trim();
  if (ISO_LIKE.test(text)) {
    return `${field} ${quote(shown)} is not a real calendar date; check the month and day, and ${howTo}`;
  }
  const local = DAY_MONTH_YEAR.exec(text);
  if (local) {
    const [first, second, year] = [Number(local[1]), Number(local[2]), local[3] ?? ""];
    const pad = (n: number) => String(n).padStart(2, "0");
    const guess =
      first > 12 && second <= 12
        ? `type it as ${year}-${pad(second)}-${pad(first)}`
        : second > 12 && first <= 12
          ? `type it as ${year}-${pad(first)}-${pad(second)}`
          : `type it as YYYY-MM-DD (${year}-${pad(second)}-${pad(first)} or ${year}-${pad(first)}-${pad(second)}?)`;
    return `${field} ${quote(shown)} is not a date the register can read, since day and month order differ by locale; ${guess}, or enter it as an Excel date`;
  }
  return `${field} ${quote(shown)} is not a date; ${howTo}`;
}
