/**
 * Sheets at Excel's limit of 1,048,576 rows, run through the CLI in a child process whose heap is capped at
 * the CLI's 1.5 GB budget: the CLI must refuse them or get through them within it, never run out of memory.
 * (The sparse and dimension-tag cases, which read quickly, are in the corpus test.)
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { tempFolder } from "../xlsx/read/fixtures";
import { MAX_SHEET_ROWS, writeMillionRowRegister } from "./big-sheet";
import { AS_OF, STACK_LINE } from "./run-cli";

const ROOT = join(__dirname, "..", "..");
const HEAP_LIMIT_MB = 1536;

interface ChildRun {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stdoutBytes: number;
  readonly stdoutTail: string;
  readonly stderr: string;
}

/** Runs the CLI from the sources in a child process with a capped heap; keeps only the tail of stdout. */
function cliInChild(...args: string[]): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${HEAP_LIMIT_MB}`, "--import", "tsx", join(__dirname, "cli-entry.ts"), ...args],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdoutBytes = 0;
    let stdoutTail = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdoutBytes += Buffer.byteLength(chunk);
      stdoutTail = (stdoutTail + chunk).slice(-4000);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdoutBytes, stdoutTail, stderr }));
  });
}

describe("registers at the sheet's 1,048,576-row limit", () => {
  const folder = tempFolder("jiu-hostile-max-");
  afterAll(() => folder.dispose());

  it("a sheet filled to row 1,048,576 is refused with one line saying why and what to do", async () => {
    const path = folder.path("full.xlsx");
    writeMillionRowRegister(path, { dataRows: MAX_SHEET_ROWS - 1 });
    const run = await cliInChild("validate", path, "--as-of", AS_OF);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(2);
    expect(run.stdoutBytes).toBe(0);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    // The reader's cell or element budget or the parser's row limit, whichever comes first: all say what to do.
    expect(run.stderr).toMatch(
      /is too large to read: sheet 'Register' takes the workbook past [\d,]+ (rows and )?cells.*split the register|has more than 100,000 rows, down to row 1,048,576.*split the register/,
    );
  }, 120_000);

  it("100,000 rows that are each wrong in most columns are validated within the memory budget", async () => {
    const path = folder.path("faulty.xlsx");
    writeMillionRowRegister(path, { dataRows: 100_000, faulty: true });
    const run = await cliInChild("validate", path, "--as-of", AS_OF);
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdoutTail).toMatch(
      /100000 recommendations read from sheet 'Register'; 700000 errors, 0 warnings\.\n$/,
    );
  }, 180_000);
});
