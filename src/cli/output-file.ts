import { isSameFile } from "../xlsx/same-file";
import { CliError } from "./cli-error";
import { EXIT } from "./cli-io";

/**
 * Checks the output path before any work is done: it must be an .xlsx, and never the input file
 * (by path, by link or by inode), since the register is never overwritten.
 */
export async function checkOutputFile(input: string, output: string): Promise<void> {
  if (!/\.xlsx$/i.test(output)) {
    throw new CliError(
      EXIT.unusable,
      `The output file '${output}' must end in .xlsx; choose a name such as report.xlsx.`,
    );
  }
  if (await isSameFile(input, output)) {
    throw new CliError(
      EXIT.unusable,
      `The output file '${output}' is the input file; the register is never overwritten. Choose another name.`,
    );
  }
}
