/** Renders the benchmark as two plain-text tables: the measurements, then each target's verdict. */
import { count } from "./figures";
import { machineLine } from "./machine";
import { measurementsTable } from "./measurements-table";
import type { BenchExtras, BenchReport } from "./results";
import { judgeBundle, TARGETS } from "./targets";
import { targetsTable } from "./targets-table";

export function renderReport(
  report: BenchReport,
  extras: readonly BenchExtras[],
  notes: readonly string[],
): string {
  const gzip = report.bundle.taskpaneGzipBytes;
  const bundle = `Task pane bundle: ${gzip === null ? "not measured" : `${(gzip / 1024).toFixed(1)} KB gzipped`} (target <= ${TARGETS.bundleGzipBytes / 1024} KB): ${judgeBundle(gzip)}`;
  const findings = report.rows
    .map(
      (row, index) =>
        `${count(row.n)}: ${count(extras[index]?.findings ?? 0)} findings (${count(extras[index]?.errors ?? 0)} errors)`,
    )
    .join("; ");
  return [
    `Machine: ${machineLine(report.machine)}`,
    "",
    "Measurements (medians; core and floor in-process, CLI end to end including Node start-up;",
    "syncs with responses uncapped as on desktop Excel, web syncs under Excel on the web's 5 MB response cap):",
    measurementsTable(report.rows, extras),
    "",
    "Targets (issue 5; web validate: issue 11); the core < 1 s target applies at 50,000 rows,",
    `the web validate target to registers of ${count(TARGETS.webValidateFromRows)} rows or more (n/a below: the figure is shown):`,
    targetsTable(report.rows, extras),
    "",
    bundle,
    `Validation findings on the synthetic registers (warnings expected, no errors): ${findings}`,
    ...(notes.length > 0 ? ["", "Notes:", ...notes.map((note) => `- ${note}`)] : []),
  ].join("\n");
}
