/**
 * Writes a synthetic register to an .xlsx file with ExcelJS's streaming writer, so that even
 * 50,000-row files are written without holding the whole workbook model in memory.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import {
  SYNTHETIC_HEADERS,
  SYNTHETIC_SHEET,
  syntheticRegisterRows,
  type SyntheticOptions,
} from "./synthetic-register";

/** Column widths in characters, one per `SYNTHETIC_HEADERS` entry (texts wrap in the wide ones). */
const COLUMN_WIDTHS = [16, 40, 30, 12, 16, 60, 60, 18, 16, 18, 18, 12, 30, 12, 12, 30, 30];
/** How a date cell shows in the workbooks the harness writes. */
export const DATE_FORMAT = "yyyy-mm-dd";

/**
 * Writes `syntheticRegisterRows(n, seed)` to `path` as a one-sheet workbook ("Register"): real dates
 * with a date format, hyperlinks as hyperlink cells, shared strings as Excel itself writes them.
 *
 * @example await writeSyntheticXlsx("/tmp/register-1000.xlsx", 1000, 42)
 */
export async function writeSyntheticXlsx(
  path: string,
  n: number,
  seed = 1,
  options: SyntheticOptions = {},
): Promise<void> {
  const rows = syntheticRegisterRows(n, seed, options);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet(SYNTHETIC_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = SYNTHETIC_HEADERS.map((header, index) => ({
    header,
    key: `c${index}`,
    width: COLUMN_WIDTHS[index] ?? 15,
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const cells of rows.slice(1)) {
    const row = sheet.addRow(cells.map(toExcelValue));
    cells.forEach((cell, index) => {
      if (cell !== null && typeof cell === "object" && cell.kind === "date") {
        row.getCell(index + 1).numFmt = DATE_FORMAT;
      }
    });
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}

/** A grid cell as ExcelJS writes it: a date as a Date, a link as a hyperlink, an error as an error value. */
export function toExcelValue(cell: CellValue): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object") return cell;
  switch (cell.kind) {
    case "date":
      return new Date(`${cell.iso}T00:00:00Z`);
    case "link":
      return { text: cell.text, hyperlink: cell.address };
    case "error":
      return { error: cell.code as ExcelJS.CellErrorValue["error"] };
  }
}
