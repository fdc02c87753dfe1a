/**
 * `npm run bench`: times the core, the round trips of the Office.js adapter against the in-memory Excel,
 * the CLI end to end and the task pane bundle, on synthetic registers of 100 to 50,000 rows, and prints
 * each measurement beside its target. It never fails on a time: a missed target is a MISS in the table.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseBenchArgs, USAGE, type BenchOptions } from "./args";
import { measureBundle } from "./bundle";
import { cliReaderMode, ensureCliBuilt, ROOT } from "./cli-bench";
import { benchReport, REPORT_ROWS } from "./report-bench";
import { loadCoreModules } from "./core-modules";
import { describeMachine } from "./machine";
import { measureSize, messageOf, type SizeBench } from "./measure-size";
import { renderReport } from "./report";
import type { BenchExtras, BenchReport, BenchRow } from "./results";

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

async function main(): Promise<void> {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if ("error" in parsed) {
    log(`${parsed.error}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const workDir = mkdtempSync(path.join(os.tmpdir(), "jiu-bench-"));
  try {
    await benchAll(parsed, workDir);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

async function benchAll(options: BenchOptions, workDir: string): Promise<void> {
  const notes: string[] = [];
  const bench = prepare(options, workDir, notes);
  const rows: BenchRow[] = [];
  const extras: BenchExtras[] = [];
  for (const n of options.sizes) {
    const size = await measureSize(n, bench);
    rows.push(size.row);
    extras.push(size.extras);
    notes.push(...size.notes);
  }
  if (bench.cliReaderMode !== null) {
    log(`[${REPORT_ROWS} rows] the report document`);
    notes.push(await benchReport(workDir, options.seed));
  }
  log("task pane bundle");
  const bundle = measureBundle(ROOT, options.build, log);
  if (bundle.note) notes.push(`Bundle: ${bundle.note}`);
  const report: BenchReport = {
    machine: describeMachine(),
    rows,
    bundle: { taskpaneGzipBytes: bundle.taskpaneGzipBytes },
  };
  // A baseline that did not do its work fails the run, loudly, whatever the tables say.
  if (notes.some((note) => note.startsWith("FAILED"))) process.exitCode = 1;
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    for (const note of notes) log(`note: ${note}`);
  } else {
    process.stdout.write(`${renderReport(report, extras, notes)}\n`);
  }
}

/** Builds the CLI if needed and loads the core: what every size is measured with. */
function prepare(options: BenchOptions, workDir: string, notes: string[]): SizeBench {
  const buildProblem = ensureCliBuilt(log);
  if (buildProblem) notes.push(buildProblem);
  const cliReady = options.cli && buildProblem === null;
  const readerMode = cliReaderMode();
  if (cliReady)
    notes.push(`ExcelJS floor: read and write back in "${readerMode}" mode, the reader the CLI uses`);
  const core = loadCoreModules(ROOT);
  notes.push(
    core.source === "build"
      ? "Core timed as shipped: the tsc build in build/ (npm run build:cli)"
      : "Core timed from the TypeScript sources under tsx (build/ missing): expect it slower than shipped",
  );
  return { options, core, cliReaderMode: cliReady ? readerMode : null, workDir, log };
}

main().catch((error: unknown) => {
  log(`The benchmark stopped: ${messageOf(error)}`);
  process.exitCode = 1;
});
