import { randomBytes } from "node:crypto";
import { link, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { SheetLayout } from "../../layout/model";
import { addSheetsToXlsx, type WrittenSheet } from "./add-sheets";
import { blankWorkbookPackage } from "./blank-package";
import { XlsxWriteError } from "./write-error";

/**
 * Writes a new workbook holding the given sheets alone (a new register), and never overwrites a file:
 * the workbook is written to a temporary file and then linked to `outputPath`, which fails, leaving
 * nothing behind, if a file of that name exists by then.
 *
 * @example await writeNewWorkbook("register.xlsx", layoutRegisterTemplate({ language: "en" }));
 */
export async function writeNewWorkbook(
  outputPath: string,
  sheets: readonly SheetLayout[],
): Promise<readonly WrittenSheet[]> {
  const result = await addSheetsToXlsx(await blankWorkbookPackage(), sheets);
  const temporary = join(
    dirname(resolve(outputPath)),
    `.${basename(outputPath)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, result.xlsx, { flag: "wx" });
    await link(temporary, outputPath);
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === "EEXIST";
    throw new XlsxWriteError(
      exists
        ? `${outputPath} already exists, and new never overwrites a file: choose another name, or move that file away first.`
        : `Cannot write ${outputPath}: check that its folder exists and that you may write there.`,
    );
  } finally {
    await rm(temporary, { force: true });
  }
  return result.sheets;
}
