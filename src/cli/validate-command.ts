import type { IsoDate } from "../core/grid";
import { validate } from "../core/validate";
import type { Language } from "../labels/language";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { findingsJson, findingsText, writeChunks } from "./findings-report";
import { loadRegister } from "./load-register";
import { errorCount } from "./write-sheets";

export interface ValidateOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly asOf: IsoDate;
  readonly json: boolean;
  readonly lang: Language;
}

/** `jiu-register validate`: the findings, as text or JSON; exit 1 when any is an error. */
export async function runValidate(options: ValidateOptions, io: CliIo): Promise<ExitCode> {
  const register = await loadRegister(options.file, options.sheet, options.lang);
  const findings = validate(register, options.asOf);
  writeChunks(
    io.stdout,
    options.json
      ? findingsJson(findings, register, options.lang)
      : findingsText(findings, register, options.asOf, options.lang),
  );
  return errorCount(findings) > 0 ? EXIT.registerErrors : EXIT.ok;
}
