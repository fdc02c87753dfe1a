import type { IsoDate } from "../core/grid";
import { summarize } from "../core/summarize";
import { validate } from "../core/validate";
import type { Language } from "../labels/language";
import { generatedSheets } from "../app/pipeline";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { loadRegister } from "./load-register";
import { checkOutputFile } from "./output-file";
import { accountFor } from "./row-account";
import { refuseOnErrors, writeSheets } from "./write-sheets";

export interface AnnexOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly asOf: IsoDate;
  readonly output: string;
  /** Write the annexes alone, not a copy of the register with them added. */
  readonly onlyGenerated: boolean;
  readonly lang: Language;
  readonly force: boolean;
}

/** `jiu-register annex`: writes the workbook with Annexes I, II and III added. */
export async function runAnnex(options: AnnexOptions, io: CliIo): Promise<ExitCode> {
  await checkOutputFile(options.file, options.output);
  const register = await loadRegister(options.file, options.sheet, options.lang);
  const findings = validate(register, options.asOf);
  // A register none of whose rows can be counted stops here (exit 2), --force or not.
  accountFor(register, findings, options.file);
  if (refuseOnErrors(findings, register, options.file, options.force, io.stderr, options.lang))
    return EXIT.registerErrors;
  const summary = summarize(register, options.asOf);
  const done = await writeSheets(
    options.file,
    options.output,
    generatedSheets("annex", register, summary, options.lang),
    options.onlyGenerated,
    options.lang,
  );
  io.stdout.write(`${done}\n`);
  return EXIT.ok;
}
