/**
 * `npm run bench`: times the core, the round trips of the Office.js adapter against the in-memory Excel,
 * the CLI end to end and the task pane bundle, on synthetic registers of 100 to 50,000 rows, and prints
 * each measurement beside its target. It never fails on a time: a missed target is a MISS in the table.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { syntheticWorkbookGrid } from "../dev/synthetic/synthetic-register";
import { writeSyntheticXlsx } from "../dev/synthetic/synthetic-xlsx";
import { parseBenchArgs, USAGE, type BenchOptions } from "./args";
import { measureBundle } from "./bundle";
import { benchCli, cliReaderMode, ensureCliBuilt, ROOT, type CliResult } from "./cli-bench";
import { benchCore } from "./core-bench";
import { benchReport, REPORT_ROWS } from "./report-bench";
import { loadCoreModules } from "./core-modules";
import { describeMachine } from "./machine";
import { renderReport } from "./report";
import type { BenchExtras, BenchReport, BenchRow } from "./results";
import { benchSyncs, type SyncResult } from "./sync-bench";
import { benchLiveCheck } from "./live-bench";
import { round } from "./timing";

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
  const options: BenchOptions = parsed;
  const notes: string[] = [];
  const workDir = mkdtempSync(path.join(os.tmpdir(), "jiu-bench-"));
  try {
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
    const rows: BenchRow[] = [];
    const extras: BenchExtras[] = [];
    for (const n of options.sizes) {
      log(`[${n} rows] generating the register`);
      const grid = syntheticWorkbookGrid(n, options.seed);
      log(`[${n} rows] core`);
      const timing = benchCore(core, grid, n, options.seed);
      let syncs: SyncResult | null = null;
      if (options.syncs) {
        log(`[${n} rows] round trips against the in-memory Excel`);
        try {
          syncs = await benchSyncs(grid);
          notes.push(...syncs.notes);
          log(`[${n} rows] check as I type`);
          notes.push(await benchLiveCheck(grid, n));
        } catch (error) {
          notes.push(`n=${n}: round trips not measured: ${messageOf(error)}`);
        }
      }
      let cli: CliResult | null = null;
      if (cliReady) {
        const file = path.join(workDir, `register-${n}.xlsx`);
        log(`[${n} rows] writing ${path.basename(file)} and running the CLI`);
        await writeSyntheticXlsx(file, n, options.seed);
        cli = await benchCli(file, n, workDir, readerMode);
        notes.push(...cli.notes);
        rmSync(file, { force: true });
      }
      rows.push({
        n,
        coreMs: {
          parse: round(timing.coreMs.parse),
          validate: round(timing.coreMs.validate),
          summarize: round(timing.coreMs.summarize),
          layout: round(timing.coreMs.layout),
        },
        floorMs: round(timing.floorMs, 3),
        charFloorMs: round(timing.charFloorMs, 3),
        syncs: syncs ? syncs.syncs : null,
        maxRequestBytes: syncs ? syncs.maxRequestBytes : null,
        cliMs: cli
          ? {
              validate: cli.cliMs.validate === null ? null : round(cli.cliMs.validate, 0),
              annex: cli.cliMs.annex === null ? null : round(cli.cliMs.annex, 0),
            }
          : null,
        exceljsFloorMs: cli?.exceljsFloorMs == null ? null : round(cli.exceljsFloorMs, 0),
        peakRssMb: cli?.peakRssMb == null ? null : round(cli.peakRssMb, 0),
        annexPeakRssMb: cli?.annexPeakRssMb == null ? null : round(cli.annexPeakRssMb, 0),
      });
      extras.push({
        findings: timing.findings,
        errors: timing.errors,
        annexContentBytes: syncs ? syncs.annexContentBytes : null,
        floorPeakRssMb: cli?.floorPeakRssMb ?? null,
        maxResponseBytes: syncs ? syncs.maxResponseBytes : null,
        webSyncs: syncs ? syncs.webSyncs : null,
        webValidateResponseBytes: syncs ? syncs.webValidateResponseBytes : null,
      });
    }
    if (cliReady) {
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
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

main().catch((error: unknown) => {
  log(`The benchmark stopped: ${messageOf(error)}`);
  process.exitCode = 1;
});
