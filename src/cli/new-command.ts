import { formatLabel } from "../labels/lookup";
import { layoutRegisterTemplate } from "../layout/template/register-template";
import { XlsxWriteError } from "../xlsx/write";
import { writeNewWorkbook } from "../xlsx/write/new-workbook";
import { CliError } from "./cli-error";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import type { NewCommand } from "./new-args";

/**
 * `jiu-register new`: writes a new, empty register (src/layout/template) to a file that must not exist.
 * Exit 0 when written; 2 when the file exists or cannot be written.
 */
export async function runNew(command: NewCommand, io: CliIo): Promise<ExitCode> {
  const layouts = layoutRegisterTemplate({
    language: command.lang,
    ...(command.registerOnly ? { sideSheets: [] } : {}),
  });
  try {
    const written = await writeNewWorkbook(command.output, layouts);
    const [register, ...others] = written.map((sheet) => `'${sheet.name}'`);
    const { lang, output } = command;
    const rest =
      others.length > 0 ? formatLabel("cliWrote.newRegisterSheets", lang, { names: others.join(", ") }) : "";
    const wrote = formatLabel("cliWrote.newRegister", lang, { output, register: register ?? "", rest });
    io.stdout.write(`${wrote}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof XlsxWriteError) throw new CliError(EXIT.unusable, error.message);
    throw error;
  }
}
