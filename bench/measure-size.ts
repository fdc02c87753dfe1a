/**
 * One register size of `npm run bench`: the core, the round trips against the in-memory Excel and the
 * CLI end to end, on one synthetic register, as a row of the tables.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { syntheticWorkbookGrid } from "../dev/synthetic/synthetic-register";
import { writeSyntheticXlsx } from "../dev/synthetic/synthetic-xlsx";
import type { BenchOptions } from "./args";
import { benchCli, type CliResult, type ExcelJsMode } from "./cli-bench";
import { benchCore, type CoreResult } from "./core-bench";
import type { CoreModules } from "./core-modules";
import { benchLiveCheck } from "./live-bench";
import type { BenchExtras, BenchRow } from "./results";
import { benchSyncs, type SyncResult } from "./sync-bench";
import { round } from "./timing";

/** What every size is measured with. */
export interface SizeBench {
  readonly options: BenchOptions;
  readonly core: CoreModules;
  /** The ExcelJS reader matching the CLI's; null when the CLI is not timed (not built, or --no-cli). */
  readonly cliReaderMode: ExcelJsMode | null;
  readonly workDir: string;
  readonly log: (line: string) => void;
}

export interface SizeResult {
  readonly row: BenchRow;
  readonly extras: BenchExtras;
  readonly notes: readonly string[];
}

/**
 * @example const { row } = await measureSize(1_000, bench); row.syncs?.validate // <= 3
 */
export async function measureSize(n: number, bench: SizeBench): Promise<SizeResult> {
  const { options, log } = bench;
  const notes: string[] = [];
  log(`[${n} rows] generating the register`);
  const grid = syntheticWorkbookGrid(n, options.seed);
  log(`[${n} rows] core`);
  const timing = benchCore(bench.core, grid, n, options.seed);
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
  if (bench.cliReaderMode !== null) {
    const file = path.join(bench.workDir, `register-${n}.xlsx`);
    log(`[${n} rows] writing ${path.basename(file)} and running the CLI`);
    await writeSyntheticXlsx(file, n, options.seed);
    cli = await benchCli(file, n, bench.workDir, bench.cliReaderMode);
    notes.push(...cli.notes);
    rmSync(file, { force: true });
  }
  return { row: benchRow(n, timing, syncs, cli), extras: benchExtras(timing, syncs, cli), notes };
}

/** The first line of an error's message. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
}

function benchRow(n: number, timing: CoreResult, syncs: SyncResult | null, cli: CliResult | null): BenchRow {
  return {
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
  };
}

function benchExtras(timing: CoreResult, syncs: SyncResult | null, cli: CliResult | null): BenchExtras {
  return {
    findings: timing.findings,
    errors: timing.errors,
    annexContentBytes: syncs ? syncs.annexContentBytes : null,
    floorPeakRssMb: cli?.floorPeakRssMb ?? null,
    maxResponseBytes: syncs ? syncs.maxResponseBytes : null,
    webSyncs: syncs ? syncs.webSyncs : null,
    webValidateResponseBytes: syncs ? syncs.webValidateResponseBytes : null,
  };
}
