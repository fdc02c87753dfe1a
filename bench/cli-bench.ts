/**
 * Times the CLI end to end on an .xlsx of each size, and ExcelJS alone on the same file (the floor).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { SYNTHETIC_AS_OF } from "../dev/synthetic/synthetic-register";
import { runNode, type ChildRun } from "./children";
import { median } from "./timing";

export const ROOT = path.resolve(__dirname, "..");
const CLI = path.join(ROOT, "bin", "jiu-register.js");
const CLI_BUILD = path.join(ROOT, "build", "cli", "main.js");
const FLOOR_SCRIPT = path.join(__dirname, "exceljs-floor.cjs");
const CLI_SOURCES = ["src/core", "src/labels", "src/layout", "src/xlsx", "src/docx", "src/cli"];

export type ExcelJsMode = "document" | "stream";

export interface CliResult {
  readonly cliMs: { readonly validate: number | null; readonly annex: number | null };
  readonly exceljsFloorMs: number | null;
  readonly peakRssMb: number | null;
  /** Peak RSS of `annex -o` alone (its target is separate). */
  readonly annexPeakRssMb: number | null;
  /** Peak RSS of the ExcelJS floor, for comparison. */
  readonly floorPeakRssMb: number | null;
  readonly notes: readonly string[];
}

/**
 * Builds the CLI (and with it the compiled core the benchmark times) when build/ is missing or
 * older than its sources. Returns a note when it cannot.
 */
export function ensureCliBuilt(log: (line: string) => void): string | null {
  if (existsSync(CLI_BUILD) && statSync(CLI_BUILD).mtimeMs >= newestSource()) return null;
  log("Building the CLI (npm run build:cli)...");
  const build = spawnSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) {
    const firstError = `${build.stdout}\n${build.stderr}`.split("\n").find((line) => /error/i.test(line));
    return `The CLI did not build (npm run build:cli): ${firstError?.trim() ?? "see its output"}`;
  }
  return existsSync(CLI_BUILD) ? null : `npm run build:cli wrote no ${path.relative(ROOT, CLI_BUILD)}`;
}

function newestSource(): number {
  let newest = 0;
  const visit = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of CLI_SOURCES) visit(path.join(ROOT, dir));
  return newest;
}

/**
 * Which ExcelJS reader matches the CLI's: the whole-document Workbook when src/xlsx loads the file
 * that way (`xlsx.readFile` / `xlsx.load`), else the streaming WorkbookReader, the fair floor for a
 * reader that streams the sheets (through ExcelJS or its own SAX parser).
 */
export function cliReaderMode(): ExcelJsMode {
  let whole = false;
  const visit = (folder: string): void => {
    if (!existsSync(folder)) return;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (/\.ts$/.test(entry.name) && /xlsx\.(readFile|load)\(/.test(readFileSync(full, "utf8")))
        whole = true;
    }
  };
  visit(path.join(ROOT, "src", "xlsx"));
  return whole ? "document" : "stream";
}

/** Small files run in well under a second and vary: take the median of a few runs. */
function runsFor(n: number): number {
  return n <= 1_000 ? 3 : 1;
}

async function medianRun(n: number, run: () => Promise<ChildRun>): Promise<ChildRun[]> {
  const runs: ChildRun[] = [];
  for (let index = 0; index < runsFor(n); index += 1) runs.push(await run());
  return runs;
}

const msOf = (runs: readonly ChildRun[]): number => median(runs.map((run) => run.ms));
const peakOf = (runs: readonly ChildRun[]): number | null =>
  runs.some((run) => run.peakRssMb === null) ? null : Math.max(...runs.map((run) => run.peakRssMb as number));
const firstLine = (run: ChildRun): string =>
  (run.stderr.trim() || run.stdout.trim()).split("\n")[0]?.slice(0, 200) ?? "";

