/**
 * Errors shaped like Office.js's `OfficeExtension.Error` (name "RichApi.Error", a `code`, a `debugInfo`),
 * so the adapter's error mapping is exercised by the same fields it reads in Excel.
 */
export type MemoryExcelErrorCode =
  | "AccessDenied"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidReference"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export class MemoryExcelError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(code: MemoryExcelErrorCode | string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

export function propertyNotLoaded(property: string): MemoryExcelError {
  return new MemoryExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): MemoryExcelError {
  return new MemoryExcelError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

export function invalidArgument(detail: string): MemoryExcelError {
  return new MemoryExcelError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. ${detail}`,
  );
}
