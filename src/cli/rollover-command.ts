import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { IsoDate } from "../core/grid";
import { xlsxPorts } from "../xlsx/xlsx-ports";
import type { Language } from "../labels/language";
import { formatLabel, label } from "../labels/lookup";
import { rolloverPlanLines, rolloverRefusalMessage } from "../labels/rollover-message";
import { rolloverXlsx } from "../xlsx/write/rollover";
import { XlsxWriteError } from "../xlsx/write";
import { CliError } from "./cli-error";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { inSession } from "./cli-session";
import { checkOutputFile } from "./output-file";
import { terminalSafe } from "./terminal-text";

export interface RolloverCommandOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly asOf: IsoDate;
  readonly output: string;
  readonly confirm: boolean;
  readonly archiveClosed: boolean;
  readonly lang: Language;
}

/**
 * `jiu-register rollover`: writes a copy of the workbook with the next reporting cycle started (History
 * appended, previous statuses copied, "assessment updated" cleared). A refusal writes nothing and exits 1.
 */
export async function runRollover(options: RolloverCommandOptions, io: CliIo): Promise<ExitCode> {
  await checkOutputFile(options.file, options.output);
  const { file, lang } = options;
  const action = {
    asOf: options.asOf,
    outputLanguage: lang,
    confirmed: options.confirm,
    archiveClosed: options.archiveClosed,
  };
  const outcome = await inSession(options, (session) =>
    session.rollover(xlsxPorts(file), action, async (plan) => {
      let xlsx: Buffer;
      try {
        xlsx = await rolloverXlsx(await readFile(file), plan);
      } catch (error) {
        if (error instanceof XlsxWriteError) throw new CliError(EXIT.unusable, `${file}: ${error.message}`);
        throw error;
      }
      await writeAtomically(options.output, xlsx);
    }),
  );
  if (!outcome.plan) {
    const message = terminalSafe(rolloverRefusalMessage(outcome.refusal, lang));
    const hint =
      outcome.refusal.code === "previousDiffersFromHistory"
        ? ` ${label("cliRollover.confirmHint", lang)}`
        : "";
    io.stderr.write(`${message}${hint} ${label("cliRollover.nothingWritten", lang)}\n`);
    return EXIT.registerErrors;
  }
  const lines = rolloverPlanLines(outcome.plan, lang).map((line) => `  ${terminalSafe(line)}`);
  const wrote = formatLabel("cliRollover.wrote", options.lang, {
    output: options.output,
    input: options.file,
    date: options.asOf,
  });
  io.stdout.write(`${wrote}\n${lines.join("\n")}\n`);
  return EXIT.ok;
}

/** Written to a temporary file next to the output, then renamed: never half a workbook. */
async function writeAtomically(output: string, bytes: Buffer): Promise<void> {
  const temporary = join(
    dirname(resolve(output)),
    `.${basename(output)}.${randomBytes(6).toString("hex")}.tmp`,
  );
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, output);
  } catch {
    await rm(temporary, { force: true });
    throw new CliError(
      EXIT.unusable,
      `Cannot write ${output}: check that its folder exists, that you may write there, and that the file is not open in Excel.`,
    );
  }
}
