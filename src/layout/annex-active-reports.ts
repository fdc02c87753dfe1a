import type { ActiveReport, Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import { formatLabel, formatLongDate, label, type LabelId } from "../labels/labels";
import { httpAddress } from "./hyperlinks";
import type { SheetLayout } from "./model";
import { printPage } from "./page";
import { rangeOf } from "./ranges";
import { SheetBuilder } from "./sheet-builder";
import { sheetName } from "./sheet-names";
import {
  BASE_STYLE,
  CENTER_STYLE,
  LINK_STYLE,
  NOTE_FONT_SIZE,
  SMALL_NOTE_STYLE,
  TABLE_BODY_STYLE,
  TABLE_HEADER_STYLE,
  TITLE_FONT_SIZE,
  TITLE_STYLE,
} from "./styles";

/** Points: symbol, title with link, counts, CEB comments, other documents. */
const ANNEX_III_COLUMN_WIDTHS: readonly number[] = [88, 162, 100, 80, 72];
const JIU_WEBSITE = "https://www.unjiu.org/";

const HEADER_IDS: readonly LabelId[] = [
  "annexIII.symbol",
  "annexIII.title",
  "annexIII.counts",
  "annexIII.ceb",
  "annexIII.otherDocuments",
];

/**
 * "1 legislative body", "2 executive head": the outstanding recommendations of a report per addressee,
 * one line each, leaving out an addressee with none.
 *
 * @example countsText({ …, legislative: 1, executiveHead: 0 }, "zh") // "1 立法机构"
 */
export function countsText(
  report: Pick<ActiveReport, "legislative" | "executiveHead">,
  lang: Language,
): string {
  const lines: string[] = [];
  if (report.legislative > 0)
    lines.push(formatLabel("annexIII.count.legislative", lang, { count: report.legislative }));
  if (report.executiveHead > 0) {
    lines.push(formatLabel("annexIII.count.executiveHead", lang, { count: report.executiveHead }));
  }
  return lines.join("\n");
}

/**
 * A cell that the register gives as a link or as text: an http(s) address is shown as `linkLabel` and
 * made clickable; other text is shown as it is.
 */
function addLinkedCell(
  builder: SheetBuilder,
  row: number,
  column: number,
  value: string | null,
  linkLabel: string,
): void {
  const address = httpAddress(value);
  if (!address) return;
  builder.link(row, column, address, linkLabel);
  builder.style(rangeOf(row, column, 1, 1), LINK_STYLE);
}

function plainUnlessLink(value: string | null): string | null {
  return httpAddress(value) ? null : value;
}

/**
 * Annex III: the active JIU reports (those with outstanding recommendations), newest first, with the link
 * to each report, the counts per addressee, the CEB comments and other documents.
 *
 * @example layoutActiveReportsAnnex(summary, "en").values[headerRow + 1][0] // "JIU/REP/2020/7"
 */
export function layoutActiveReportsAnnex(summary: Summary, lang: Language): SheetLayout {
  const builder = new SheetBuilder(ANNEX_III_COLUMN_WIDTHS);
  const columns = builder.columnCount;
  const date = formatLongDate(summary.asOf, lang);
  const organization = summary.organization;
  const heading = builder.addRow([
    {
      value: organization
        ? formatLabel("annexIII.heading", lang, { date, organization })
        : formatLabel("annexIII.headingNoOrganization", lang, { date }),
      span: columns,
      fontSize: TITLE_FONT_SIZE,
      bold: true,
    },
  ]);
  builder.style(rangeOf(heading, 0, 1, columns), TITLE_STYLE);
  builder.addSpacer(10);
  builder.addRow([
    {
      value: organization
        ? formatLabel("annexIII.intro", lang, { organization })
        : label("annexIII.introNoOrganization", lang),
      span: columns,
    },
  ]);
  const website = builder.addRow([{ value: label("annexIII.website", lang), span: columns }]);
  builder.link(website, 0, JIU_WEBSITE, label("annexIII.website", lang));
  builder.style(rangeOf(website, 0, 1, columns), LINK_STYLE);
  builder.addSpacer(10);

  const header = builder.addRow(HEADER_IDS.map((id) => ({ value: label(id, lang), bold: true })));
  builder.keepTogether(heading, header + 1);
  builder.style(rangeOf(header, 0, 1, columns), TABLE_HEADER_STYLE);
  for (const report of summary.activeReports) {
    // The link goes on the short symbol: LibreOffice does not wrap the text of a hyperlinked cell.
    const reportAddress = httpAddress(report.link);
    const row = builder.addRow([
      report.report.text,
      report.title,
      countsText(report, lang),
      plainUnlessLink(report.cebComments),
      plainUnlessLink(report.otherDocuments),
    ]);
    if (reportAddress) {
      builder.link(row, 0, reportAddress, report.report.text);
      builder.style(rangeOf(row, 0, 1, 1), LINK_STYLE);
    }
    addLinkedCell(builder, row, 3, report.cebComments, report.cebCommentsText ?? label("annexIII.ceb", lang));
    addLinkedCell(
      builder,
      row,
      4,
      report.otherDocuments,
      report.otherDocumentsText ?? label("annex.link", lang),
    );
  }
  const reports = summary.activeReports.length;
  if (reports > 0) {
    builder.style(rangeOf(header + 1, 0, reports, columns), TABLE_BODY_STYLE);
    builder.style(rangeOf(header + 1, 2, reports, 1), CENTER_STYLE);
  } else {
    builder.addRow([{ value: label("annexIII.empty", lang), span: columns }]);
  }
  builder.addSpacer(10);
  const footnote = builder.addRow([
    { value: label("annexIII.footnote", lang), span: columns, fontSize: NOTE_FONT_SIZE },
  ]);
  builder.style(rangeOf(footnote, 0, 1, columns), SMALL_NOTE_STYLE);

  return builder.build("annexIII", sheetName("annexIII", lang), printPage({ first: header, last: header }), {
    baseStyle: BASE_STYLE,
  });
}
