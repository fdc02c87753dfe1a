import type { Summary } from "../core/summary-types";
import { formatLongDate, label, type Language } from "../labels/labels";
import { changeCells, changeCounts, changesBasisText, trendTitle } from "../layout";
import { terminalSafe } from "./terminal-text";
import { alignColumns } from "./text-columns";

/**
 * "Changes since the last report" as text: what the statuses are compared with, the counts, and one
 * aligned line per recommendation whose status changed (report, recommendation, from, to, addressee).
 *
 * @example changesLines(summary, "en")[0] // "Changes since the last report:"
 */
export function changesLines(summary: Summary, lang: Language): string[] {
  const { changes } = summary;
  const counts = changeCounts(changes).map(([id, count]) => [
    label(id, lang),
    count === null ? label("cli.summary.rateNotApplicable", lang) : String(count),
  ]);
  const lines = [
    `${label("changes.heading", lang)}:`,
    `  ${changesBasisText(changes, lang)}`,
    ...alignColumns(counts, 1),
  ];
  if (changes.basis === "none") return lines;
  if (changes.changes.length === 0) return [...lines, `  ${label("changes.none", lang)}`];
  const header = (
    ["changes.report", "changes.recommendation", "changes.from", "changes.to", "changes.addressee"] as const
  ).map((id) => label(id, lang));
  const rows = changes.changes.map((change) => changeCells(change, lang).map(terminalSafe));
  return [...lines, "", ...alignColumns([header, ...rows], 5)];
}

/**
 * The outstanding trend per reporting cycle, with a History sheet; nothing without one.
 *
 * @example trendLines(summary, "en")[0] // "Outstanding JIU recommendations by reporting cycle, 2022–2023:"
 */
export function trendLines(summary: Summary, lang: Language): string[] {
  const points = summary.outstandingTrend;
  if (points === null || points.length === 0) return [];
  const header = ["", label("cli.summary.legislative", lang), label("cli.summary.executiveHead", lang)];
  const rows = points.map((point) => [
    formatLongDate(point.asOf, lang),
    String(point.legislative),
    String(point.executiveHead),
  ]);
  return [`${trendTitle(points, lang)}:`, ...alignColumns([header, ...rows], 1)];
}
