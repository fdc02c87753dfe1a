import type { IsoDate } from "./grid";

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system is 1899-12-30 once its 1900 leap-year bug is accounted for. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * Reads "YYYY-MM-DD" text as a real calendar date; impossible dates such as 2023-02-30 give null.
 *
 * @example parseIsoDate("2023-02-28") // "2023-02-28"
 * @example parseIsoDate("2023-02-30") // null
 */
export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_PATTERN.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return formatIsoDate(year, month, day);
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` as IsoDate;
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * Converts an Excel serial (1900 date system) to a calendar date; the time of day is dropped.
 * Serials below 61 fall before Excel's fictitious 1900-02-29 (serial 60, read as null) and are shifted by a day.
 *
 * @example serialToIsoDate(44985) // "2023-02-28"
 */
export function serialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null; // Excel's fictitious 1900-02-29
  const days = whole < 61 ? whole + 1 : whole;
  return dateToIsoDate(new Date(EXCEL_EPOCH_UTC + days * MS_PER_DAY));
}

/** The UTC calendar date of a JavaScript Date (ExcelJS gives dates as UTC midnight). */
export function dateToIsoDate(date: Date): IsoDate | null {
  if (Number.isNaN(date.getTime())) return null;
  return formatIsoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The Excel serial of a calendar date.
 *
 * @example isoDateToSerial("2023-02-28" as IsoDate) // 44985
 */
export function isoDateToSerial(date: IsoDate): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const days = Math.round((Date.UTC(year, month - 1, day) - EXCEL_EPOCH_UTC) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

/** Whole years from `from` to `to`, e.g. for "outstanding five years or more after the review year". */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}
