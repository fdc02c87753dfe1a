import type { CellValue } from "../grid";
import { BLANK, type CellReading, cellText, isBlankCell, isErrorCell } from "./cell";
import { foldText } from "./normalize";

const WHOLE_NUMBER_TEXT = /^\d+$/;

/**
 * Reads a recommendation number: a positive whole number, typed as a number or as text ("4").
 * "4a", 0, -1 and 2.5 are invalid.
 *
 * @example readRecommendationNumber("4") // { kind: "value", value: 4 }
 */
export function readRecommendationNumber(cell: CellValue | undefined): CellReading<number> {
  if (isBlankCell(cell)) return BLANK;
  if (isErrorCell(cell)) return { kind: "formulaError", code: cell.code };
  if (typeof cell === "number") {
    return Number.isSafeInteger(cell) && cell > 0
      ? { kind: "value", value: cell }
      : { kind: "invalid", shown: String(cell) };
  }
  const shown = cellText(cell);
  const folded = foldText(shown);
  if (!WHOLE_NUMBER_TEXT.test(folded)) return { kind: "invalid", shown };
  const value = Number(folded);
  return Number.isSafeInteger(value) && value > 0 ? { kind: "value", value } : { kind: "invalid", shown };
}

/**
 * What `readRecommendationNumber` reads, as a bare value: null for a blank, a formula error or anything
 * but a positive whole number.
 *
 * @example recommendationNumberValue(" 4 ") // 4
 */
export function recommendationNumberValue(cell: CellValue | undefined): number | null {
  if (isBlankCell(cell) || isErrorCell(cell)) return null;
  if (typeof cell === "number") return Number.isSafeInteger(cell) && cell > 0 ? cell : null;
  const folded = foldText(cellText(cell));
  if (!WHOLE_NUMBER_TEXT.test(folded)) return null;
  const value = Number(folded);
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}
