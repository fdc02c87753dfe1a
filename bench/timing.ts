import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import vm from "node:vm";

/**
 * A full garbage collection between timed runs, so that one run does not pay for the garbage of the
 * one before. `--expose-gc` set at run time makes `gc` available to new contexts without a CLI flag.
 */
export const collectGarbage: () => void = (() => {
  v8.setFlagsFromString("--expose-gc");
  const gc: unknown = vm.runInNewContext("gc");
  return typeof gc === "function" ? () => void gc() : () => undefined;
})();

/** Repetitions per size: many for small registers (noisy), few for large ones (slow, steadier). */
export function repetitionsFor(n: number): number {
  if (n <= 1_000) return 21;
  if (n <= 10_000) return 7;
  return 5;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Milliseconds one call takes, and what it returned. */
export function timed<T>(work: () => T): { readonly ms: number; readonly result: T } {
  const start = performance.now();
  const result = work();
  return { ms: performance.now() - start, result };
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
