import { RegisterApiError } from "../app/register-api";
import { RegisterSession, type Checked, type SessionAction } from "../app/session";
import type { IsoDate } from "../core/grid";
import type { Language } from "../labels/language";
import { isWorkbookReadError } from "../xlsx/read-workbook";
import { XlsxWriteError } from "../xlsx/write";
import { CliError } from "./cli-error";
import { EXIT, type CliOutput } from "./cli-io";
import { accountFor } from "./row-account";
import { noteForced } from "./write-sheets";

/** What every register command is given: the file, the sheet if named, the as-of date, --lang. */
export interface RegisterCommand {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly asOf: IsoDate;
  readonly lang: Language;
}

/**
 * A command's session: the terminal's language (--lang) is both the UI's and the output's. Runs `work`
 * and turns what the ports and the session throw about the user's file (not a workbook, no register in
 * it, cannot write the copy) into a one-line `CliError` with exit 2.
 */
export async function inSession<T>(
  command: RegisterCommand,
  work: (session: RegisterSession<null>) => Promise<T>,
): Promise<T> {
  const session = new RegisterSession<null>({
    uiLanguage: command.lang,
    ...(command.sheet === undefined ? {} : { sheet: command.sheet }),
  });
  try {
    return await work(session);
  } catch (error) {
    if (error instanceof RegisterApiError && error.problem)
      throw new CliError(EXIT.unusable, `${command.file}: ${error.message}`);
    if (isWorkbookReadError(error) || error instanceof XlsxWriteError)
      throw new CliError(EXIT.unusable, error.message);
    throw error;
  }
}

/**
 * The session's action for a command that writes: a register none of whose rows can be counted stops
 * here (exit 2), --force or not; a forced one is noted on stderr before anything is written.
 */
export function writingAction(command: RegisterCommand, force: boolean, stderr: CliOutput): SessionAction {
  return {
    asOf: command.asOf,
    outputLanguage: command.lang,
    force,
    vet: (checked: Checked) => {
      accountFor(checked.register, checked.findings, command.file);
      noteForced(checked.findings, force, stderr, command.lang);
    },
  };
}
