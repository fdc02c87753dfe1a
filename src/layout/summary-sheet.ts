import type { Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import { formatLabel, formatLongDate, label } from "../labels/labels";
import type { SheetLayout } from "./model";
import { printPage } from "./page";
import { rangeOf } from "./ranges";
import { SheetBuilder } from "./sheet-builder";
import { sheetName } from "./sheet-names";
import { directedLayout } from "./direction";
import { BASE_STYLE, HEADING_FONT_SIZE, SUBTITLE_STYLE, TITLE_FONT_SIZE, TITLE_STYLE } from "./styles";
import { addChanges } from "./summary-changes";
import { addStatusFigure, figureStatuses, STATUS_COLUMNS } from "./summary-figure";
import { addTrendFigure } from "./summary-trend";
import {
  addDecision,
  addPlannedReviews,
  addRates,
  addTimeliness,
  outstandingSentence,
} from "./summary-sections";

/**
 * Points: the year column, six status columns, the total column (about the printable width of A4).
 * A status column holds "consideration" in bold on one line (57 pt in Calibri, plus the cell's margins).
 */
const SUMMARY_COLUMN_WIDTHS: readonly number[] = [60, 66, 66, 66, 66, 66, 66, 60];
/** With a seventh status column ("Closed"), a little narrower; printing fits the page's width. */
const SUMMARY_COLUMN_WIDTHS_WITH_CLOSED: readonly number[] = [56, 62, 62, 62, 62, 62, 62, 62, 56];

/**
 * The summary chart sheet: title and as-of date, paragraph 8, Figures 1 and 2 (a table by review year
 * and status, and a native stacked-column chart reading it, for legislative bodies and for the executive
 * head), with a History sheet Figure 3 (the outstanding trend per reporting cycle, a native line chart),
 * acceptance and implementation rates, the changes since the last report, the draft decision (paragraph 10), then Table 1
 * (timeliness, when the workbook has requests) and Table 2 (planned reviews, when it has them).
 *
 * @example layoutSummarySheet(summarize(register, "2023-02-28"), "en").charts.map((c) => c.id) // ["legislative", "executiveHead"]
 */
export function layoutSummarySheet(summary: Summary, lang: Language): SheetLayout {
  const builder = new SheetBuilder(
    figureStatuses(summary).length > STATUS_COLUMNS.length
      ? SUMMARY_COLUMN_WIDTHS_WITH_CLOSED
      : SUMMARY_COLUMN_WIDTHS,
  );
  const columns = builder.columnCount;
  const title = summary.organization
    ? formatLabel("summary.titleWithOrganization", lang, { organization: summary.organization })
    : label("summary.title", lang);
  const titleRow = builder.addRow([{ value: title, span: columns, fontSize: TITLE_FONT_SIZE, bold: true }]);
  builder.style(rangeOf(titleRow, 0, 1, columns), TITLE_STYLE);
  const asOfRow = builder.addRow([
    {
      value: formatLabel("summary.asOf", lang, { date: formatLongDate(summary.asOf, lang) }),
      span: columns,
      fontSize: HEADING_FONT_SIZE,
    },
  ]);
  builder.style(rangeOf(asOfRow, 0, 1, columns), SUBTITLE_STYLE);
  builder.addSpacer(10);
  builder.addRow([{ value: outstandingSentence(summary, lang), span: columns }]);
  builder.addSpacer(10);

  addStatusFigure(builder, summary, "legislative", 1, lang);
  builder.addSpacer(10);
  addStatusFigure(builder, summary, "executiveHead", 2, lang);
  builder.addSpacer(10);
  if (addTrendFigure(builder, summary, 3, lang)) builder.addSpacer(10);
  addRates(builder, summary, lang);
  builder.addSpacer(10);
  addChanges(builder, summary, lang);
  builder.addSpacer(10);
  addDecision(builder, summary, lang);
  if (summary.timeliness) {
    builder.addSpacer(10);
    addTimeliness(builder, summary, lang);
  }
  if (summary.plannedReviews.length > 0) {
    builder.addSpacer(10);
    addPlannedReviews(builder, summary, lang);
  }

  const layout = builder.build(
    "summary",
    sheetName("summary", lang),
    printPage({ first: titleRow, last: asOfRow }),
    {
      baseStyle: BASE_STYLE,
    },
  );
  return directedLayout(layout, lang);
}
