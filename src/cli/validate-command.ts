import { xlsxPorts } from "../xlsx/xlsx-ports";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { inSession, type RegisterCommand } from "./cli-session";
import { findingsJson, findingsText, writeChunks } from "./findings-report";
import { errorCount } from "./write-sheets";

export interface ValidateOptions extends RegisterCommand {
  readonly json: boolean;
}

/** `jiu-register validate`: the findings, as text or JSON; exit 1 when any is an error. */
export async function runValidate(options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const { register, findings } = await inSession(options, (session) =>
    session.check(xlsxPorts(options.file), { asOf: options.asOf, outputLanguage: options.lang }),
  );
  writeChunks(
    io.stdout,
    options.json
      ? findingsJson(findings, register, options.lang)
      : findingsText(findings, register, options.asOf, options.lang),
  );
  return errorCount(findings) > 0 ? EXIT.registerErrors : EXIT.ok;
}
