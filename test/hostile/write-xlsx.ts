import ExcelJS from "exceljs";
import { columnLetters } from "../../src/core/parse";
import { DATE_FORMAT, toExcelValue } from "../../dev/synthetic/synthetic-xlsx";
import type { SheetSpec, SpecCell, WorkbookSpec } from "./workbook-spec";

/**
 * Writes a workbook description as an .xlsx file with ExcelJS: values, formulas with their cached
 * results, merges, hidden and filtered rows, tables with totals rows, hidden sheets.
 *
 * @example await writeSpecXlsx({ sheets: [registerSheet([{ acceptance: "Acepted" }])] }, "/tmp/x.xlsx")
 */
export async function writeSpecXlsx(spec: WorkbookSpec, path: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  await workbook.xlsx.writeFile(path);
  return path;
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, spec.state ? { state: spec.state } : {});
  const top = spec.origin?.row ?? 1;
  const left = spec.origin?.column ?? 1;
  if (spec.table) addTable(sheet, spec, top, left);
  else {
    spec.cells.forEach((row, i) =>
      row.forEach((cell, j) => {
        if (cell !== null) setCell(sheet.getCell(top + i, left + j), cell);
      }),
    );
  }
  for (const range of spec.merges ?? []) sheet.mergeCells(range);
  for (const row of spec.hiddenRows ?? []) sheet.getRow(row).hidden = true;
  if (spec.autoFilter) sheet.autoFilter = spec.autoFilter;
}

function setCell(target: ExcelJS.Cell, cell: Exclude<SpecCell, null>): void {
  target.value = excelValue(cell);
  if (typeof cell === "object" && cell.kind === "date") target.numFmt = DATE_FORMAT;
}

function excelValue(cell: SpecCell): ExcelJS.CellValue {
  if (cell === null || typeof cell !== "object" || cell.kind !== "formula") return toExcelValue(cell);
  const result = cell.result;
  return {
    formula: cell.formula,
    result: typeof result === "object" ? { error: result.code as ExcelJS.CellErrorValue["error"] } : result,
  } as ExcelJS.CellFormulaValue;
}

/** The cells as an Excel table: header row first; the totals row (when asked) counts the first column. */
function addTable(sheet: ExcelJS.Worksheet, spec: SheetSpec, top: number, left: number): void {
  const [header = [], ...rows] = spec.cells;
  const table = spec.table;
  if (!table) return;
  sheet.addTable({
    name: table.name,
    ref: `${columnLetters(left)}${top}`,
    headerRow: true,
    totalsRow: table.totalsRow,
    columns: header.map((cell, index) => ({
      name: String(cell ?? `Column${index + 1}`),
      ...(table.totalsRow
        ? index === 0
          ? { totalsRowLabel: "Total" }
          : index === 1
            ? { totalsRowFunction: "count" as const }
            : {}
        : {}),
    })),
    rows: rows.map((row) => row.map(excelValue)),
  });
}
