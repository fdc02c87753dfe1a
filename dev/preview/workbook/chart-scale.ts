/**
 * A "nice" axis for values from 0 to `max`: a step of 1, 2 or 5 times a power of ten, at most `maxTicks`
 * steps, and a top that is a whole number of steps.
 *
 * @example niceAxis(17, 5) // { step: 5, top: 20 }
 */
export function niceAxis(max: number, maxTicks: number): { step: number; top: number } {
  if (!(max > 0)) return { step: 1, top: 1 };
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const wholeStep = Math.max(step, Number.isInteger(max) ? 1 : step);
  return { step: wholeStep, top: Math.ceil(max / wholeStep) * wholeStep };
}

/** The height of each category's stack: the axis must reach the tallest. */
export function stackTotals(
  series: readonly { readonly values: readonly number[] }[],
  categories: number,
): number[] {
  const totals = new Array<number>(categories).fill(0);
  for (const s of series) {
    for (let i = 0; i < categories; i++) totals[i] = (totals[i] ?? 0) + Math.max(0, s.values[i] ?? 0);
  }
  return totals;
}
