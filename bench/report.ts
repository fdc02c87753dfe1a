/** Renders the benchmark as two plain-text tables: the measurements, then each target's verdict. */
import { machineLine } from "./machine";
import type { BenchExtras, BenchReport } from "./results";
import { coreTotalMs, judgeBundle, judgeRow, TARGETS } from "./targets";

const ms = (value: number | null | undefined): string =>
  value === null || value === undefined
    ? "-"
    : value < 10
      ? value.toFixed(2)
      : value < 100
        ? value.toFixed(1)
        : value.toFixed(0);
const ratio = (value: number | null): string =>
  value === null || !Number.isFinite(value) ? "-" : `${value.toFixed(1)}x`;
const mb = (bytes: number | null): string => (bytes === null ? "-" : `${(bytes / 1e6).toFixed(2)} MB`);
const count = (n: number): string => n.toLocaleString("en-US");

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [line(headers), rule, ...rows.map(line)].join("\n");
}

export function renderReport(
  report: BenchReport,
  extras: readonly BenchExtras[],
  notes: readonly string[],
): string {
  const measured = table(
    [
      "rows",
      "parse ms",
      "validate ms",
      "summarize ms",
      "layout ms",
      "core ms",
      "floor ms",
      "core/floor",
      "char floor ms",
      "core/char floor",
      "syncs v/s/a",
      "web syncs v/s/a",
      "max request",
      "max web response",
      "CLI validate ms",
      "CLI annex ms",
      "ExcelJS floor ms",
      "CLI/ExcelJS",
      "peak RSS MB",
    ],
    report.rows.map((row, index) => {
      const verdicts = judgeRow(row, extras[index] as BenchExtras);
      return [
        count(row.n),
        ms(row.coreMs.parse),
        ms(row.coreMs.validate),
        ms(row.coreMs.summarize),
        ms(row.coreMs.layout),
        ms(coreTotalMs(row)),
        ms(row.floorMs),
        ratio(verdicts.coreRatio),
        ms(row.charFloorMs),
        ratio(verdicts.coreCharRatio),
        row.syncs ? `${row.syncs.validate}/${row.syncs.summary}/${row.syncs.annex}` : "-",
        extras[index]?.webSyncs
          ? `${extras[index]?.webSyncs?.validate}/${extras[index]?.webSyncs?.summary}/${extras[index]?.webSyncs?.annex}`
          : "-",
        mb(row.maxRequestBytes),
        mb(extras[index]?.maxResponseBytes ?? null),
        ms(row.cliMs?.validate),
        ms(row.cliMs?.annex),
        ms(row.exceljsFloorMs),
        ratio(verdicts.cliRatio),
        row.peakRssMb === null ? "-" : row.peakRssMb.toFixed(0),
      ];
    }),
  );
  const judged = table(
    [
      "rows",
      `core <= ${TARGETS.coreFloorRatio}x floor`,
      "core/char floor (info)",
      "core < 1 s",
      `CLI validate <= ${TARGETS.cliFloorRatio}x ExcelJS`,
      `validate <= ${TARGETS.validateSyncs} syncs`,
      `summary <= ${TARGETS.summarySyncs} syncs`,
      "annex <= 3 + 1/4 MB syncs",
      "web validate <= 2 + 1/4.5 MB response syncs",
      "requests <= 5,000,000 B",
      "web responses <= 5,000,000 B",
      "CLI RSS < 1.5 GB",
      `CLI annex <= ${TARGETS.annexValidateRatio}x validate (50,000)`,
      "annex RSS < 1 GB (100,000)",
    ],
    report.rows.map((row, index) => {
      const extra = extras[index] as BenchExtras;
      const verdicts = judgeRow(row, extra);
      return [
        count(row.n),
        `${verdicts.coreVsFloor} ${ratio(verdicts.coreRatio)}`,
        ratio(verdicts.coreCharRatio),
        `${verdicts.coreUnderSecond} ${ms(coreTotalMs(row))} ms`,
        `${verdicts.cliVsFloor} ${ratio(verdicts.cliRatio)}`,
        `${verdicts.validateSyncs} ${row.syncs?.validate ?? "-"}`,
        `${verdicts.summarySyncs} ${row.syncs?.summary ?? "-"}`,
        `${verdicts.annexSyncs} ${row.syncs?.annex ?? "-"} of ${verdicts.annexSyncsAllowed ?? "-"}`,
        `${verdicts.webValidateSyncs} ${extra.webSyncs?.validate ?? "-"} of ${verdicts.webValidateSyncsAllowed ?? "-"} (${mb(extra.webValidateResponseBytes)})`,
        `${verdicts.requestSize} ${mb(row.maxRequestBytes)}`,
        `${verdicts.responseSize} ${mb(extra.maxResponseBytes)}`,
        `${verdicts.peakRss} ${row.peakRssMb === null ? "-" : `${row.peakRssMb.toFixed(0)} MB`}`,
        `${verdicts.annexVsValidate} ${ratio(verdicts.annexRatio)}`,
        `${verdicts.annexRss} ${row.annexPeakRssMb === null ? "-" : `${row.annexPeakRssMb.toFixed(0)} MB`}`,
      ];
    }),
  );
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
    measured,
    "",
    "Targets (issue 5; web validate: issue 11); the core < 1 s target applies at 50,000 rows:",
    judged,
    "",
    bundle,
    `Validation findings on the synthetic registers (warnings expected, no errors): ${findings}`,
    ...(notes.length > 0 ? ["", "Notes:", ...notes.map((note) => `- ${note}`)] : []),
  ].join("\n");
}
