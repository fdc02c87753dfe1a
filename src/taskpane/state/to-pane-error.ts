import { RegisterApiError } from "../../app/register-api";
import type { Language } from "../../labels/language";
import { unusableInputMessage } from "../../labels/unusable-message";
import type { Translate } from "../i18n/text-context";
import type { PaneError } from "./pane-state";

/**
 * The adapter's `RegisterApiError` already says what went wrong and what to do (a workbook that is not a
 * register, in the pane's language); anything else is a bug, shown as one plain sentence (never a stack trace).
 */
export function toPaneError(error: unknown, t: Translate, language: Language): PaneError {
  if (error instanceof RegisterApiError || isRegisterApiErrorLike(error)) {
    const { problem } = error as RegisterApiError;
    return { code: error.code, message: problem ? unusableInputMessage(problem, language) : error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: "unexpected", message: t("ui.error.unknown", { message }) };
}

/** Errors cross realms (the preview's in-memory Excel, a worker): match on shape as well as class. */
function isRegisterApiErrorLike(error: unknown): error is { code: string; message: string } {
  return (
    typeof error === "object" &&
    error !== null &&
    (error as { name?: unknown }).name === "RegisterApiError" &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}
