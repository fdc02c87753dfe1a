import type { Register, Status } from "../core/model";
import { STATUSES } from "../core/summarize";
import type { Rates, Summary } from "../core/summary-types";
import { formatList, statusLabel } from "../labels/labels";
import { registerPlace } from "./load-register";

/**
 * The readable summary (English): the figures of the progress report's paragraphs 8 and 10,
 * Annex III and Figures 1 and 2, as aligned text.
 */
export function summaryText(summary: Summary, register: Register): string {
  const { legislative, executiveHead } = summary.outstanding;
  const title = `Status of JIU recommendations as of ${summary.asOf}${summary.organization ? ` (${summary.organization})` : ""}`;
  const lines = [
    title,
    countedLine(summary, register),
    "",
    `Outstanding: ${legislative} to legislative bodies, ${executiveHead} to the executive head.`,
    "",
    ...closureLines(summary),
    "",
    ...activeReportLines(summary),
    "",
    ...byYearLines(summary),
    "",
    "Rates",
    ...rateLines(summary),
  ];
  if (summary.plannedReviews.length > 0) {
    lines.push(
      "",
      `Planned JIU reviews: ${summary.plannedReviews.length} (sheet '${register.plannedReviewsSheet ?? ""}').`,
    );
  }
  if (summary.timeliness) {
    const { onTime, late, pending, overdue } = summary.timeliness;
    lines.push(
      "",
      `Requests from the JIU: ${onTime} answered on time, ${late} late, ${pending} pending, ${overdue} overdue.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function countedLine(summary: Summary, register: Register): string {
  const rows = register.rows.length;
  const read = `read from ${registerPlace(register)}`;
  if (summary.total === rows) return `${rows} ${rows === 1 ? "recommendation" : "recommendations"} ${read}.`;
  return (
    `${summary.total} of ${rows} rows ${read} counted; the others lack a readable report, number, addressee ` +
    `or acceptance (jiu-register validate lists them).`
  );
}

function closureLines(summary: Summary): string[] {
  const groups = summary.proposedForClosure;
  if (groups.length === 0) return ["Proposed for closure: none."];
  const width = Math.max(...groups.map((group) => group.report.text.length));
  return [
    `Proposed for closure (${groups.length} ${groups.length === 1 ? "report" : "reports"}):`,
    ...groups.map((group) => {
      const numbers = group.recommendations.map(String);
      const noun = numbers.length === 1 ? "recommendation" : "recommendations";
      return `  ${group.report.text.padEnd(width)}  ${noun} ${formatList(numbers, "en")}`;
    }),
  ];
}

function activeReportLines(summary: Summary): string[] {
  const reports = summary.activeReports;
  if (reports.length === 0) return ["Active reports: none."];
  const width = Math.max(...reports.map((report) => report.report.text.length));
  return [
    `Active reports (${reports.length}):`,
    ...reports.map(
      (report) =>
        `  ${report.report.text.padEnd(width)}  ${report.legislative} to legislative bodies, ` +
        `${report.executiveHead} to the executive head`,
    ),
  ];
}

function byYearLines(summary: Summary): string[] {
  if (summary.byYear.length === 0) return ["By review year: no recommendations."];
  const headers = ["Year", "Addressed to", ...STATUSES.map((status) => statusLabel(status, "en"))];
  const rows = summary.byYear.map((row) => [
    String(row.year),
    row.addressee === "legislative" ? "Legislative body" : "Executive head",
    ...STATUSES.map((status: Status) => String(row[status])),
  ]);
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const format = (cells: readonly string[]) =>
    `  ${cells
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join("  ")}`.trimEnd();
  return ["By review year and status:", format(headers), ...rows.map(format)];
}

function rateLines(summary: Summary): string[] {
  const { overall, legislative, executiveHead } = summary.rates;
  const line = (name: string, pick: (rates: Rates) => [number | null, number, number]) =>
    `  ${name}: ${[
      `${rateText(pick(overall))} overall`,
      `${rateText(pick(legislative))} legislative bodies`,
      `${rateText(pick(executiveHead))} executive head`,
    ].join("; ")}`;
  return [
    line("Acceptance", (rates) => [rates.acceptance, rates.accepted, acceptanceDenominator(rates)]),
    line("Implementation", (rates) => [rates.implementation, rates.implemented, rates.accepted]),
  ];
}

/** The acceptance rate's denominator, recovered from the rate (it excludes not-relevant and under-consideration). */
function acceptanceDenominator(rates: Rates): number {
  return rates.acceptance === null || rates.acceptance === 0
    ? 0
    : Math.round(rates.accepted / rates.acceptance);
}

function rateText([rate, numerator, denominator]: [number | null, number, number]): string {
  if (rate === null) return "n/a";
  const ofText = denominator > 0 ? ` (${numerator} of ${denominator})` : "";
  return `${Math.round(rate * 100)}%${ofText}`;
}
