import type { CellValue, GridSheet } from "../grid";

/** The value at 1-based worksheet coordinates, or null outside what was read. */
export function gridCell(sheet: GridSheet, row: number, column: number): CellValue {
  return sheet.cells[row - sheet.origin.row]?.[column - sheet.origin.column] ?? null;
}

/** The first worksheet row after the sheet's last row holding any value (1 for an empty sheet). */
export function nextFreeRow(sheet: GridSheet): number {
  for (let index = sheet.cells.length - 1; index >= 0; index--) {
    const row = sheet.cells[index] ?? [];
    if (row.some((cell) => cell !== null && cell !== "")) return sheet.origin.row + index + 1;
  }
  return 1;
}

/** Two cells hold the same value (a date by its day, a link by its text and address). */
export function sameCell(a: CellValue, b: CellValue): boolean {
  if (a === "" || b === "") return (a ?? "") === (b ?? "");
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}
