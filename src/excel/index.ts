/** The Office.js adapter: the only code that speaks the Excel JavaScript API. */
export { createExcelRegisterApi, type ExcelRegisterApiOptions } from "./register-api";
export { officeResponseLimitBytes, officeRunner } from "./office-runner";
export type { ExcelRunner, XlRequestContext } from "./excel-api";
export { toRegisterApiError, type ExcelFailureCode } from "./errors";
export { isDateFormat } from "./date-format";
export { excelInput, needsApostrophe } from "./text-escape";
