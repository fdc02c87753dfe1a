import { isLanguage, type Language } from "../labels/language";
import { label, type LabelId } from "../labels/lookup";
import type { CommandName } from "./args";

/** Each command's line: syntax (option names and their arguments), the same in every language. */
const COMMAND_LINES: Readonly<Record<CommandName, string>> = {
  validate: "jiu-register validate FILE.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--json] [--lang LANG]",
  summary: `jiu-register summary FILE.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--json]
                     [-o OUT.xlsx [--only-generated] [--lang LANG] [--force]]`,
  annex: `jiu-register annex FILE.xlsx -o OUT.xlsx [--only-generated] [--sheet NAME] [--as-of YYYY-MM-DD]
                   [--lang LANG] [--force]`,
  report: `jiu-register report FILE.xlsx -o REPORT.docx [--sheet NAME] [--as-of YYYY-MM-DD] [--lang LANG] [--force]
                     [--committee TEXT] [--session TEXT] [--place TEXT] [--dates TEXT] [--symbol TEXT]
                     [--document-date TEXT] [--previous-report TEXT]`,
  rollover: `jiu-register rollover FILE.xlsx --as-of YYYY-MM-DD -o OUT.xlsx [--sheet NAME] [--lang ar|zh|en|fr|ru|es] [--confirm]
                     [--archive-closed]`,
  new: "jiu-register new -o REGISTER.xlsx [--lang ar|zh|en|fr|ru|es] [--register-only]",
};

/** The options every command's help lists: name and argument (syntax), then the label of what it does. */
const OPTIONS: readonly (readonly [string, LabelId])[] = [
  ["--sheet NAME", "cliHelp.option.sheet"],
  ["--as-of YYYY-MM-DD", "cliHelp.option.asOf"],
  ["-o, --output FILE", "cliHelp.option.output"],
  ["--only-generated", "cliHelp.option.onlyGenerated"],
  ["--lang LANG", "cliHelp.option.lang"],
  ["--force", "cliHelp.option.force"],
  ["--confirm", "cliHelp.option.confirm"],
  ["--archive-closed", "cliHelp.option.archiveClosed"],
  ["--debug", "cliHelp.option.debug"],
  ["-h, --help", "cliHelp.option.help"],
];

const OPTION_COLUMN = 21;

function commandUsage(command: CommandName, lang: Language): string {
  return `${COMMAND_LINES[command]}\n${indent(label(`cliUsage.command.${command}`, lang))}`;
}

function optionsText(lang: Language): string {
  const lines = OPTIONS.map(([syntax, id]) => `  ${syntax.padEnd(OPTION_COLUMN)}${label(id, lang)}`);
  return `${label("cliHelp.options", lang)}\n${lines.join("\n")}`;
}

/**
 * The general help, or one command's, in a language (English when --lang is not given). Option names,
 * their arguments and the command lines are syntax and read the same in every language.
 */
export function usageText(topic: CommandName | null, lang: Language = "en"): string {
  const usage = label("cliHelp.usage", lang);
  if (topic !== null) return `${usage}\n${indent(commandUsage(topic, lang))}\n\n${optionsText(lang)}\n`;
  const commands = (Object.keys(COMMAND_LINES) as CommandName[])
    .map((command) => indent(commandUsage(command, lang)))
    .join("\n\n");
  return (
    `${label("cliHelp.intro", lang)}\n\n${usage}\n${commands}\n\n${optionsText(lang)}\n\n` +
    `${label("cliHelp.exitCodes", lang)}\n`
  );
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}

/**
 * The language the help is shown in: that of `--lang LANG` or `--lang=LANG` anywhere on the command line,
 * else English (also when LANG is not one of the six: the usage error says so in English).
 *
 * @example helpLanguage(["summary", "--help", "--lang", "fr"]) // "fr"
 */
export function helpLanguage(argv: readonly string[]): Language {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? "";
    const value = arg === "--lang" ? argv[index + 1] : arg.startsWith("--lang=") ? arg.slice(7) : undefined;
    if (value !== undefined && isLanguage(value)) return value;
  }
  return "en";
}
