import type { RegisterApi } from "../app/register-api";
import type { IsoDate } from "../core/grid";
import type { Language } from "../labels/language";
import { label } from "../labels/labels";
import { encodeCommandResult, type CommandResult } from "./result-text";

/**
 * The ribbon's "Validate register", without the task pane: validate (which marks the findings in the
 * register), select the first error (or warning) so the user lands on it, then report the counts.
 * Excel has no notification bar for add-ins, so `report` shows them in a small dialog.
 *
 * @example await validateFromRibbon(api, "2023-02-28", "en", (query) => showResultDialog(`command-result.html?${query}`, size))
 */
export async function validateFromRibbon(
  api: RegisterApi,
  asOf: IsoDate,
  language: Language,
  report: (query: string) => Promise<void>,
): Promise<CommandResult> {
  let result: CommandResult;
  try {
    const outcome = await api.validate({ asOf, language });
    const errors = outcome.findings.filter((finding) => finding.severity === "error").length;
    const first = outcome.findings.find((finding) => finding.severity === "error") ?? outcome.findings[0];
    if (first) await api.goTo(first);
    result = { kind: "validated", rows: outcome.rows, errors, warnings: outcome.findings.length - errors };
  } catch (error) {
    // RegisterApiError messages are written for people; anything else gets the general message.
    const message =
      error instanceof Error && error.name === "RegisterApiError"
        ? error.message
        : label("ui.error.general", language);
    result = { kind: "failed", message };
  }
  await report(encodeCommandResult(result, language));
  return result;
}
