import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runAnnex } from "./annex-command";
import { runRollover } from "./rollover-command";
import { COMMAND_NAMES, parseArgs, wantsDebug, type CliCommand, type CommandName } from "./args";
import { CliError } from "./cli-error";
import { EXIT, type CliIo, type ExitCode } from "./cli-io";
import { runNew } from "./new-command";
import { runReport } from "./report-command";
import { runSummary } from "./summary-command";
import { terminalSafeIo } from "./terminal-text";
import { todayIso } from "./today";
import type { Language } from "../labels/language";
import { helpLanguage, usageText } from "./usage";
import { runValidate } from "./validate-command";

export type { CliIo, CliOutput, ExitCode } from "./cli-io";
export { EXIT } from "./cli-io";

export interface CliEnvironment {
  /** The clock, for the default --as-of; tests fix it. */
  readonly now?: () => Date;
}

/**
 * Runs `jiu-register` with the arguments after the program name and returns the exit code. Never
 * throws and never prints a stack trace unless --debug is given: every problem becomes one line on
 * stderr (with the usage for a bad command line).
 *
 * @example await runCli(["validate", "register.xlsx", "--json"], { stdout: process.stdout, stderr: process.stderr })
 */
export async function runCli(
  argv: readonly string[],
  rawIo: CliIo,
  environment: CliEnvironment = {},
): Promise<ExitCode> {
  const debug = wantsDebug(argv);
  // Everything the CLI prints may carry a workbook's text (a sheet name in an error, a cell in a finding).
  const io = terminalSafeIo(rawIo);
  try {
    return await run(parseArgs(argv), io, environment, helpLanguage(argv));
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`${error.message}\n`);
      if (error.showUsage !== "none") {
        const topic = error.showUsage === "command" ? commandIn(argv) : null;
        io.stderr.write(`\n${usageText(topic, helpLanguage(argv))}`);
      }
      if (debug && error.stack) io.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      debug && error instanceof Error && error.stack
        ? `Internal error: ${error.stack}\n`
        : `Internal error: ${firstLine(message)}. Run again with --debug to see where, and please report it.\n`,
    );
    return EXIT.internal;
  }
}

async function run(
  command: CliCommand,
  io: CliIo,
  environment: CliEnvironment,
  helpLang: Language,
): Promise<ExitCode> {
  switch (command.command) {
    case "help":
      io.stdout.write(usageText(command.topic, helpLang));
      return EXIT.ok;
    case "version":
      io.stdout.write(`jiu-register ${packageVersion()}\n`);
      return EXIT.ok;
    case "new":
      return runNew(command, io);
    default: {
      const asOf = command.asOf ?? todayIso(environment.now?.());
      switch (command.command) {
        case "validate":
          return runValidate({ ...command, asOf }, io);
        case "summary":
          return runSummary({ ...command, asOf }, io);
        case "annex":
          return runAnnex({ ...command, asOf }, io);
        case "report":
          return runReport({ ...command, asOf }, io);
        case "rollover":
          return runRollover({ ...command, asOf }, io);
      }
    }
  }
}

/** The entry point of bin/jiu-register.js: the process's arguments, streams and exit code. */
export function runFromProcess(): void {
  // A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
  // Any other failure of the output streams leaves nowhere to report it, so only the exit code tells.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      process.exit(error.code === "EPIPE" ? (process.exitCode ?? EXIT.ok) : EXIT.internal);
    });
  }
  runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // runCli does not throw; this is the last guard.
      process.stderr.write(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}

function commandIn(argv: readonly string[]): CommandName | null {
  const first = argv[0];
  return first !== undefined && (COMMAND_NAMES as readonly string[]).includes(first)
    ? (first as CommandName)
    : null;
}

function firstLine(text: string): string {
  return (text.split("\n")[0] ?? "").replace(/\.$/, "");
}

function packageVersion(): string {
  try {
    // build/cli/main.js and src/cli/main.ts both sit two folders below package.json.
    const text = readFileSync(join(__dirname, "..", "..", "package.json"), "utf8");
    const version: unknown = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === "string" ? version : "unknown";
  } catch {
    return "unknown";
  }
}
