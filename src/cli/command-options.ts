/** The options of the register commands: their spellings, which command takes which, and reading them. */
import type { ReportDetails } from "../core/parse/report-sheet";
import { usageError } from "./cli-error";

/** The commands that read a register (`new` reads none: see new-args.ts). */
export type RegisterCommandName = "validate" | "summary" | "annex" | "report" | "rollover";

export type DetailOption =
  "committee" | "session" | "place" | "dates" | "symbol" | "document-date" | "previous-report";
export type OptionName =
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
export const DETAIL_OPTIONS: Readonly<Record<DetailOption, keyof Omit<ReportDetails, "paragraphs">>> = {
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

const ALLOWED: Readonly<Record<RegisterCommandName, readonly OptionName[]>> = {
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
};

/** A register command's line, read: the options with a value, the flags and the one file. */
export interface CommandOptions {
  readonly values: ReadonlyMap<OptionName, string>;
  readonly flags: ReadonlySet<OptionName>;
  readonly file: string;
}

/**
 * Reads a register command's options, before or after the file, as `--name value` or `--name=value`;
 * `--` ends the options (for a file named like one). `"help"` when the line asks for the command's help.
 * Throws a usage error (exit 2) for anything it does not understand.
 *
 * @example readCommandOptions("validate", ["register.xlsx", "--json"]) // { file: "register.xlsx", flags: {"json"}, ... }
 */
export function readCommandOptions(
  command: RegisterCommandName,
  args: readonly string[],
): CommandOptions | "help" {
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
    if (option.name === "help") return "help";
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
  return { values, flags, file: theOneFile(command, positional) };
}

function theOneFile(command: RegisterCommandName, positional: readonly string[]): string {
  if (positional.length === 0) throw usageError(`Give the register file: jiu-register ${command} FILE.xlsx`);
  if (positional.length > 1) {
    throw usageError(
      `${command} takes one file; also got ${positional
        .slice(1)
        .map((p) => `'${p}'`)
        .join(", ")}.`,
    );
  }
  return positional[0] ?? "";
}
