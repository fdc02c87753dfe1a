/**
 * A small seeded pseudo-random generator (mulberry32), so synthetic registers are the same on every
 * machine and every run for a given seed. Not for anything that needs real randomness.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A roughly normal value (mean of three uniforms), clamped to [min, max]. */
  around(mean: number, spread: number, min: number, max: number): number;
}

/**
 * @example seededRandom(7).int(1, 6) // the same die roll on every run
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError("pick() needs at least one item");
      return items[int(0, items.length - 1)] as T;
    },
    around: (mean, spread, min, max) => {
      const normalish = (next() + next() + next()) / 1.5 - 1; // in (-1, 1), peaked at 0
      return Math.min(max, Math.max(min, Math.round(mean + normalish * spread)));
    },
  };
}
