import { formatLabel } from "../labels/lookup";
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { IsoDate } from "../core/grid";
import { mergeReportDetails, readReportDetails, type ReportDetails } from "../core/parse/report-sheet";
import { summarize } from "../core/summarize";
import { validate } from "../core/validate";
import { reportDocxBytes } from "../docx/write-docx";
import type { Language } from "../labels/language";
import { layoutReportDocument } from "../layout/document";
import { isSameFile } from "../xlsx/same-file";
import { CliError } from "./cli-error";
import { loadRegisterAndGrid } from "./load-register";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { accountFor } from "./row-account";
import { refuseOnErrors } from "./write-sheets";

export interface ReportOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly asOf: IsoDate;
  readonly output: string;
  readonly lang: Language;
  readonly force: boolean;
  readonly details: ReportDetails;
}

/**
 * `jiu-register report`: writes the progress report as a .docx. Like `annex`: exit 1 on register errors
 * unless --force, exit 2 with one line for a file that cannot be used; the register is only read.
 */
export async function runReport(options: ReportOptions, io: CliIo): Promise<ExitCode> {
  await checkDocxOutput(options.file, options.output);
  const { register, details } = await loadForReport(options.file, options.sheet, options.lang);
  const findings = validate(register, options.asOf);
  accountFor(register, findings, options.file);
  if (refuseOnErrors(findings, register, options.file, options.force, io.stderr, options.lang))
    return EXIT.registerErrors;
  const summary = summarize(register, options.asOf);
  const document = layoutReportDocument(
    register,
    summary,
    mergeReportDetails(details, options.details),
    options.lang,
  );
  await writeAtomically(options.output, await reportDocxBytes(document));
  const wrote = { output: options.output, asOf: options.asOf, input: options.file };
  io.stdout.write(`${formatLabel("cliWrote.report", options.lang, wrote)}\n`);
  return EXIT.ok;
}

async function loadForReport(file: string, sheet: string | undefined, lang: Language) {
  const { register, grid } = await loadRegisterAndGrid(file, sheet, lang);
  return { register, details: readReportDetails(grid) };
}

async function checkDocxOutput(input: string, output: string): Promise<void> {
  if (!/\.docx$/i.test(output)) {
    throw new CliError(
      EXIT.unusable,
      `The output file '${output}' must end in .docx; choose a name such as report.docx.`,
    );
  }
  if (await isSameFile(input, output)) {
    throw new CliError(
      EXIT.unusable,
      `The output file '${output}' is the input file; the register is never overwritten. Choose another name.`,
    );
  }
}

/** Written beside the target and renamed into place: a failure never leaves half a document. */
async function writeAtomically(output: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(
    dirname(resolve(output)),
    `.${basename(output)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, output);
  } catch {
    await rm(temporary, { force: true });
    throw new CliError(
      EXIT.unusable,
      `Cannot write ${output}: check that its folder exists, that you may write there, and that the file is not open in Word.`,
    );
  }
}
