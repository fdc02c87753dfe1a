import type { ReportDetails } from "../../core/parse/report-sheet";
import type { Summary } from "../../core/summary-types";
import type { Language } from "../../labels/language";
import { formatLabel, formatLongDate, formatPercent, label, type LabelId } from "../../labels/labels";
import { numbered, paragraph, simpleTable, text } from "./blocks";
import type { DocBlock, DocParagraph, TextPiece } from "./model";

/** The organization's name, or "the Organization" when the register does not say. */
export function organizationName(summary: Summary, lang: Language): string {
  return summary.organization ?? label("document.theOrganization", lang);
}

/** The detail as given, or its placeholder, marked. */
function given(value: string | undefined, placeholder: LabelId, lang: Language): TextPiece {
  return value === undefined ? text(label(placeholder, lang), { placeholder: true }) : text(value);
}

/**
 * The cover block, as the seed's first page: the symbol and date at the top right, the committee, the
 * session, the place and dates, the title and "prepared by the Secretariat".
 */
export function coverBlocks(summary: Summary, details: ReportDetails, lang: Language): DocParagraph[] {
  const meeting =
    details.place !== undefined && details.dates !== undefined
      ? [text(formatLabel("document.meeting", lang, { place: details.place, dates: details.dates }))]
      : details.place !== undefined || details.dates !== undefined
        ? [text(details.place ?? details.dates ?? "")]
        : [text(label("document.placeholder.meeting", lang), { placeholder: true })];
  const title = summary.organization
    ? formatLabel("summary.titleWithOrganization", lang, { organization: summary.organization })
    : label("summary.title", lang);
  return [
    paragraph("symbol", [given(details.symbol, "document.placeholder.symbol", lang)]),
    ...(details.documentDate === undefined ? [] : [paragraph("symbol", details.documentDate)]),
    paragraph("committee", [given(details.committee, "document.placeholder.committee", lang)]),
    paragraph("session", [given(details.session, "document.placeholder.session", lang)]),
    paragraph("meeting", meeting),
    paragraph("title", title),
    paragraph("preparedBy", label("document.preparedBy", lang)),
  ];
}

/** Paragraphs 1 to 7, with Table 1 after paragraph 6 and Table 2 after paragraph 7 when the workbook has them. */
export function openingBlocks(summary: Summary, details: ReportDetails, lang: Language): DocBlock[] {
  const organization = organizationName(summary, lang);
  const own = details.paragraphs ?? {};
  const date = formatLongDate(summary.asOf, lang);
  const years = summary.byYear.map((row) => row.year);
  const fromYear = years.length > 0 ? Math.min(...years) : Number(summary.asOf.slice(0, 4));
  const fixed = (id: LabelId, params: Record<string, string | number> = {}): TextPiece[] => [
    text(formatLabel(id, lang, { organization, date, ...params })),
  ];
  const placeholder = (id: LabelId, params: Record<string, string> = {}): TextPiece[] => [
    text(formatLabel(id, lang, { organization, ...params }), { placeholder: true }),
  ];
  const previous = details.previousReport ?? label("document.previous.placeholder", lang);
  return [
    numbered(1, own[1], fixed("document.para1", { fromYear })),
    numbered(2, own[2], fixed("document.para2")),
    numbered(3, own[3], fixed("document.para3")),
    numbered(4, own[4], fixed("document.para4")),
    numbered(5, own[5], placeholder("document.para5.placeholder", { previous })),
    numbered(6, own[6], placeholder("document.para6.placeholder")),
    ...timelinessBlocks(summary, lang),
    ...plannedBlocks(summary, lang),
  ];
}

function timelinessBlocks(summary: Summary, lang: Language): DocBlock[] {
  const timeliness = summary.timeliness;
  if (!timeliness) return [];
  const counts: readonly (readonly [LabelId, number])[] = [
    ["timeliness.onTime", timeliness.onTime],
    ["timeliness.late", timeliness.late],
    ["timeliness.pending", timeliness.pending],
    ["timeliness.overdue", timeliness.overdue],
  ];
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const share = (count: number): string =>
    total === 0 ? label("rates.notApplicable", lang) : formatPercent(count / total, lang);
  return [
    paragraph("caption", label("timeliness.caption", lang), { keepNext: true }),
    simpleTable(
      "timeliness",
      [271, 90, 90],
      [label("timeliness.outcome", lang), label("timeliness.count", lang), label("timeliness.share", lang)],
      [
        ...counts.map(([id, count]) => [label(id, lang), count, share(count)]),
        [label("table.total", lang), total, share(total)],
      ],
    ),
  ];
}

function plannedBlocks(summary: Summary, lang: Language): DocBlock[] {
  if (summary.plannedReviews.length === 0) {
    return [
      paragraph("body", [text(label("document.para7.placeholder", lang), { placeholder: true })], {
        number: 7,
      }),
    ];
  }
  const year = Number(summary.asOf.slice(0, 4));
  const caption = summary.organization
    ? formatLabel("planned.caption", lang, { year, organization: summary.organization })
    : formatLabel("planned.captionNoOrganization", lang, { year });
  return [
    paragraph("body", label("document.para7", lang), { number: 7, keepNext: true }),
    paragraph("caption", caption, { keepNext: true }),
    simpleTable(
      "planned",
      [60, 281, 110],
      [label("planned.code", lang), label("planned.title", lang), label("planned.workPlan", lang)],
      summary.plannedReviews.map((review) => [
        review.code,
        review.title,
        review.workPlanYear === null
          ? null
          : formatLabel("planned.workPlanYear", lang, { year: review.workPlanYear }),
      ]),
    ),
  ];
}