export async function benchCli(
  file: string,
  n: number,
  workDir: string,
  mode: ExcelJsMode,
): Promise<CliResult> {
  const notes: string[] = [];
  const out = path.join(workDir, `annex-${n}.xlsx`);
  const floorOut = path.join(workDir, `exceljs-${n}.xlsx`);

  const validate = await timeValidate(file, n, notes);
  const annex = await timeAnnex(file, n, out, notes);
  const floor = await timeFloor(file, n, floorOut, mode, notes);
  rmSync(out, { force: true });
  rmSync(floorOut, { force: true });

  const peaks = [peakOf(validate.runs), peakOf(annex.runs)].filter((peak): peak is number => peak !== null);
  return {
    cliMs: { validate: validate.ms, annex: annex.ms },
    exceljsFloorMs: floor.ms,
    peakRssMb: peaks.length === 0 ? null : Math.max(...peaks),
    annexPeakRssMb: peakOf(annex.runs),
    floorPeakRssMb: peakOf(floor.runs),
    notes,
  };
}

/** The runs of one command and their median time, or null when the runs did not do the work. */
interface TimedRuns {
  readonly runs: ChildRun[];
  readonly ms: number | null;
}

/** `validate --json`, which must read all n rows of the synthetic register. */
async function timeValidate(file: string, n: number, notes: string[]): Promise<TimedRuns> {
  const runs = await medianRun(n, () =>
    runNode(CLI, ["validate", file, "--json", "--as-of", SYNTHETIC_AS_OF], ROOT),
  );
  const first = runs[0] as ChildRun;
  if (first.code !== 0 && first.code !== 1) {
    notes.push(`n=${n}: validate exited ${String(first.code)}: ${firstLine(first)}`);
    return { runs, ms: null };
  }
  const rows = readRows(first.stdout);
  if (rows !== n) notes.push(`n=${n}: validate --json reported rows=${String(rows)}, expected ${n}`);
  if (first.code === 1) notes.push(`n=${n}: validate found errors in the synthetic register (exit 1)`);
  return { runs, ms: msOf(runs) };
}

/** `annex -o`, again with --force when the register's errors make it refuse. */
async function timeAnnex(file: string, n: number, out: string, notes: string[]): Promise<TimedRuns> {
  const annexArgs = ["annex", file, "-o", out, "--as-of", SYNTHETIC_AS_OF, "--lang", "en"];
  let runs = await medianRun(n, () => runNode(CLI, annexArgs, ROOT));
  if ((runs[0] as ChildRun).code === 1) {
    notes.push(`n=${n}: annex refused (exit 1: ${firstLine(runs[0] as ChildRun)}); timed with --force`);
    runs = await medianRun(n, () => runNode(CLI, [...annexArgs, "--force"], ROOT));
  }
  const first = runs[0] as ChildRun;
  if (first.code !== 0) {
    notes.push(`n=${n}: annex exited ${String(first.code)}: ${firstLine(first)}`);
    return { runs, ms: null };
  }
  return { runs, ms: msOf(runs) };
}

/** The ExcelJS floor, which must read all n rows to be a baseline. */
async function timeFloor(
  file: string,
  n: number,
  floorOut: string,
  mode: ExcelJsMode,
  notes: string[],
): Promise<TimedRuns> {
  const runs = await medianRun(n, () => runNode(FLOOR_SCRIPT, [mode, file, floorOut], ROOT));
  const floorRows = readRows(runs[0]?.stdout.trim().split("\n").pop() ?? "");
  if ((runs[0] as ChildRun).code !== 0) {
    notes.push(`FAILED n=${n}: the ExcelJS floor failed: ${firstLine(runs[0] as ChildRun)}`);
    return { runs, ms: null };
  }
  if (floorRows !== n) {
    // A baseline that did not read the register measures nothing: no ratio is computed against it.
    notes.push(
      `FAILED n=${n}: the ExcelJS floor (${mode}) read ${String(floorRows)} rows of ${n}; it is no baseline`,
    );
    return { runs, ms: null };
  }
  return { runs, ms: msOf(runs) };
}

function readRows(stdout: string): number | null {
  try {
    const parsed: unknown = JSON.parse(stdout);
    if (
      parsed !== null &&
      typeof parsed === "object" &&
      "rows" in parsed &&
      typeof parsed.rows === "number"
    ) {
      return parsed.rows;
    }
    return null;
  } catch {
    return null;
  }
}
