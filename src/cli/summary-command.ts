import { formatDigits, formatPlural } from "../labels/labels";
import type { Language } from "../labels/language";
import { xlsxPorts } from "../xlsx/xlsx-ports";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { inSession, writingAction, type RegisterCommand } from "./cli-session";
import { checkOutputFile } from "./output-file";
import { accountFor } from "./row-account";
import { summaryJson, type RowAccount } from "./summary-json";
import { summaryText } from "./summary-text";
import { errorCount, writeRefusal, writtenLine } from "./write-sheets";

export interface SummaryOptions extends RegisterCommand {
  readonly json: boolean;
  readonly output: string | undefined;
  /** With -o: write the Summary sheet alone, not a copy of the register with it added. */
  readonly onlyGenerated: boolean;
  readonly force: boolean;
}

/**
 * `jiu-register summary`: prints the status summary (in the language of --lang); with -o, also writes the
 * workbook with the Summary sheet added. A register with errors exits 1, the figures printed with a note of
 * the rows left out, unless --force; with -o nothing is written then. A register none of whose rows can be
 * counted exits 2.
 */
export async function runSummary(options: SummaryOptions, io: CliIo): Promise<ExitCode> {
  if (options.output === undefined) return printSummary(options, io);
  const { output, onlyGenerated } = options;
  await checkOutputFile(options.file, output);
  const result = await inSession(options, (session) =>
    session.generate(
      "summary",
      xlsxPorts(options.file, { output, onlyGenerated }),
      writingAction(options, options.force, io.stderr),
    ),
  );
  const { register, findings } = result.checked;
  if (result.kind === "refused") {
    writeRefusal(result.errors, register, options.file, io.stderr, options.lang);
    return EXIT.registerErrors;
  }
  const account = accountFor(register, findings, options.file);
  io.stdout.write(
    options.json ? summaryJson(result.summary, account) : summaryText(result.summary, register, options.lang),
  );
  const done = writtenLine(result.written, { input: options.file, output }, onlyGenerated, options.lang);
  // With --json, stdout carries only the JSON.
  (options.json ? io.stderr : io.stdout).write(`${options.json ? "" : "\n"}${done}\n`);
  return EXIT.ok;
}

/** Without -o: the figures, with a note of the rows left out when the register has errors. */
async function printSummary(options: SummaryOptions, io: CliIo): Promise<ExitCode> {
  const { checked, summary } = await inSession(options, (session) =>
    session.summary(xlsxPorts(options.file), { asOf: options.asOf, outputLanguage: options.lang }),
  );
  const account = accountFor(checked.register, checked.findings, options.file);
  io.stdout.write(
    options.json ? summaryJson(summary, account) : summaryText(summary, checked.register, options.lang),
  );
  const errors = errorCount(checked.findings);
  if (errors > 0) io.stderr.write(errorsNote(errors, account, options.lang));
  return errors > 0 && !options.force ? EXIT.registerErrors : EXIT.ok;
}

/** "The register has 2 errors; 1 of 24 rows cannot be read and are not counted. Run … or give --force …" */
function errorsNote(errors: number, account: RowAccount, lang: Language): string {
  return `${formatPlural("cli.summary.errorsNote", lang, errors, {
    skipped: formatDigits(account.skipped.length, lang),
    rows: formatDigits(account.rowsRead, lang),
  })}\n`;
}
