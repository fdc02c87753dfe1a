import type { IsoDate } from "../core/grid";
import type { ReportDetails } from "../core/parse/report-sheet";
import type { Language } from "../labels/language";
import { usageError } from "./cli-error";
import { readCommandOptions, type RegisterCommandName } from "./command-options";
import { parseNewArgs, type NewCommand } from "./new-args";
import { asOfOption, detailsOption, langOption } from "./option-values";

export type CommandName = RegisterCommandName | "new";
export const COMMAND_NAMES: readonly CommandName[] = [
  "validate",
  "summary",
  "annex",
  "report",
  "rollover",
  "new",
];

/** What every command reads: the register file, which sheet, and as of when. */
interface RegisterOptions {
  readonly file: string;
  readonly sheet: string | undefined;
  /** undefined: today, which the caller reads from the clock. */
  readonly asOf: IsoDate | undefined;
}

export type CliCommand =
  | { readonly command: "help"; readonly topic: CommandName | null }
  | NewCommand
  | { readonly command: "version" }
  | ({ readonly command: "validate"; readonly json: boolean; readonly lang: Language } & RegisterOptions)
  | ({
      readonly command: "summary";
      readonly json: boolean;
      readonly output: string | undefined;
      readonly onlyGenerated: boolean;
      readonly lang: Language;
      readonly force: boolean;
    } & RegisterOptions)
  | ({
      readonly command: "annex";
      readonly output: string;
      readonly onlyGenerated: boolean;
      readonly lang: Language;
      readonly force: boolean;
    } & RegisterOptions)
  | ({
      readonly command: "report";
      readonly output: string;
      readonly lang: Language;
      readonly force: boolean;
      /** The cover block's fields given on the command line; they win over the workbook's Report sheet. */
      readonly details: ReportDetails;
    } & RegisterOptions)
  | ({
      readonly command: "rollover";
      readonly output: string;
      /** Roll over although the previous statuses differ from History's last cycle. */
      readonly confirm: boolean;
      /** Move closed recommendations to the Archive sheet. */
      readonly archiveClosed: boolean;
      /** The language of the command's messages (the workbook's own words are kept as they are). */
      readonly lang: Language;
    } & RegisterOptions);

/** `--debug` is honoured even when the rest of the command line is wrong. */
export function wantsDebug(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).includes("--debug");
}

/**
 * Reads the command line. Options may come before or after the file, as `--name value` or
 * `--name=value`; `--` ends the options (for a file named like one). Throws `CliError` (exit 2)
 * for anything it does not understand.
 *
 * @example parseArgs(["validate", "register.xlsx", "--json"]) // { command: "validate", file: "register.xlsx", json: true, ... }
 */
export function parseArgs(argv: readonly string[]): CliCommand {
  const [first, ...rest] = argv;
  if (first === undefined)
    throw usageError("Give a command: validate, summary, annex, report, rollover or new.", "general");
  if (first === "--help" || first === "-h" || first === "help") {
    const topic = rest[0];
    return { command: "help", topic: topic !== undefined && isCommandName(topic) ? topic : null };
  }
  if (first === "--version" || first === "-V") return { command: "version" };
  if (!isCommandName(first)) {
    const what = first.startsWith("-") ? `option '${first}' before the command` : `command '${first}'`;
    throw usageError(
      `Unknown ${what}; the commands are validate, summary, annex, report, rollover and new.`,
      "general",
    );
  }
  if (first === "new") return parseNewArgs(rest);
  return commandOf(first, rest);
}

function commandOf(command: RegisterCommandName, args: readonly string[]): CliCommand {
  const read = readCommandOptions(command, args);
  if (read === "help") return { command: "help", topic: command };
  const { values, flags } = read;
  const base: RegisterOptions = {
    file: read.file,
    sheet: values.get("sheet"),
    asOf: asOfOption(values.get("as-of")),
  };
  const lang = langOption(values.get("lang"));
  const output = values.get("output");
  const onlyGenerated = flags.has("only-generated");
  if (onlyGenerated && output === undefined)
    throw usageError("--only-generated says what -o writes: give -o OUT.xlsx too.");
  const writing = { output, onlyGenerated, lang, force: flags.has("force") };
  switch (command) {
    case "validate":
      return { command, ...base, json: flags.has("json"), lang };
    case "summary":
      return { command, ...base, json: flags.has("json"), ...writing };
    case "annex":
      if (output === undefined) throw usageError("annex writes a workbook: give it with -o OUT.xlsx.");
      return { command, ...base, ...writing, output };
    case "report":
      if (output === undefined) throw usageError("report writes a document: give it with -o REPORT.docx.");
      return { command, ...base, output, lang, force: flags.has("force"), details: detailsOption(values) };
    case "rollover":
      if (output === undefined) throw usageError("rollover writes a workbook: give it with -o OUT.xlsx.");
      // The cycle's date is recorded in History: it is never taken from the clock.
      if (base.asOf === undefined)
        throw usageError("rollover needs the cycle's date: give --as-of YYYY-MM-DD.");
      return {
        command,
        ...base,
        output,
        lang,
        confirm: flags.has("confirm"),
        archiveClosed: flags.has("archive-closed"),
      };
  }
}

function isCommandName(text: string): text is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(text);
}
