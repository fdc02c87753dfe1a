/** The values of the register commands' options, checked and typed. */
import { parseIsoDate } from "../core/dates";
import type { IsoDate } from "../core/grid";
import type { ReportDetails } from "../core/parse/report-sheet";
import { isLanguage, type Language } from "../labels/language";
import { CliError, usageError } from "./cli-error";
import { EXIT } from "./cli-io";
import { DETAIL_OPTIONS, type DetailOption, type OptionName } from "./command-options";

/** `--as-of`: undefined when not given (today, which the caller reads from the clock). */
export function asOfOption(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (date === null) {
    throw new CliError(
      EXIT.unusable,
      `--as-of '${text}' is not a date; write it as YYYY-MM-DD, e.g. 2023-02-28.`,
    );
  }
  return date;
}

/** `--lang`: English when not given. */
export function langOption(text: string | undefined): Language {
  if (text === undefined) return "en";
  if (!isLanguage(text)) throw usageError(`--lang '${text}' is not available; use ar, zh, en, fr, ru or es.`);
  return text;
}

/** The report's cover details given on the command line. */
export function detailsOption(values: ReadonlyMap<OptionName, string>): ReportDetails {
  const details: Record<string, string> = {};
  for (const [option, field] of Object.entries(DETAIL_OPTIONS) as [DetailOption, string][]) {
    const value = values.get(option);
    if (value !== undefined) details[field] = value;
  }
  return details;
}
