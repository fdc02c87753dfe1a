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

/**
 * Rounds of `validate` then `annex`, alternating: the two are compared (annex <= 1.5 x validate), so
 * each pair sees the same load on a shared machine. Small files vary more and cost little: more rounds.
 */
function roundsFor(n: number): number {
  return n <= 1_000 ? 5 : 3;
}

async function medianRun(n: number, run: () => Promise<ChildRun>): Promise<ChildRun[]> {
  const runs: ChildRun[] = [];
  for (let index = 0; index < (n <= 1_000 ? 3 : 1); index += 1) runs.push(await run());
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

  const validateArgs = ["validate", file, "--json", "--as-of", SYNTHETIC_AS_OF];
  const annexArgs = ["annex", file, "-o", out, "--as-of", SYNTHETIC_AS_OF, "--lang", "en"];
  const trial = await runNode(CLI, annexArgs, ROOT);
  if (trial.code === 1) {
    notes.push(`n=${n}: annex refused (exit 1: ${firstLine(trial)}); timed with --force`);
    annexArgs.push("--force");
  }
  const validateRuns: ChildRun[] = [];
  const annexRuns: ChildRun[] = [];
  for (let round = 0; round < roundsFor(n); round += 1) {
    validateRuns.push(await runNode(CLI, validateArgs, ROOT));
    rmSync(out, { force: true });
    annexRuns.push(await runNode(CLI, annexArgs, ROOT));
  }
  const validate = timeValidate(validateRuns, n, notes);
  const annex = timeAnnex(annexRuns, n, { input: file, output: out }, notes);
  if (validate.ms !== null && annex.ms !== null) {
    const ratios = (of: (run: ChildRun) => number | null) =>
      annexRuns
        .map((run, round) => {
          const [annexMs, validateMs] = [of(run), of(validateRuns[round] as ChildRun)];
          return annexMs === null || validateMs === null ? "-" : (annexMs / validateMs).toFixed(2);
        })
        .join(", ");
    notes.push(
      `n=${n}: annex / validate, round by round: ${ratios((run) => run.ms)} (time); ` +
        `${ratios((run) => run.cpuMs)} (CPU time, which load hardly changes)`,
    );
  }
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
function timeValidate(runs: ChildRun[], n: number, notes: string[]): TimedRuns {
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

/**
 * `annex -o`, which must have written the three annexes: it says so, and the file it leaves (the last
 * run's) is the register's copy with them added, so larger than the register.
 */
function timeAnnex(
  runs: ChildRun[],
  n: number,
  files: { readonly input: string; readonly output: string },
  notes: string[],
): TimedRuns {
  const failed = runs.find((run) => run.code !== 0);
  if (failed) {
    notes.push(`FAILED n=${n}: annex exited ${String(failed.code)}: ${firstLine(failed)}`);
    return { runs, ms: null };
  }
  const said = runs.every((run) => run.stdout.includes("'Annex I', 'Annex II', 'Annex III'"));
  const grew = existsSync(files.output) && statSync(files.output).size > statSync(files.input).size;
  if (!said || !grew) {
    notes.push(`FAILED n=${n}: annex exited 0 but did not write the three annexes; it is no measurement`);
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
