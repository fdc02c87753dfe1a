import type { ReportKind, ReportSymbol } from "../model";

const KIND_ORDER: Readonly<Record<ReportKind, number>> = { REP: 0, NOTE: 1, ML: 2 };

/**
 * Orders reports newest first: by year descending, then number descending. Reports, notes and
 * management letters of the same year and number are kept apart in a fixed order (REP, NOTE, ML).
 *
 * @example [rep2020_2, rep2021_6, rep2020_8].sort(newestReportFirst) // 2021/6, 2020/8, 2020/2
 */
export function newestReportFirst(a: ReportSymbol, b: ReportSymbol): number {
  return b.year - a.year || b.number - a.number || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/** The key that identifies a report across rows: its canonical symbol. */
export function reportKey(report: ReportSymbol): string {
  return report.text;
}
