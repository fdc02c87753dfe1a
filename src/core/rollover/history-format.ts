/**
 * The History sheet's format is src/core/history's (its reader and the roll-over share one definition):
 * one row per recommendation per reporting cycle, header in row 1 when the roll-over creates it, the cycle's
 * as-of date a real date cell, statuses as the register wrote them.
 */
import { HISTORY_HEADERS, HISTORY_SHEET_NAME } from "../history";

/** The languages a new History sheet is written in: the register's (its headers tell), English otherwise. */
export type HistoryLanguage = "en" | "zh";

/** A new History sheet's name: not "History", which Excel reserves (it refuses a sheet so named). */
export function historySheetName(language: HistoryLanguage): string {
  return HISTORY_SHEET_NAME[language];
}

export { HISTORY_COLUMNS, HISTORY_HEADERS, isHistorySheetName } from "../history";
export const historyHeaders = (language: HistoryLanguage) => HISTORY_HEADERS[language];
