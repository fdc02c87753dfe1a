/**
 * Times the CLI end to end on an .xlsx of each size, and ExcelJS alone on the same file (the floor).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { SYNTHETIC_AS_OF } from "../src/testing/synthetic-register";
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

  const validateRuns = await medianRun(n, () =>
    runNode(CLI, ["validate", file, "--json", "--as-of", SYNTHETIC_AS_OF], ROOT),
  );
  let validateMs: number | null = msOf(validateRuns);
  const firstValidate = validateRuns[0] as ChildRun;
  if (firstValidate.code !== 0 && firstValidate.code !== 1) {
    notes.push(`n=${n}: validate exited ${String(firstValidate.code)}: ${firstLine(firstValidate)}`);
    validateMs = null;
  } else {
    const rows = readRows(firstValidate.stdout);
    if (rows !== n) notes.push(`n=${n}: validate --json reported rows=${String(rows)}, expected ${n}`);
    if (firstValidate.code === 1)
      notes.push(`n=${n}: validate found errors in the synthetic register (exit 1)`);
  }

  const annexArgs = ["annex", file, "-o", out, "--as-of", SYNTHETIC_AS_OF, "--lang", "en"];
  let annexRuns = await medianRun(n, () => runNode(CLI, annexArgs, ROOT));
  if ((annexRuns[0] as ChildRun).code === 1) {
    notes.push(`n=${n}: annex refused (exit 1: ${firstLine(annexRuns[0] as ChildRun)}); timed with --force`);
    annexRuns = await medianRun(n, () => runNode(CLI, [...annexArgs, "--force"], ROOT));
  }
  let annexMs: number | null = msOf(annexRuns);
  if ((annexRuns[0] as ChildRun).code !== 0) {
    notes.push(
      `n=${n}: annex exited ${String((annexRuns[0] as ChildRun).code)}: ${firstLine(annexRuns[0] as ChildRun)}`,
    );
    annexMs = null;
  }

  const floorRuns = await medianRun(n, () => runNode(FLOOR_SCRIPT, [mode, file, floorOut], ROOT));
  let floorMs: number | null = msOf(floorRuns);
  const floorRows = readRows(floorRuns[0]?.stdout.trim().split("\n").pop() ?? "");
  if ((floorRuns[0] as ChildRun).code !== 0) {
    notes.push(`FAILED n=${n}: the ExcelJS floor failed: ${firstLine(floorRuns[0] as ChildRun)}`);
    floorMs = null;
  } else if (floorRows !== n) {
    // A baseline that did not read the register measures nothing: no ratio is computed against it.
    notes.push(
      `FAILED n=${n}: the ExcelJS floor (${mode}) read ${String(floorRows)} rows of ${n}; it is no baseline`,
    );
    floorMs = null;
  }
  rmSync(out, { force: true });
  rmSync(floorOut, { force: true });

  const peaks = [peakOf(validateRuns), peakOf(annexRuns)].filter((peak): peak is number => peak !== null);
  return {
    cliMs: { validate: validateMs, annex: annexMs },
    exceljsFloorMs: floorMs,
    peakRssMb: peaks.length === 0 ? null : Math.max(...peaks),
    annexPeakRssMb: peakOf(annexRuns),
    floorPeakRssMb: peakOf(floorRuns),
    notes,
  };
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
