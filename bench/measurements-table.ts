/** The first table of the bench: each size's measurements. */
import { count, mb, ms, ratio } from "./figures";
import type { BenchExtras, BenchRow } from "./results";
import { coreTotalMs } from "./targets";
import { type Column, judgedTable } from "./text-table";

type SyncCounts = { readonly validate: number; readonly summary: number; readonly annex: number } | null;
const syncCounts = (syncs: SyncCounts): string =>
  syncs ? `${syncs.validate}/${syncs.summary}/${syncs.annex}` : "-";

const COLUMNS: readonly Column[] = [
  ["rows", ({ row }) => count(row.n)],
  ["parse ms", ({ row }) => ms(row.coreMs.parse)],
  ["validate ms", ({ row }) => ms(row.coreMs.validate)],
  ["summarize ms", ({ row }) => ms(row.coreMs.summarize)],
  ["layout ms", ({ row }) => ms(row.coreMs.layout)],
  ["core ms", ({ row }) => ms(coreTotalMs(row))],
  ["floor ms", ({ row }) => ms(row.floorMs)],
  ["core/floor", ({ verdicts }) => ratio(verdicts.coreRatio)],
  ["char floor ms", ({ row }) => ms(row.charFloorMs)],
  ["core/char floor", ({ verdicts }) => ratio(verdicts.coreCharRatio)],
  ["syncs v/s/a", ({ row }) => syncCounts(row.syncs)],
  ["web syncs v/s/a", ({ extras }) => syncCounts(extras.webSyncs)],
  ["max request", ({ row }) => mb(row.maxRequestBytes)],
  ["max web response", ({ extras }) => mb(extras.maxResponseBytes)],
  ["CLI validate ms", ({ row }) => ms(row.cliMs?.validate)],
  ["CLI annex ms", ({ row }) => ms(row.cliMs?.annex)],
  ["ExcelJS floor ms", ({ row }) => ms(row.exceljsFloorMs)],
  ["CLI/ExcelJS", ({ verdicts }) => ratio(verdicts.cliRatio)],
  ["peak RSS MB", ({ row }) => (row.peakRssMb === null ? "-" : row.peakRssMb.toFixed(0))],
];

export function measurementsTable(rows: readonly BenchRow[], extras: readonly BenchExtras[]): string {
  return judgedTable(COLUMNS, rows, extras);
}
