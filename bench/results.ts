import type { MachineDescription } from "./machine";

/** One size's measurements, exactly as `--json` prints them (null: not measured, see the notes). */
export interface BenchRow {
  readonly n: number;
  readonly coreMs: {
    readonly parse: number;
    readonly validate: number;
    readonly summarize: number;
    readonly layout: number;
  };
  readonly floorMs: number;
  /** Informative, not a target: a pass that reads every character of every cell once. */
  readonly charFloorMs: number;
  readonly syncs: { readonly validate: number; readonly summary: number; readonly annex: number } | null;
  readonly maxRequestBytes: number | null;
  readonly cliMs: { readonly validate: number | null; readonly annex: number | null } | null;
  readonly exceljsFloorMs: number | null;
  readonly peakRssMb: number | null;
  /** Peak RSS of `annex -o` alone. */
  readonly annexPeakRssMb: number | null;
}

/** What the tables show besides the JSON fields. */
export interface BenchExtras {
  readonly findings: number;
  readonly errors: number;
  /** UTF-8 bytes of the annex sheets' cell values: the target allows one more sync per 4 MB of it. */
  readonly annexContentBytes: number | null;
  readonly floorPeakRssMb: number | null;
  /** Largest response of one sync under Excel on the web's 5 MB response cap. */
  readonly maxResponseBytes: number | null;
  /** Round trips where responses are capped at 5 MB (Excel on the web); `syncs` is uncapped (desktop). */
  readonly webSyncs: { readonly validate: number; readonly summary: number; readonly annex: number } | null;
  /** Bytes of all responses while validating under the web cap. */
  readonly webValidateResponseBytes: number | null;
}

export interface BenchReport {
  readonly machine: MachineDescription;
  readonly rows: readonly BenchRow[];
  readonly bundle: { readonly taskpaneGzipBytes: number | null };
}
