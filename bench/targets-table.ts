/** The second table of the bench: each target's verdict, beside the figure it judged. */
import { count, mb, ms, ratio } from "./figures";
import type { BenchExtras, BenchRow } from "./results";
import { coreTotalMs, TARGETS } from "./targets";
import { type Column, judgedTable, type JudgedRow } from "./text-table";

const megabytes = (value: number | null): string => (value === null ? "-" : `${value.toFixed(0)} MB`);

/** Below the size it is set for, the web validate target shows its figure with n/a. */
function webValidateCell({ extras, verdicts }: JudgedRow): string {
  const syncs = extras.webSyncs?.validate ?? "-";
  const allowed = verdicts.webValidateSyncs === "n/a" ? "" : ` of ${verdicts.webValidateSyncsAllowed ?? "-"}`;
  return `${verdicts.webValidateSyncs} ${syncs}${allowed} (${mb(extras.webValidateResponseBytes)})`;
}

const COLUMNS: readonly Column[] = [
  ["rows", ({ row }) => count(row.n)],
  [`core <= ${TARGETS.coreFloorRatio}x floor`, ({ verdicts: v }) => `${v.coreVsFloor} ${ratio(v.coreRatio)}`],
  ["core/char floor (info)", ({ verdicts }) => ratio(verdicts.coreCharRatio)],
  ["core < 1 s", ({ row, verdicts }) => `${verdicts.coreUnderSecond} ${ms(coreTotalMs(row))} ms`],
  [
    `CLI validate <= ${TARGETS.cliFloorRatio}x ExcelJS`,
    ({ verdicts: v }) => `${v.cliVsFloor} ${ratio(v.cliRatio)}`,
  ],
  [
    `validate <= ${TARGETS.validateSyncs} syncs`,
    ({ row, verdicts }) => `${verdicts.validateSyncs} ${row.syncs?.validate ?? "-"}`,
  ],
  [
    `summary <= ${TARGETS.summarySyncs} syncs`,
    ({ row, verdicts }) => `${verdicts.summarySyncs} ${row.syncs?.summary ?? "-"}`,
  ],
  [
    "annex <= 3 + 1/4 MB syncs",
    ({ row, verdicts: v }) => `${v.annexSyncs} ${row.syncs?.annex ?? "-"} of ${v.annexSyncsAllowed ?? "-"}`,
  ],
  [
    `web validate <= 2 + 1/4.5 MB response syncs (from ${count(TARGETS.webValidateFromRows)})`,
    webValidateCell,
  ],
  ["requests <= 5,000,000 B", ({ row, verdicts }) => `${verdicts.requestSize} ${mb(row.maxRequestBytes)}`],
  [
    "web responses <= 5,000,000 B",
    ({ extras, verdicts }) => `${verdicts.responseSize} ${mb(extras.maxResponseBytes)}`,
  ],
  ["CLI RSS < 1.5 GB", ({ row, verdicts }) => `${verdicts.peakRss} ${megabytes(row.peakRssMb)}`],
  [
    `CLI annex <= ${TARGETS.annexValidateRatio}x validate (50,000)`,
    ({ verdicts: v }) => `${v.annexVsValidate} ${ratio(v.annexRatio)}`,
  ],
  [
    "annex RSS < 1 GB (100,000)",
    ({ row, verdicts }) => `${verdicts.annexRss} ${megabytes(row.annexPeakRssMb)}`,
  ],
];

export function targetsTable(rows: readonly BenchRow[], extras: readonly BenchExtras[]): string {
  return judgedTable(COLUMNS, rows, extras);
}
