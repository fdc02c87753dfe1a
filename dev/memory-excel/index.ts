/**
 * The in-memory Excel: the subset of the Excel JavaScript API the adapter uses (src/excel/excel-api.ts),
 * with Excel's batch semantics, payload limits and errors, for the tests, the benchmark and the preview.
 */
export {
  createMemoryExcel,
  EXCEL_ON_THE_WEB_LIMITS,
  MemoryExcel,
  type InjectedFailure,
  type MemoryExcelLimits,
  type MemoryExcelOptions,
  type MemoryExcelStats,
  type SyncRecord,
} from "./memory-excel";
export { buildWorkbookState, type InitCell, type MemorySheetInit, type MemoryWorkbookInit } from "./build";
export { MemoryExcelError } from "./errors";
export { snapshotSheet, fingerprintSheet, type CellSnapshot, type SheetSnapshot } from "./snapshot";
export type { ChartSnapshot } from "./chart-snapshot";
export { displayText, formatNumber } from "./display";
export { boxAddress, columnLetters, type Box } from "./address";
export type { CellFormat, BorderState, HyperlinkState, WorkbookState } from "./state";
export { changeHandlerCount } from "./events";
export { dataValidationsOf, type DataValidationState } from "./data-validation";
