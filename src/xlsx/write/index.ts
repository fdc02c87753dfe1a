/**
 * The .xlsx writer: a copy of the input workbook with the generated sheets (`SheetLayout`s) added,
 * native charts included. See add-sheets.ts for how the input's parts are kept intact.
 */
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, basename, join, resolve } from "node:path";
import type { SheetLayout } from "../../layout/model";
import { addSheetsToPackage, type WrittenSheet } from "./add-sheets";
import { isSameFile } from "../same-file";
import { blankWorkbookPackage } from "./blank-package";
import { XlsxWriteError } from "./write-error";

export interface WriteOptions {
  /** Write a workbook of the generated sheets alone (for printing the summary and annexes). */
  readonly onlyGenerated?: boolean;
}

export { addSheetsToXlsx, type AddedSheets, type WrittenSheet } from "./add-sheets";
export { GENERATED_SHEET_MARK } from "./workbook-part";
export { XlsxWriteError } from "./write-error";

/**
 * Writes `outputPath`: the workbook at `inputPath` with `sheets` added (or replacing the sheets an
 * earlier run generated under the same names). The input file is only read. The output is written to
 * a temporary file next to it and renamed into place, so a failure never leaves half a workbook behind.
 * Resolves to the sheets as written (their names may differ from the layouts' when a name was taken).
 * With `onlyGenerated`, the output holds the generated sheets alone, not a copy of the input's.
 *
 * @example await writeWorkbookWithSheets("register.xlsx", "report.xlsx", [summary, ...annexes]);
 */
export async function writeWorkbookWithSheets(
  inputPath: string,
  outputPath: string,
  sheets: readonly SheetLayout[],
  options: WriteOptions = {},
): Promise<readonly WrittenSheet[]> {
  if (await isSameFile(inputPath, outputPath)) {
    throw new XlsxWriteError(
      `The output file must not be the input file (${inputPath}): the register is never overwritten. Choose another output name.`,
    );
  }
  let input: Uint8Array;
  try {
    input = options.onlyGenerated ? await blankWorkbookPackage() : await readFile(inputPath);
  } catch {
    throw new XlsxWriteError(
      `Cannot read ${inputPath}: check that the file exists and that you may read it.`,
    );
  }
  let result;
  try {
    result = await addSheetsToPackage(input, sheets);
  } catch (error) {
    if (error instanceof XlsxWriteError) throw new XlsxWriteError(`${inputPath}: ${error.message}`);
    throw error;
  }
  const temporary = join(
    dirname(resolve(outputPath)),
    `.${basename(outputPath)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    // Piece by piece: the archive is never copied into one buffer.
    await writeFile(temporary, result.archive, { flag: "wx" });
    await rename(temporary, outputPath);
  } catch {
    await rm(temporary, { force: true });
    throw new XlsxWriteError(
      `Cannot write ${outputPath}: check that its folder exists, that you may write there, and that the file is not open in Excel.`,
    );
  }
  return result.sheets;
}
