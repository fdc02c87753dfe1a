import type { ExitCode } from "./cli-io";

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
