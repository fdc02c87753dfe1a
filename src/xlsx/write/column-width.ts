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

/** The pixel width Excel draws for a stored column width (the inverse of the conversion above). */
export function columnWidthPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH_PX)) / 256) * MAX_DIGIT_WIDTH_PX);
}
