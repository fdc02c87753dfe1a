import type { ActionOptions, RegisterApi } from "../../src/app/register-api";
import type { WorkbookGrid } from "../../src/core/grid";
import type { IsoDate } from "../../src/core/grid";
import { createExcelRegisterApi } from "../../src/excel";
import {
  createMemoryExcel,
  type CellSnapshot,
  type MemoryExcel,
  type MemoryExcelOptions,
  type MemoryWorkbookInit,
} from "../../dev/memory-excel";

export const AS_OF = "2023-02-28" as IsoDate;

export function action(overrides: Partial<ActionOptions> = {}): ActionOptions {
  return { asOf: AS_OF, language: "en", ...overrides };
}

/** An in-memory Excel holding the workbook, and the adapter over it, told the host's response cap. */
export function excelWith(
  workbook: WorkbookGrid | MemoryWorkbookInit,
  options: MemoryExcelOptions = {},
): { excel: MemoryExcel; api: RegisterApi } {
  const excel = createMemoryExcel(workbook, options);
  const api = createExcelRegisterApi(excel.run, {
    responseLimitBytes: excel.limits.responseBytes,
    yieldToUi: async () => undefined,
  });
  return { excel, api };
}

/** Responses uncapped, as on desktop Excel. */
export const DESKTOP: MemoryExcelOptions = { limits: { responseBytes: null } };

/** A cell by 1-based worksheet row and column, as findings name them. */
export function cellAt(
  excel: MemoryExcel,
  sheet: string,
  row: number,
  column: number,
): CellSnapshot | undefined {
  return excel.snapshot(sheet).cells.find((cell) => cell.row === row - 1 && cell.column === column - 1);
}

/** Fingerprints of every sheet, to show that a command changed none of them. */
export function fingerprints(excel: MemoryExcel, sheets: readonly string[]): Record<string, string> {
  return Object.fromEntries(sheets.map((name) => [name, excel.fingerprint(name)]));
}

/** Errors that reached the workbook, per sync. */
export function syncErrors(excel: MemoryExcel): (string | null)[] {
  return excel.stats.records.map((record) => record.error);
}
