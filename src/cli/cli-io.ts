/** Where the CLI writes. Tests pass string collectors; `runFromProcess` passes the process streams. */
export interface CliOutput {
  write(text: string): unknown;
}

export interface CliIo {
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
}

/**
 * Exit codes. 1 means the register has errors (validate found them, or a writing command refused
 * because of them); 2 means the command could not run at all: bad arguments or unusable input.
 */
export const EXIT = {
  ok: 0,
  registerErrors: 1,
  unusable: 2,
  /** A fault of the program itself; the message asks for --debug. */
  internal: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
