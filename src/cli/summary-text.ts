import type { RecommendationId, Register } from "../core/model";
import type { Rates, Summary } from "../core/summary-types";
import {
  formatLabel,
  formatList,
  formatPercent,
  formatPlural,
  label,
  statusLabel,
  type LabelId,
  type Language,
} from "../labels/labels";
import { figureStatuses } from "../layout";
import { changesLines, trendLines } from "./summary-changes-text";
import { terminalSafe } from "./terminal-text";
import { alignColumns, displayWidth, padTo } from "./text-columns";

/**
 * The readable summary in the language of `--lang`: the figures of the progress report's paragraphs 8 and
 * 10, Annex III and Figures 1 and 2, as aligned text.
 *
 * @example summaryText(summary, register, "zh") // "截至 2023-02-28的联检组建议情况（世界知识产权组织（产权组织））\n…"
 */
export function summaryText(summary: Summary, register: Register, lang: Language = "en"): string {
  const { legislative, executiveHead } = summary.outstanding;
  const title = summary.organization
    ? formatLabel("cli.summary.titleWithOrganization", lang, {
        date: summary.asOf,
        organization: terminalSafe(summary.organization),
      })
    : formatLabel("cli.summary.title", lang, { date: summary.asOf });
  const lines = [
    title,
    countedLine(summary, register, lang),
    "",
    formatLabel("cli.summary.outstanding", lang, { legislative, executiveHead }),
    "",
    ...closureLines(summary, lang),
    "",
    ...activeReportLines(summary, lang),
    "",
    ...byYearLines(summary, lang),
    "",
    label("cli.summary.rates", lang),
    ...rateLines(summary, lang),
    "",
    ...changesLines(summary, lang),
  ];
  const trend = trendLines(summary, lang);
  if (trend.length > 0) lines.push("", ...trend);
  if (summary.plannedReviews.length > 0) {
    const sheet = terminalSafe(register.plannedReviewsSheet ?? "");
    lines.push("", formatLabel("cli.summary.planned", lang, { count: summary.plannedReviews.length, sheet }));
  }
  if (summary.timeliness)
    lines.push("", formatLabel("cli.summary.requests", lang, { ...summary.timeliness }));
  return `${lines.join("\n")}\n`;
}

/**
 * Where the register was found: "sheet '登记册'" or "table 'Register' on sheet '登记册'" (in Chinese,
 * 工作表“登记册”中的表格“Register”).
 *
 * @example registerPlaceIn(register, "en") // "table 'Register' on sheet '建议登记册'"
 */
export function registerPlaceIn(register: Register, lang: Language): string {
  return register.table === null
    ? formatLabel("cli.place.sheet", lang, { sheet: terminalSafe(register.sheet) })
    : formatLabel("cli.place.table", lang, {
        sheet: terminalSafe(register.sheet),
        table: terminalSafe(register.table),
      });
}

function countedLine(summary: Summary, register: Register, lang: Language): string {
  const rows = register.rows.length;
  const place = registerPlaceIn(register, lang);
  if (summary.total === rows) {
    return formatPlural("cli.summary.read", lang, rows, { place });
  }
  return formatLabel("cli.summary.readSome", lang, { counted: summary.total, rows, place });
}

/**
 * "recommendations 3(a), 3(b) and 7", the identifiers as written, the informal ones named after them.
 *
 * @example recommendationsPhrase([id("4")], "en") // "recommendation 4"
 */
export function recommendationsPhrase(ids: readonly RecommendationId[], lang: Language): string {
  const numbered = ids.filter((id) => !id.unnumbered).map((id) => terminalSafe(id.text));
  const unnumbered = numbered.length < ids.length;
  if (numbered.length === 0) return label("cli.recommendations.unnumbered", lang);
  const id = unnumbered ? "cli.recommendations.andUnnumbered" : "cli.recommendations";
  return formatPlural(id, lang, numbered.length, { numbers: formatList(numbered, lang) });
}

function closureLines(summary: Summary, lang: Language): string[] {
  const groups = summary.proposedForClosure;
  if (groups.length === 0) return [label("cli.summary.closureNone", lang)];
  const width = Math.max(...groups.map((group) => displayWidth(terminalSafe(group.report.text))));
  const heading = formatPlural("cli.summary.closure", lang, groups.length);
  return [
    heading,
    ...groups.map(
      (group) =>
        `  ${padTo(terminalSafe(group.report.text), width)}  ${recommendationsPhrase(group.recommendations, lang)}`,
    ),
  ];
}

function activeReportLines(summary: Summary, lang: Language): string[] {
  const reports = summary.activeReports;
  if (reports.length === 0) return [label("cli.summary.activeNone", lang)];
  const width = Math.max(...reports.map((report) => displayWidth(terminalSafe(report.report.text))));
  return [
    formatLabel("cli.summary.active", lang, { count: reports.length }),
    ...reports.map((report) => {
      const counts = formatLabel("cli.summary.activeCounts", lang, {
        legislative: report.legislative,
        executiveHead: report.executiveHead,
      });
      return `  ${padTo(terminalSafe(report.report.text), width)}  ${counts}`;
    }),
  ];
}

function byYearLines(summary: Summary, lang: Language): string[] {
  if (summary.byYear.length === 0) return [label("cli.summary.byYearNone", lang)];
  const statuses = figureStatuses(summary);
  const headers = [
    label("cli.summary.year", lang),
    label("cli.summary.addressee", lang),
    ...statuses.map((status) => statusLabel(status, lang)),
  ];
  const rows = summary.byYear.map((row) => [
    String(row.year),
    label(row.addressee === "legislative" ? "cli.summary.legislative" : "cli.summary.executiveHead", lang),
    ...statuses.map((status) => String(row[status])),
  ]);
  return [label("cli.summary.byYear", lang), ...alignColumns([headers, ...rows], 2)];
}

function rateLines(summary: Summary, lang: Language): string[] {
  const { overall, legislative, executiveHead } = summary.rates;
  const line = (name: LabelId, pick: (rates: Rates) => [number | null, number, number]) =>
    `  ${formatLabel("cli.summary.rateLine", lang, {
      name: label(name, lang),
      overall: rateText(pick(overall), lang),
      legislative: rateText(pick(legislative), lang),
      executiveHead: rateText(pick(executiveHead), lang),
    })}`;
  return [
    line("cli.summary.acceptanceRate", (rates) => [
      rates.acceptance,
      rates.accepted,
      acceptanceDenominator(rates),
    ]),
    line("cli.summary.implementationRate", (rates) => [
      rates.implementation,
      rates.implemented,
      rates.accepted,
    ]),
  ];
}

/** The acceptance rate's denominator, recovered from the rate (it excludes not-relevant and under-consideration). */
function acceptanceDenominator(rates: Rates): number {
  return rates.acceptance === null || rates.acceptance === 0
    ? 0
    : Math.round(rates.accepted / rates.acceptance);
}

function rateText([rate, numerator, denominator]: [number | null, number, number], lang: Language): string {
  if (rate === null) return label("cli.summary.rateNotApplicable", lang);
  const percent = formatPercent(rate, lang);
  return denominator > 0
    ? formatLabel("cli.summary.rateOf", lang, { rate: percent, numerator, denominator })
    : percent;
}
