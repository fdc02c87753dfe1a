import { xlsxPorts } from "../xlsx/xlsx-ports";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { inSession, writingAction, type RegisterCommand } from "./cli-session";
import { checkOutputFile } from "./output-file";
import { writeRefusal, writtenLine } from "./write-sheets";

export interface AnnexOptions extends RegisterCommand {
  readonly output: string;
  /** Write the annexes alone, not a copy of the register with them added. */
  readonly onlyGenerated: boolean;
  readonly force: boolean;
}

/** `jiu-register annex`: writes the workbook with Annexes I, II and III added. */
export async function runAnnex(options: AnnexOptions, io: CliIo): Promise<ExitCode> {
  await checkOutputFile(options.file, options.output);
  const { output, onlyGenerated } = options;
  const result = await inSession(options, (session) =>
    session.generate(
      "annex",
      xlsxPorts(options.file, { output, onlyGenerated }),
      writingAction(options, options.force, io.stderr),
    ),
  );
  if (result.kind === "refused") {
    writeRefusal(result.errors, result.checked.register, options.file, io.stderr, options.lang);
    return EXIT.registerErrors;
  }
  const files = { input: options.file, output };
  io.stdout.write(`${writtenLine(result.written, files, onlyGenerated, options.lang)}\n`);
  return EXIT.ok;
}
