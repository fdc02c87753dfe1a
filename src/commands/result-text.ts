import type { Language } from "../labels/language";
import { formatLabel, label } from "../labels/labels";

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
  const count = formatNumber(result.rows, lang);
  if (result.errors + result.warnings === 0) {
    return { title, lines: [formatLabel("ui.commandResult.clean", lang, { count })] };
  }
  const errors = formatLabel(result.errors === 1 ? "ui.errors.one" : "ui.errors.other", lang, {
    count: formatNumber(result.errors, lang),
  });
  const warnings = formatLabel(result.warnings === 1 ? "ui.warnings.one" : "ui.warnings.other", lang, {
    count: formatNumber(result.warnings, lang),
  });
  return {
    title,
    lines: [
      formatLabel("ui.validateCommandResult", lang, { errors, warnings, count }),
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
  const lang: Language = params.get("lang") === "zh" ? "zh" : "en";
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

function formatNumber(n: number, lang: Language): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US").format(n);
}
