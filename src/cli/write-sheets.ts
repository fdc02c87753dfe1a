import type { Finding } from "../core/findings";
import type { Register } from "../core/model";
import type { Language } from "../labels/language";
import { formatLabel, formatPlural } from "../labels/lookup";
import type { WrittenSheet } from "../xlsx/write";
import type { CliOutput } from "./cli-io";
import { count, findingLine } from "./findings-report";

/** With --force, a register with errors is written all the same: say so, with how many. */
export function noteForced(
  findings: readonly Finding[],
  force: boolean,
  stderr: CliOutput,
  lang: Language,
): void {
  const errors = errorCount(findings);
  if (force && errors > 0) stderr.write(`${formatPlural("cliWrote.forced", lang, errors)}\n`);
}

/**
 * The refusal to generate from a register with errors (the report would count rows that could not be
 * read): it lists the errors, so the person can fix them, and the command that shows them all.
 */
export function writeRefusal(
  errors: readonly Finding[],
  register: Register,
  file: string,
  stderr: CliOutput,
  lang: Language,
): void {
  const lines = errors.map((finding) => `  ${findingLine(finding, register.sheet, lang)}`);
  const command = `jiu-register validate ${quoteArg(file)}`;
  stderr.write(
    `${formatPlural("cliWrote.refused", lang, errors.length, { command })}\n${lines.join("\n")}\n`,
  );
}

/** The line that says what was written: the copy (or the generated sheets alone) and its sheets. */
export function writtenLine(
  written: readonly WrittenSheet[],
  files: { readonly input: string; readonly output: string },
  onlyGenerated: boolean,
  lang: Language,
): string {
  const names = written.map(({ name, replaced }) =>
    replaced ? formatLabel("cliWrote.replaced", lang, { name: `'${name}'` }) : `'${name}'`,
  );
  const listed = formatPlural("cliWrote.sheets", lang, names.length, { names: names.join(", ") });
  const id = onlyGenerated ? "cliWrote.onlyGenerated" : "cliWrote.copy";
  return formatLabel(id, lang, { output: files.output, input: files.input, sheets: listed });
}

/** Whether the register has errors, for notes on commands that still run. */
export function errorCount(findings: readonly Finding[]): number {
  return count(findings, "error");
}

function quoteArg(text: string): string {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}
