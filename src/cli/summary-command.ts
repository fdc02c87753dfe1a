import type { IsoDate } from "../core/grid";
import { summarize } from "../core/summarize";
import { validate } from "../core/validate";
import { formatDigits, formatPlural } from "../labels/labels";
import type { Language } from "../labels/language";
import { generatedSheets } from "../app/pipeline";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { loadRegister } from "./load-register";
import { checkOutputFile } from "./output-file";
import { accountFor } from "./row-account";
import { summaryJson, type RowAccount } from "./summary-json";
import { summaryText } from "./summary-text";
import { errorCount, refuseOnErrors, writeSheets } from "./write-sheets";

export interface SummaryOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly asOf: IsoDate;
  readonly json: boolean;
  readonly output: string | undefined;
  /** With -o: write the Summary sheet alone, not a copy of the register with it added. */
  readonly onlyGenerated: boolean;
  readonly lang: Language;
  readonly force: boolean;
}

/**
 * `jiu-register summary`: prints the status summary (in the language of --lang); with -o, also writes the
 * workbook with the Summary sheet added. A register with errors exits 1, the figures printed with a note of
 * the rows left out, unless --force; with -o nothing is written then. A register none of whose rows can be
 * counted exits 2.
 */
export async function runSummary(options: SummaryOptions, io: CliIo): Promise<ExitCode> {
  if (options.output !== undefined) await checkOutputFile(options.file, options.output);
  const register = await loadRegister(options.file, options.sheet, options.lang);
  const findings = validate(register, options.asOf);
  const account = accountFor(register, findings, options.file);
  const summary = summarize(register, options.asOf);
  const errors = errorCount(findings);
  const report = () =>
    options.json ? summaryJson(summary, account) : summaryText(summary, register, options.lang);

  if (options.output === undefined) {
    io.stdout.write(report());
    if (errors > 0) io.stderr.write(errorsNote(errors, account, options.lang));
    return errors > 0 && !options.force ? EXIT.registerErrors : EXIT.ok;
  }

  if (refuseOnErrors(findings, register, options.file, options.force, io.stderr, options.lang))
    return EXIT.registerErrors;
  const done = await writeSheets(
    options.file,
    options.output,
    generatedSheets("summary", register, summary, options.lang),
    options.onlyGenerated,
    options.lang,
  );
  io.stdout.write(report());
  // With --json, stdout carries only the JSON.
  (options.json ? io.stderr : io.stdout).write(`${options.json ? "" : "\n"}${done}\n`);
  return EXIT.ok;
}

/** "The register has 2 errors; 1 of 24 rows cannot be read and are not counted. Run … or give --force …" */
function errorsNote(errors: number, account: RowAccount, lang: Language): string {
  return `${formatPlural("cli.summary.errorsNote", lang, errors, {
    skipped: formatDigits(account.skipped.length, lang),
    rows: formatDigits(account.rowsRead, lang),
  })}\n`;
}
