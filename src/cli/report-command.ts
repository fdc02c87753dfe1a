import { formatLabel } from "../labels/lookup";
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { ReportDetails } from "../core/parse/report-sheet";
import { reportDocxBytes } from "../docx/write-docx";
import { isSameFile } from "../xlsx/same-file";
import { xlsxPorts } from "../xlsx/xlsx-ports";
import { CliError } from "./cli-error";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { inSession, writingAction, type RegisterCommand } from "./cli-session";
import { writeRefusal } from "./write-sheets";

export interface ReportOptions extends RegisterCommand {
  readonly output: string;
  readonly force: boolean;
  readonly details: ReportDetails;
}

/**
 * `jiu-register report`: writes the progress report as a .docx. Like `annex`: exit 1 on register errors
 * unless --force, exit 2 with one line for a file that cannot be used; the register is only read.
 */
export async function runReport(options: ReportOptions, io: CliIo): Promise<ExitCode> {
  await checkDocxOutput(options.file, options.output);
  const result = await inSession(options, (session) =>
    session.report(
      xlsxPorts(options.file),
      writingAction(options, options.force, io.stderr),
      options.details,
    ),
  );
  if (result.kind === "refused") {
    writeRefusal(result.errors, result.checked.register, options.file, io.stderr, options.lang);
    return EXIT.registerErrors;
  }
  await writeAtomically(options.output, await reportDocxBytes(result.document));
  const wrote = { output: options.output, asOf: options.asOf, input: options.file };
  io.stdout.write(`${formatLabel("cliWrote.report", options.lang, wrote)}\n`);
  return EXIT.ok;
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
