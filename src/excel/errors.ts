import { RegisterApiError } from "../app/register-api";
import type { Language } from "../labels/language";
import { formatLabel, label, type LabelId } from "../labels/labels";

/** The codes a `RegisterApiError` from the adapter carries (besides the parser's, e.g. "missing-columns"). */
export type ExcelFailureCode =
  | "cell-edit-mode"
  | "payload-too-large"
  | "item-not-found"
  | "access-denied"
  | "unsupported"
  | "excel-error"
  | "unexpected";

/** Office.js error codes (`OfficeExtension.Error.code`) and what the person in front of Excel can do. */
const BY_EXCEL_CODE: Readonly<Record<string, readonly [ExcelFailureCode, LabelId]>> = {
  InvalidOperationInCellEditMode: ["cell-edit-mode", "ui.error.cellEditMode"],
  RequestPayloadSizeLimitExceeded: ["payload-too-large", "ui.error.payloadTooLarge"],
  ResponsePayloadSizeLimitExceeded: ["payload-too-large", "ui.error.payloadTooLarge"],
  ItemNotFound: ["item-not-found", "ui.error.itemNotFound"],
  InvalidObjectPath: ["item-not-found", "ui.error.itemNotFound"],
  InvalidReference: ["item-not-found", "ui.error.itemNotFound"],
  AccessDenied: ["access-denied", "ui.error.accessDenied"],
  ApiNotFound: ["unsupported", "ui.error.unsupported"],
  UnsupportedOperation: ["unsupported", "ui.error.unsupported"],
};

/**
 * Turns whatever a batch threw into a message for the task pane: an Excel error by its code, a
 * `RegisterApiError` as it is, anything else as "something went wrong" with its one-line message.
 * Never a stack trace.
 *
 * @example toRegisterApiError({ code: "InvalidOperationInCellEditMode" }, "en").code // "cell-edit-mode"
 */
export function toRegisterApiError(error: unknown, language: Language): RegisterApiError {
  if (error instanceof RegisterApiError) return error;
  const code = excelCode(error);
  if (code !== null) {
    const [failure, id] = BY_EXCEL_CODE[code] ?? ["excel-error", "ui.error.general"];
    return new RegisterApiError(failure, label(id, language));
  }
  const message = error instanceof Error ? error.message : String(error);
  return new RegisterApiError(
    "unexpected",
    formatLabel("ui.error.unknown", language, { message: firstLine(message) }),
  );
}

/** The `code` of an Office.js error (RichApi.Error), or null for any other error. */
export function excelCode(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("code" in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && code !== "" ? code : null;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").trim().replace(/[.\s]+$/, "");
}
