import type { WorkbookGrid } from "../core/grid";
import type { Register } from "../core/model";
import { parseWorkbook } from "../core/parse";
import { isWorkbookReadError, readWorkbookGrid } from "../xlsx/read-workbook";
import type { Language } from "../labels/language";
import { formatLabel } from "../labels/labels";
import { unusableInputMessage } from "../labels/unusable-message";
import { CliError } from "./cli-error";
import { EXIT } from "./cli-io";
import { terminalSafe } from "./terminal-text";

/**
 * Reads the register from an .xlsx file. A file that is not a usable register (missing, not an
 * .xlsx, no register in it, required columns missing) becomes a one-line `CliError` with exit 2, in the
 * language of --lang.
 */
export async function loadRegister(
  file: string,
  sheet: string | undefined,
  lang: Language = "en",
): Promise<Register> {
  return (await loadRegisterAndGrid(file, sheet, lang)).register;
}

/** As `loadRegister`, with the workbook's grid too, for commands that read other sheets of it. */
export async function loadRegisterAndGrid(
  file: string,
  sheet: string | undefined,
  lang: Language = "en",
): Promise<{ register: Register; grid: WorkbookGrid }> {
  let grid;
  try {
    grid = await readWorkbookGrid(file);
  } catch (error) {
    if (isWorkbookReadError(error)) throw new CliError(EXIT.unusable, error.message);
    throw error;
  }
  const outcome = parseWorkbook(grid, sheet === undefined ? {} : { sheet });
  if (!outcome.ok)
    throw new CliError(EXIT.unusable, `${file}: ${unusableInputMessage(outcome.problem, lang)}`);
  return { register: outcome.register, grid };
}

/** "sheet '登记册'" or "table 'Register' on sheet '登记册'": where the register was found. */
export function registerPlace(register: Register, lang: Language = "en"): string {
  return register.table === null
    ? formatLabel("cli.place.sheet", lang, { sheet: terminalSafe(register.sheet) })
    : formatLabel("cli.place.table", lang, {
        sheet: terminalSafe(register.sheet),
        table: terminalSafe(register.table),
      });
}
