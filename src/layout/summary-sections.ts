import type { Rates, Summary } from "../core/summary-types";
import type { CellStyle } from "./model";
import type { Language } from "../labels/language";
import { formatCount, formatLabel, formatLongDate, label, type LabelId } from "../labels/labels";
import { decisionText } from "./decision-text";
import { rangeOf } from "./ranges";
import type { CellInput, SheetBuilder } from "./sheet-builder";
import {
  HEADING_FONT_SIZE,
  HEADING_STYLE,
  INDENT_STYLE,
  NOTE_FONT_SIZE,
  NUMBER_STYLE,
  NUMBER_TABLE_BODY_STYLE,
  PERCENT_STYLE,
  SMALL_NOTE_STYLE,
  TABLE_BODY_STYLE,
  TABLE_HEADER_STYLE,
  TABLE_TOTAL_STYLE,
} from "./styles";

/**
 * Paragraph 8 of the seed: how many recommendations stay outstanding, to legislative bodies and to the
 * executive head, should the Member States endorse the report.
 *
 * @example outstandingSentence(summary, "zh") // "截至 2023 年 2 月 28 日，本报告中所载的建议如获成员国核可，将有一项给…立法机构的建议以及四项给行政首长的建议为未完成。"
 */
export function outstandingSentence(summary: Summary, lang: Language): string {
  const params = {
    date: formatLongDate(summary.asOf, lang),
    legislative: formatCount(summary.outstanding.legislative, lang),
    executiveHead: formatCount(summary.outstanding.executiveHead, lang),
  };
  return summary.organization
    ? formatLabel("summary.outstandingWithOrganization", lang, {
        ...params,
        organization: summary.organization,
      })
    : formatLabel("summary.outstanding", lang, params);
}

/** A section heading; returns its row. */
export function addHeading(builder: SheetBuilder, text: string): number {
  const row = builder.addRow([
    { value: text, span: builder.columnCount, fontSize: HEADING_FONT_SIZE, bold: true },
  ]);
  builder.style(rangeOf(row, 0, 1, builder.columnCount), HEADING_STYLE);
  return row;
}

/** A header row and body rows over the given column spans, with thin borders. Returns the first body row. */
export function addTable(
  builder: SheetBuilder,
  spans: readonly number[],
  header: readonly string[],
  body: readonly (readonly (string | number | null)[])[],
  bodyStyle: CellStyle = TABLE_BODY_STYLE,
): number {
  const place = (values: readonly (string | number | null)[], bold: boolean): CellInput[] =>
    values.map((value, index) => ({ value, span: spans[index] ?? 1, bold }));
  const width = spans.reduce((sum, span) => sum + span, 0);
  const headerRow = builder.addRow(place(header, true));
  builder.style(rangeOf(headerRow, 0, 1, width), TABLE_HEADER_STYLE);
  for (const values of body) builder.addRow(place(values, false));
  if (body.length > 0) builder.style(rangeOf(headerRow + 1, 0, body.length, width), bodyStyle);
  return headerRow + 1;
}

function rateValue(rate: number | null, lang: Language): string | number {
  return rate === null ? label("rates.notApplicable", lang) : rate;
}

/** Acceptance and implementation rates, overall and by addressee, as numbers formatted "0%". */
export function addRates(builder: SheetBuilder, summary: Summary, lang: Language): void {
  const heading = addHeading(builder, label("rates.heading", lang));
  const scopes: readonly (readonly [LabelId, Rates])[] = [
    ["rates.overall", summary.rates.overall],
    ["addressee.legislative", summary.rates.legislative],
    ["addressee.executiveHead", summary.rates.executiveHead],
  ];
  const headerIds: readonly LabelId[] = [
    "rates.scope",
    "rates.total",
    "rates.accepted",
    "rates.implemented",
    "rates.acceptanceRate",
    "rates.implementationRate",
  ];
  const spans = [2, 1, 1, 1, 1, 2];
  const first = addTable(
    builder,
    spans,
    headerIds.map((id) => label(id, lang)),
    scopes.map(([id, rates]) => [
      label(id, lang),
      rates.total,
      rates.accepted,
      rates.implemented,
      rateValue(rates.acceptance, lang),
      rateValue(rates.implementation, lang),
    ]),
    NUMBER_TABLE_BODY_STYLE,
  );
  builder.style(rangeOf(first, 2, scopes.length, 3), NUMBER_STYLE);
  builder.style(rangeOf(first, 5, scopes.length, 3), PERCENT_STYLE);
  const note = builder.addRow([
    {
      value: label(hasClosed(summary) ? "rates.noteWithClosed" : "rates.note", lang),
      span: builder.columnCount,
      fontSize: NOTE_FONT_SIZE,
    },
  ]);
  builder.style(rangeOf(note, 0, 1, builder.columnCount), SMALL_NOTE_STYLE);
  builder.keepTogether(heading, note);
}

