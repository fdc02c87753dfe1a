import { EXIT, type ExitCode } from "./cli-io";

/**
 * A problem the CLI reports in one line and an exit code, without a stack trace: a bad argument
 * (`showUsage`), a file that is not a usable register, an output that cannot be written.
 */
export class CliError extends Error {
  override readonly name = "CliError";

  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly showUsage: "none" | "general" | "command" = "none",
  ) {
    super(message);
  }
}

/** A command line the CLI does not understand: exit 2, with the usage of the command (or the general one). */
export const usageError = (message: string, usage: "general" | "command" = "command") =>
  new CliError(EXIT.unusable, message, usage);
