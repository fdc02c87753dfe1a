import { parseIsoDate } from "../core/dates";
import type { IsoDate } from "../core/grid";
import type { ReportDetails } from "../core/parse/report-sheet";
import { isLanguage, type Language } from "../labels/language";
import { CliError, usageError } from "./cli-error";
import { EXIT } from "./cli-io";
import { parseNewArgs, type NewCommand } from "./new-args";

export type CommandName = "validate" | "summary" | "annex" | "report" | "rollover" | "new";
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

type DetailOption =
  "committee" | "session" | "place" | "dates" | "symbol" | "document-date" | "previous-report";
type OptionName =
  | "sheet"
  | "as-of"
  | "json"
  | "output"
  | "only-generated"
  | "lang"
  | "force"
  | "debug"
  | "help"
  | "confirm"
  | "archive-closed"
  | DetailOption;

/** The report's details each option gives (`jiu-register report --committee …`). */
const DETAIL_OPTIONS: Readonly<Record<DetailOption, keyof Omit<ReportDetails, "paragraphs">>> = {
  committee: "committee",
  session: "session",
  place: "place",
  dates: "dates",
  symbol: "symbol",
  "document-date": "documentDate",
  "previous-report": "previousReport",
};

/** Each option's spellings, and whether it takes a value. */
const OPTIONS: Readonly<Record<string, { readonly name: OptionName; readonly takesValue: boolean }>> = {
  "--sheet": { name: "sheet", takesValue: true },
  "--as-of": { name: "as-of", takesValue: true },
  "--json": { name: "json", takesValue: false },
  "-o": { name: "output", takesValue: true },
  "--output": { name: "output", takesValue: true },
  "--only-generated": { name: "only-generated", takesValue: false },
  "--lang": { name: "lang", takesValue: true },
  "--force": { name: "force", takesValue: false },
  "--debug": { name: "debug", takesValue: false },
  "--help": { name: "help", takesValue: false },
  "--confirm": { name: "confirm", takesValue: false },
  "--archive-closed": { name: "archive-closed", takesValue: false },
  "-h": { name: "help", takesValue: false },
  ...Object.fromEntries(
    (Object.keys(DETAIL_OPTIONS) as DetailOption[]).map((name) => [`--${name}`, { name, takesValue: true }]),
  ),
};

const ALLOWED: Readonly<Record<CommandName, readonly OptionName[]>> = {
  validate: ["sheet", "as-of", "json", "lang", "debug", "help"],
  summary: ["sheet", "as-of", "json", "output", "only-generated", "lang", "force", "debug", "help"],
  annex: ["sheet", "as-of", "output", "only-generated", "lang", "force", "debug", "help"],
  report: [
    "sheet",
    "as-of",
    "output",
    "lang",
    "force",
    "debug",
    "help",
    ...(Object.keys(DETAIL_OPTIONS) as DetailOption[]),
  ],
  rollover: ["sheet", "as-of", "output", "lang", "confirm", "archive-closed", "debug", "help"],
  // `new` reads no register: its options are parsed in new-args.ts.
  new: [],
};

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

function commandOf(command: Exclude<CommandName, "new">, args: readonly string[]): CliCommand {
  const values = new Map<OptionName, string>();
  const flags = new Set<OptionName>();
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    if (arg === "--") {
      positional.push(...args.slice(index + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const equals = arg.indexOf("=");
    const spelling = arg.startsWith("--") && equals > 0 ? arg.slice(0, equals) : arg;
    const option = OPTIONS[spelling];
    if (!option) throw usageError(`Unknown option '${spelling}' for ${command}.`);
    if (!ALLOWED[command].includes(option.name)) throw usageError(`${command} does not take ${spelling}.`);
    if (option.name === "help") return { command: "help", topic: command };
    if (!option.takesValue) {
      if (equals > 0) throw usageError(`${spelling} takes no value.`);
      flags.add(option.name);
      continue;
    }
    const value = equals > 0 ? arg.slice(equals + 1) : args[(index += 1)];
    if (value === undefined || value === "") throw usageError(`${spelling} needs a value.`);
    if (values.has(option.name)) throw usageError(`${spelling} is given more than once.`);
    values.set(option.name, value);
  }

  if (positional.length === 0) throw usageError(`Give the register file: jiu-register ${command} FILE.xlsx`);
  if (positional.length > 1) {
    throw usageError(
      `${command} takes one file; also got ${positional
        .slice(1)
        .map((p) => `'${p}'`)
        .join(", ")}.`,
    );
  }
  const base: RegisterOptions = {
    file: positional[0] ?? "",
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
      return { command, ...base, output, lang, force: flags.has("force"), details: detailsOf(values) };
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

function detailsOf(values: ReadonlyMap<OptionName, string>): ReportDetails {
  const details: Record<string, string> = {};
  for (const [option, field] of Object.entries(DETAIL_OPTIONS) as [DetailOption, string][]) {
    const value = values.get(option);
    if (value !== undefined) details[field] = value;
  }
  return details;
}

function isCommandName(text: string): text is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(text);
}

function asOfOption(text: string | undefined): IsoDate | undefined {
  if (text === undefined) return undefined;
  const date = parseIsoDate(text);
  if (date === null) {
    throw new CliError(
      EXIT.unusable,
      `--as-of '${text}' is not a date; write it as YYYY-MM-DD, e.g. 2023-02-28.`,
    );
  }
  return date;
}

function langOption(text: string | undefined): Language {
  if (text === undefined) return "en";
  if (!isLanguage(text)) throw usageError(`--lang '${text}' is not available; use ar, zh, en, fr, ru or es.`);
  return text;
}