/** The draft decision (paragraph 10): its opening words and one ready line per report. */
export function addDecision(builder: SheetBuilder, summary: Summary, lang: Language): void {
  const heading = addHeading(builder, label("decision.heading", lang));
  builder.addRow([{ value: label("decision.intro", lang), span: builder.columnCount }]);
  const lines = decisionText(summary, lang);
  if (lines.length === 0) {
    const none = builder.addRow([{ value: label("decision.none", lang), span: builder.columnCount }]);
    builder.keepTogether(heading, none);
    return;
  }
  const first = builder.rowCount;
  for (const line of lines) builder.addRow([{ value: line, span: builder.columnCount }]);
  builder.style(rangeOf(first, 0, lines.length, builder.columnCount), INDENT_STYLE);
  // The paragraph prints on one page when it fits on one; a longer list runs on.
  builder.keepTogether(heading, builder.rowCount - 1);
}

/** Table 2: the planned JIU reviews (code, title, work-plan year). */
export function addPlannedReviews(builder: SheetBuilder, summary: Summary, lang: Language): void {
  const year = Number(summary.asOf.slice(0, 4));
  const heading = addHeading(
    builder,
    summary.organization
      ? formatLabel("planned.caption", lang, { year, organization: summary.organization })
      : formatLabel("planned.captionNoOrganization", lang, { year }),
  );
  const first = addTable(
    builder,
    [1, 5, 2],
    [label("planned.code", lang), label("planned.title", lang), label("planned.workPlan", lang)],
    summary.plannedReviews.map((review) => [
      review.code,
      review.title,
      review.workPlanYear === null
        ? null
        : formatLabel("planned.workPlanYear", lang, { year: review.workPlanYear }),
    ]),
  );
  // The whole table on one page when it fits; the heading with its head row in any case.
  builder.keepTogether(heading, Math.max(first, builder.rowCount - 1));
}

/** Table 1: how the JIU's requests were answered (on time, late, pending, overdue), with shares. */
export function addTimeliness(builder: SheetBuilder, summary: Summary, lang: Language): void {
  const timeliness = summary.timeliness;
  if (!timeliness) return;
  const heading = addHeading(builder, label("timeliness.caption", lang));
  const outcomes: readonly (readonly [LabelId, number])[] = [
    ["timeliness.onTime", timeliness.onTime],
    ["timeliness.late", timeliness.late],
    ["timeliness.pending", timeliness.pending],
    ["timeliness.overdue", timeliness.overdue],
  ];
  const total = outcomes.reduce((sum, [, count]) => sum + count, 0);
  const share = (count: number): number | string =>
    total === 0 ? label("rates.notApplicable", lang) : count / total;
  const first = addTable(
    builder,
    [3, 1, 1],
    [label("timeliness.outcome", lang), label("timeliness.count", lang), label("timeliness.share", lang)],
    [
      ...outcomes.map(([id, count]) => [label(id, lang), count, share(count)]),
      [label("table.total", lang), total, share(total)],
    ],
    NUMBER_TABLE_BODY_STYLE,
  );
  builder.style(rangeOf(first, 3, outcomes.length + 1, 1), NUMBER_STYLE);
  builder.style(rangeOf(first, 4, outcomes.length + 1, 1), PERCENT_STYLE);
  builder.style(rangeOf(first + outcomes.length, 0, 1, 5), TABLE_TOTAL_STYLE);
  builder.keepTogether(heading, first + outcomes.length);
}

/** Whether any recommendation is "Closed" without a stated reason (the rates leave it out). */
function hasClosed(summary: Summary): boolean {
  return summary.byYear.some((row) => row.closed > 0);
}
