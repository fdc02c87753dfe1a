/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  readonly sizes: readonly number[];
  readonly json: boolean;
  readonly seed: number;
  /** Skip the CLI and ExcelJS timings (they spawn processes and write files). */
  readonly cli: boolean;
  /** Skip the round-trip counts against the in-memory Excel. */
  readonly syncs: boolean;
  /** Build dist/ with webpack when the task pane bundle is missing. */
  readonly build: boolean;
}

export const FULL_SIZES = [100, 1_000, 10_000, 50_000] as const;
export const QUICK_SIZES = [100, 1_000] as const;

export const USAGE = `Usage: npm run bench -- [--quick] [--sizes 100,1000,...] [--json] [--seed N] [--no-cli] [--no-syncs] [--no-build]
  --quick      sizes 100 and 1,000 only (a smoke run for CI)
  --sizes      comma-separated row counts (default ${FULL_SIZES.join(",")})
  --json       print one JSON object instead of the tables (progress still goes to stderr)
  --seed       seed of the synthetic registers (default 1)
  --no-cli     skip the CLI and ExcelJS timings
  --no-syncs   skip the round trips against the in-memory Excel
  --no-build   do not run webpack when dist/ has no task pane bundle`;

/**
 * @example parseBenchArgs(["--quick", "--json"]) // { sizes: [100, 1000], json: true, ... }
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | { readonly error: string } {
  let sizes: readonly number[] = FULL_SIZES;
  let json = false;
  let seed = 1;
  let cli = true;
  let syncs = true;
  let build = true;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    switch (arg) {
      case "--quick":
        sizes = QUICK_SIZES;
        break;
      case "--sizes": {
        const list = (argv[++index] ?? "").split(",").map((part) => Number(part.replace(/_/g, "").trim()));
        if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 1)) {
          return {
            error: "--sizes wants a comma-separated list of positive whole numbers, e.g. --sizes 100,5000",
          };
        }
        sizes = list;
        break;
      }
      case "--json":
        json = true;
        break;
      case "--seed": {
        seed = Number(argv[++index]);
        if (!Number.isInteger(seed)) return { error: "--seed wants a whole number" };
        break;
      }
      case "--no-cli":
        cli = false;
        break;
      case "--no-syncs":
        syncs = false;
        break;
      case "--no-build":
        build = false;
        break;
      default:
        return { error: `Unknown option ${arg ?? ""}` };
    }
  }
  return { sizes, json, seed, cli, syncs, build };
}
