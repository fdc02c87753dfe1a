/**
 * Times the pure core on a synthetic grid: parse, validate, summarize and layout, against the floor.
 * Medians of several repetitions after a warm-up, so the JIT has compiled the hot paths.
 */
import type { WorkbookGrid } from "../src/core/grid";
import type { Register } from "../src/core/model";
import type { CoreModules } from "./core-modules";
import { SYNTHETIC_AS_OF, syntheticWorkbookGrid } from "../dev/synthetic/synthetic-register";
import { charFloorPass, floorPass } from "./floor";
import { collectGarbage, median, repetitionsFor, timed } from "./timing";

export interface CoreTimes {
  readonly parse: number;
  readonly validate: number;
  readonly summarize: number;
  readonly layout: number;
}

export interface CoreResult {
  readonly coreMs: CoreTimes;
  readonly floorMs: number;
  /** Informative: a pass that reads every character once (see `charFloorPass`). */
  readonly charFloorMs: number;
  readonly findings: number;
  readonly errors: number;
}

/** Runs the whole pipeline once; returns each stage's milliseconds. */
export function runPipeline(
  core: CoreModules,
  grid: WorkbookGrid,
): { times: CoreTimes; findings: number; errors: number } {
  const { parseWorkbook, validate, summarize, layoutSummarySheet, layoutAnnexes } = core;
  const parsed = timed(() => parseWorkbook(grid));
  if (!parsed.result.ok)
    throw new Error(`The synthetic register did not parse: ${parsed.result.problem.code}`);
  const register: Register = parsed.result.register;
  const checked = timed(() => validate(register, SYNTHETIC_AS_OF));
  const summarized = timed(() => summarize(register, SYNTHETIC_AS_OF));
  const laidOut = timed(() => [
    layoutSummarySheet(summarized.result, "en"),
    ...layoutAnnexes(register, summarized.result, "en"),
  ]);
  return {
    times: { parse: parsed.ms, validate: checked.ms, summarize: summarized.ms, layout: laidOut.ms },
    findings: checked.result.length,
    errors: checked.result.filter((finding) => finding.severity === "error").length,
  };
}

let warmedUp = false;

/** A few passes over a mid-size register so that the timed runs measure compiled code. */
export function warmUp(core: CoreModules, seed: number): void {
  if (warmedUp) return;
  const grid = syntheticWorkbookGrid(2_000, seed + 1);
  for (let pass = 0; pass < 5; pass += 1) {
    runPipeline(core, grid);
    floorPass(grid);
    charFloorPass(grid);
  }
  warmedUp = true;
}

export function benchCore(core: CoreModules, grid: WorkbookGrid, n: number, seed: number): CoreResult {
  warmUp(core, seed);
  const repetitions = repetitionsFor(n);
  const runs: CoreTimes[] = [];
  let findings = 0;
  let errors = 0;
  // The floors are cheap and noisy: many more repetitions, each a batch of passes long enough to time.
  const batch = Math.max(1, Math.ceil(20_000 / Math.max(1, n)));
  collectGarbage();
  const floorMs = floorTime(() => floorPass(grid), repetitions * 3, batch);
  const charFloorMs = floorTime(() => charFloorPass(grid), repetitions * 3, batch);
  for (let repetition = 0; repetition < repetitions; repetition += 1) {
    collectGarbage();
    const run = runPipeline(core, grid);
    runs.push(run.times);
    findings = run.findings;
    errors = run.errors;
  }
  return {
    coreMs: {
      parse: median(runs.map((run) => run.parse)),
      validate: median(runs.map((run) => run.validate)),
      summarize: median(runs.map((run) => run.summarize)),
      layout: median(runs.map((run) => run.layout)),
    },
    floorMs,
    charFloorMs,
    findings,
    errors,
  };
}

/** Median milliseconds of one pass, over `repetitions` batches of `batch` passes. */
function floorTime(pass: () => number, repetitions: number, batch: number): number {
  const times: number[] = [];
  let sink = 0;
  for (let repetition = 0; repetition < repetitions; repetition += 1) {
    const floor = timed(() => {
      let total = 0;
      for (let count = 0; count < batch; count += 1) total += pass();
      return total;
    });
    times.push(floor.ms / batch);
    sink += floor.result;
  }
  if (Number.isNaN(sink)) console.error(sink); // keeps the passes' results alive
  return median(times);
}
