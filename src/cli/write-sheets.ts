import type { Finding } from "../core/findings";
import type { Register } from "../core/model";
import type { SheetLayout } from "../layout/model";
import type { Language } from "../labels/language";
import { formatLabel, formatPlural } from "../labels/lookup";
import { writeWorkbookWithSheets, XlsxWriteError } from "../xlsx/write";
import { CliError } from "./cli-error";
import { EXIT, type CliOutput } from "./cli-io";
import { count, findingLine } from "./findings-report";

/**
 * Refuses to generate sheets from a register with errors, unless forced: the report would count
 * rows that could not be read. The refusal lists the errors, so the person can fix them.
 * Returns true when it refused.
 */
export function refuseOnErrors(
  findings: readonly Finding[],
  register: Register,
  file: string,
  force: boolean,
  stderr: CliOutput,
  lang: Language = "en",
): boolean {
  const errors = findings.filter((finding) => finding.severity === "error");
  if (errors.length === 0) return false;
  if (force) {
    stderr.write(`${formatPlural("cliWrote.forced", lang, errors.length)}\n`);
    return false;
  }
  const lines = errors.map((finding) => `  ${findingLine(finding, register.sheet, lang)}`);
  const command = `jiu-register validate ${quoteArg(file)}`;
  stderr.write(
    `${formatPlural("cliWrote.refused", lang, errors.length, { command })}\n${lines.join("\n")}\n`,
  );
  return true;
}

/**
 * Writes the copy of the workbook (or with `onlyGenerated` a workbook of the generated sheets alone)
 * and returns a line that says what was written.
 */
export async function writeSheets(
  input: string,
  output: string,
  sheets: readonly SheetLayout[],
  onlyGenerated = false,
  lang: Language = "en",
): Promise<string> {
  try {
    const written = await writeWorkbookWithSheets(input, output, sheets, { onlyGenerated });
    const names = written.map(({ name, replaced }) =>
      replaced ? formatLabel("cliWrote.replaced", lang, { name: `'${name}'` }) : `'${name}'`,
    );
    const listed = formatPlural("cliWrote.sheets", lang, names.length, { names: names.join(", ") });
    const id = onlyGenerated ? "cliWrote.onlyGenerated" : "cliWrote.copy";
    return formatLabel(id, lang, { output, input, sheets: listed });
  } catch (error) {
    if (error instanceof XlsxWriteError) throw new CliError(EXIT.unusable, error.message);
    throw error;
  }
}

/** Whether the register has errors, for notes on commands that still run. */
export function errorCount(findings: readonly Finding[]): number {
  return count(findings, "error");
}

function quoteArg(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}
