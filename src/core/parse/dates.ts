import { parseIsoDate } from "../dates";
import type { CellValue, IsoDate } from "../grid";
import { BLANK, type CellReading, cellText, isBlankCell, isErrorCell, memoize } from "./cell";
import { foldText } from "./normalize";

/** Registers repeat the same few dates thousands of times. */
const parseDateText = memoize((text: string): IsoDate | null => parseIsoDate(foldText(text)));

/**
 * What `readDate` reads, as a bare value: null for a blank, a formula error or anything but a date.
 *
 * @example dateValue("2023-02-28") // "2023-02-28"
 */
export function dateValue(cell: CellValue | undefined): IsoDate | null {
  if (isBlankCell(cell) || isErrorCell(cell)) return null;
  if (typeof cell === "object" && cell !== null) {
    if (cell.kind === "date") return cell.iso;
    if (cell.kind !== "link") return null;
  } else if (typeof cell !== "string") {
    return null;
  }
  return parseDateText(cellText(cell));
}

/**
 * Reads a date cell: a real Excel date, or ISO "YYYY-MM-DD" text. Locale text ("28/02/2023"), impossible
 * dates ("2023-02-30") and bare numbers are invalid: validation says how to fix them.
 *
 * @example readDate("2023-02-28") // { kind: "value", value: "2023-02-28" }
 */
export function readDate(cell: CellValue | undefined): CellReading<IsoDate> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  if (typeof cell === "object" && cell !== null && cell.kind === "date")
    return { kind: "value", value: cell.iso };
  const shown = cellText(cell);
  if (typeof cell !== "string" && !(typeof cell === "object" && cell?.kind === "link")) {
    return { kind: "invalid", shown };
  }
  const value = parseDateText(shown);
  return value === null ? { kind: "invalid", shown } : { kind: "value", value };
}
