import { serialToIsoDate } from "../../src/core/dates";
import { isDateFormat } from "../../src/excel/date-format";
import type { CellState } from "./state";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The text a cell shows, for the preview: dates and percentages by their number format, other numbers
 * as Excel's General format would show them. Not a full number-format engine.
 */
export function displayText(cell: CellState | undefined): string {
  if (!cell) return "";
  if (cell.error !== null) return cell.error;
  const value = cell.value ?? (cell.formula !== null ? 0 : null);
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  return formatNumber(value, cell.numberFormat);
}

export function formatNumber(value: number, format: string): string {
  if (format === "@") return String(value);
  if (isDateFormat(format)) return formatDate(value, format);
  const percent = /^0(\.0+)?%$/.exec(format);
  if (percent) return `${(value * 100).toFixed(percent[1] ? percent[1].length - 1 : 0)}%`;
  const fixed = /^(#,##)?0(\.0+)?$/.exec(format);
  if (fixed) {
    const digits = fixed[2] ? fixed[2].length - 1 : 0;
    const text = value.toFixed(digits);
    return fixed[1] ? groupThousands(text) : text;
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

function groupThousands(text: string): string {
  const [whole = "", fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function formatDate(serial: number, format: string): string {
  const iso = serialToIsoDate(serial);
  if (iso === null) return String(serial);
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  if (/mmm/i.test(format)) return `${day} ${MONTHS[month - 1] ?? ""} ${year}`;
  if (/^m\/d\/yy/i.test(format)) return `${month}/${day}/${year}`;
  if (/^d\/m\/yy/i.test(format) || /^dd\/mm\/yy/i.test(format))
    return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  return iso;
}
