import { isLanguage, type Language } from "../labels/language";
import { formatNumber, formatPlural, label, type PluralLabelId } from "../labels/labels";

/** What the ribbon's "Validate register" reports, carried to the result dialog in its URL. */
export type CommandResult =
  | { readonly kind: "validated"; readonly rows: number; readonly errors: number; readonly warnings: number }
  | { readonly kind: "failed"; readonly message: string };

/**
 * The dialog's title and lines for a result, in the display language.
 *
 * @example commandResultText({ kind: "validated", rows: 24, errors: 0, warnings: 0 }, "en").lines[0]
 * // "No problems found in 24 recommendations."
 */
export function commandResultText(result: CommandResult, lang: Language): { title: string; lines: string[] } {
  if (result.kind === "failed") {
    return {
      title: label("ui.error.title", lang),
      lines: [result.message, label("ui.commandResult.close", lang)],
    };
  }
  const title = label("ui.commandResult.title", lang);
  const counted = (id: PluralLabelId, n: number, params = {}) =>
    formatPlural(id, lang, n, { count: formatNumber(n, lang), ...params });
  if (result.errors + result.warnings === 0) {
    return { title, lines: [counted("ui.commandResult.clean", result.rows)] };
  }
  const errors = counted("ui.errors", result.errors);
  const warnings = counted("ui.warnings", result.warnings);
  return {
    title,
    lines: [
      counted("ui.validateCommandResult", result.rows, { errors, warnings }),
      label("ui.commandResult.marked", lang),
    ],
  };
}

/** The query string the dialog page reads. */
export function encodeCommandResult(result: CommandResult, lang: Language): string {
  const params = new URLSearchParams({ lang });
  if (result.kind === "failed") params.set("error", result.message);
  else {
    params.set("rows", String(result.rows));
    params.set("errors", String(result.errors));
    params.set("warnings", String(result.warnings));
  }
  return params.toString();
}

/** Reads what `encodeCommandResult` wrote; anything malformed reads as a failure with a plain message. */
export function decodeCommandResult(query: string): { result: CommandResult; lang: Language } {
  const params = new URLSearchParams(query);
  const requested = params.get("lang") ?? "";
  const lang: Language = isLanguage(requested) ? requested : "en";
  const error = params.get("error");
  if (error !== null) return { result: { kind: "failed", message: error }, lang };
  const [rows, errors, warnings] = ["rows", "errors", "warnings"].map((name) =>
    Number(params.get(name) ?? NaN),
  );
  if ([rows, errors, warnings].every((n) => n !== undefined && Number.isInteger(n) && n >= 0)) {
    return {
      result: { kind: "validated", rows: rows ?? 0, errors: errors ?? 0, warnings: warnings ?? 0 },
      lang,
    };
  }
  return { result: { kind: "failed", message: label("ui.error.general", lang) }, lang };
}
