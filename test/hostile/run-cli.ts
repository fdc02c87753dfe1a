import { runCli } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Lines that look like a JavaScript stack frame ("    at f (file.js:1:2)"). */
export const STACK_LINE = /^\s+at .+[(:]/m;

/** The as-of date every hostile run uses, so that messages do not depend on the day the tests run. */
export const AS_OF = "2023-02-28";

/**
 * Runs `jiu-register` in-process with captured output and a fixed clock; `--as-of` is added unless given.
 *
 * @example const run = await cli("validate", "register.xlsx");
 */
export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const args = argv.includes("--as-of") ? argv : [...argv, "--as-of", AS_OF];
  const code = await runCli(
    args,
    {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    { now: () => new Date(2023, 1, 28, 12) },
  );
  return { code, stdout, stderr };
}

/** Escapes text for use inside a RegExp. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
