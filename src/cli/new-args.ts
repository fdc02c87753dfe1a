import { templateLanguages, type TemplateLanguage } from "../layout/template/register-template";
import { usageError } from "./cli-error";

/** `jiu-register new -o FILE.xlsx [--lang CODE] [--register-only]`. */
export interface NewCommand {
  readonly command: "new";
  readonly output: string;
  readonly lang: TemplateLanguage;
  /** Without the optional Planned reviews, Requests and Vocabulary sheets. */
  readonly registerOnly: boolean;
}

/**
 * Reads `new`'s options (`--name value` or `--name=value`); it takes no file, since it reads none.
 *
 * @example parseNewArgs(["-o", "register.xlsx", "--lang", "zh"]) // { command: "new", output: "register.xlsx", lang: "zh", registerOnly: false }
 */
export function parseNewArgs(args: readonly string[]): NewCommand | { command: "help"; topic: "new" } {
  const values = new Map<"output" | "lang", string>();
  let registerOnly = false;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const spelling = equals > 0 ? arg.slice(0, equals) : arg;
    if (spelling === "--help" || spelling === "-h") return { command: "help", topic: "new" };
    if (spelling === "--debug" || spelling === "--register-only") {
      if (equals > 0) throw usageError(`${spelling} takes no value.`);
      registerOnly ||= spelling === "--register-only";
      continue;
    }
    const name =
      spelling === "-o" || spelling === "--output" ? "output" : spelling === "--lang" ? "lang" : null;
    if (name === null) {
      throw usageError(
        arg.startsWith("-")
          ? `Unknown option '${spelling}' for new.`
          : `new reads no file; give the workbook to write with -o: jiu-register new -o ${arg}`,
      );
    }
    const value = equals > 0 ? arg.slice(equals + 1) : args[(index += 1)];
    if (value === undefined || value === "") throw usageError(`${spelling} needs a value.`);
    if (values.has(name)) throw usageError(`${spelling} is given more than once.`);
    values.set(name, value);
  }
  const output = values.get("output");
  if (output === undefined) throw usageError("new writes a workbook: give it with -o REGISTER.xlsx.");
  return { command: "new", output, lang: langOf(values.get("lang")), registerOnly };
}

function langOf(text: string | undefined): TemplateLanguage {
  const languages = templateLanguages();
  if (text === undefined) return "en";
  const found = languages.find((code) => code === text);
  if (!found)
    throw usageError(`--lang '${text}' is not available for a new register; use ${languages.join(" or ")}.`);
  return found;
}
