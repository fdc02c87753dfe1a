import { EXCEL_ERROR_CODES } from "../core/a1";
import { serialToIsoDate } from "../core/dates";
import type { CellValue } from "../core/grid";
import { isDateFormat } from "./date-format";

/**
 * One cell as the core reads it, from what `Range.values` and `Range.numberFormat` give: "" is empty, a
 * number under a date format is a date, and an error's text is an error. (A cell whose text is exactly
 * "#N/A" is read as the error too: telling them apart would cost `valueTypes`, a second array as large.)
 *
 * @example toCellValue(44985, "yyyy-mm-dd") // { kind: "date", iso: "2023-02-28" }
 */
export function toCellValue(value: unknown, numberFormat: unknown): CellValue {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (typeof numberFormat === "string" && isDateFormat(numberFormat)) {
      const iso = serialToIsoDate(value);
      if (iso !== null) return { kind: "date", iso };
    }
    return value;
  }
  if (typeof value === "boolean") return value;
  const text = String(value);
  return EXCEL_ERROR_CODES.has(text) ? { kind: "error", code: text } : text;
}
