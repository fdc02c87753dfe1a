/**
 * Column widths: the layout gives points, Excel stores "characters" of the default font's widest
 * digit (7 pixels for Calibri 11 at 96 dpi, the basis Excel uses for a new workbook), truncated to 1/256 as Excel does.
 */
const MAX_DIGIT_WIDTH_PX = 7;
const PX_PER_POINT = 96 / 72;

/** @example pointsToColumnWidth(48) // 9.140625 (64 px, Excel's default column) */
export function pointsToColumnWidth(points: number): number {
  const pixels = Math.max(0, points) * PX_PER_POINT;
  return Math.floor((pixels / MAX_DIGIT_WIDTH_PX) * 256 + 1e-9) / 256;
}
