export { cellAddress, columnLetters } from "../../../src/core/a1";

/** Points to CSS pixels (Excel measures widths and heights in points). */
export function pointsToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/** Excel's defaults: 8.43 characters (64 px) wide, 15 points (20 px) high. */
export const DEFAULT_COLUMN_PX = 64;
export const DEFAULT_ROW_PX = 20;
