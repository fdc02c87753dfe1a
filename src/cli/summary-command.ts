import type { IsoDate } from "../core/grid";
import { summarize } from "../core/summarize";
import { validate } from "../core/validate";
import type { Language } from "../labels/language";
import { layoutSummarySheet } from "../layout";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { plural } from "./findings-report";
import { loadRegister } from "./load-register";
import { checkOutputFile } from "./output-file";
import { summaryJson } from "./summary-json";
import { summaryText } from "./summary-text";
import { errorCount, refuseOnErrors, writeSheets } from "./write-sheets";

export interface SummaryOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly asOf: IsoDate;
  readonly json: boolean;
  readonly output: string | undefined;
  readonly lang: Language;
  readonly force: boolean;
}

/**
 * `jiu-register summary`: prints the status summary; with -o, also writes the workbook with the
 * Summary sheet added (refused when the register has errors, unless --force).
 */
export async function runSummary(options: SummaryOptions, io: CliIo): Promise<ExitCode> {
  if (options.output !== undefined) await checkOutputFile(options.file, options.output);
  const register = await loadRegister(options.file, options.sheet);
  const findings = validate(register, options.asOf);
  const summary = summarize(register, options.asOf);
  const errors = errorCount(findings);

  if (options.output === undefined) {
    io.stdout.write(options.json ? summaryJson(summary) : summaryText(summary, register));
    if (errors > 0) {
      io.stderr.write(
        `Note: the register has ${plural(errors, "error")}; rows that cannot be read are not counted. ` +
          `Run jiu-register validate to see them.\n`,
      );
    }
    return EXIT.ok;
  }

  if (refuseOnErrors(findings, register, options.file, options.force, io.stderr)) return EXIT.registerErrors;
  const done = await writeSheets(options.file, options.output, [layoutSummarySheet(summary, options.lang)]);
  io.stdout.write(options.json ? summaryJson(summary) : summaryText(summary, register));
  // With --json, stdout carries only the JSON.
  (options.json ? io.stderr : io.stdout).write(`${options.json ? "" : "\n"}${done}\n`);
  return EXIT.ok;
}
