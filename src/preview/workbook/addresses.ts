/**
 * Excel's column letters for a 0-based column index.
 *
 * @example columnLetters(0) // "A"
 * @example columnLetters(27) // "AB"
 */
export function columnLetters(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "H7" for 0-based row 6, column 7. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** Points to CSS pixels (Excel measures widths and heights in points). */
export function pointsToPixels(points: number): number {
  return Math.round((points * 4) / 3);
}

/** Excel's defaults: 8.43 characters (64 px) wide, 15 points (20 px) high. */
export const DEFAULT_COLUMN_PX = 64;
export const DEFAULT_ROW_PX = 20;
