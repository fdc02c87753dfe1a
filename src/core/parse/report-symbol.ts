import type { CellValue } from "../grid";
import type { ReportKind, ReportSymbol } from "../model";
import { BLANK, type CellReading, cellText, isBlankCell, isErrorCell, memoize } from "./cell";
import { foldText } from "./normalize";

const SYMBOL_PATTERN = /^JIU\/(REP|NOTE|ML)\/(\d{2}|\d{4})\/0*([1-9]\d{0,3})$/i;
const SPACES = /\s+/g;
/** The JIU was set up in 1966 (reports from 1968); two-digit years are 19xx. */
const FIRST_JIU_YEAR = 1966;

/**
 * Reads a JIU document symbol: JIU/REP|NOTE|ML/YYYY/N, two-digit years before 2000.
 * Case, width variants and spaces are tolerated; the result's `text` is canonical.
 *
 * @example parseReportSymbol(" jiu/rep/98/3 ") // { kind: "REP", year: 1998, number: 3, text: "JIU/REP/98/3" }
 */
export const parseReportSymbol = memoize((text: string): ReportSymbol | null => {
  // foldText drops the zero-width characters that text pasted from Word or e-mail carries.
  const match = SYMBOL_PATTERN.exec(foldText(text).replace(SPACES, ""));
  if (!match) return null;
  const kind = (match[1] ?? "").toUpperCase() as ReportKind;
  const yearText = match[2] ?? "";
  const number = Number(match[3]);
  const year = yearText.length === 2 ? 1900 + Number(yearText) : Number(yearText);
  if (year < FIRST_JIU_YEAR || year > 2999) return null;
  const shownYear = year < 2000 ? String(year).slice(2) : String(year);
  return { kind, year, number, text: `JIU/${kind}/${shownYear}/${number}` };
});

/**
 * Reads a report-symbol cell.
 *
 * @example readReportSymbol("JIU/REP/21/6") // { kind: "invalid", shown: "JIU/REP/21/6" }
 */
export function readReportSymbol(cell: CellValue | undefined): CellReading<ReportSymbol> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  const shown = cellText(cell);
  const value = parseReportSymbol(shown);
  return value === null ? { kind: "invalid", shown } : { kind: "value", value };
}
