import type { ActiveReport, Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import { formatLabel, formatLongDate, label, type LabelId } from "../labels/labels";
import { httpAddress } from "./hyperlinks";
import type { SheetLayout } from "./model";
import { printPage } from "./page";
import { rangeOf } from "./ranges";
import { SheetBuilder } from "./sheet-builder";
import { sheetName } from "./sheet-names";
import { singleLineWidth } from "./text-metrics";
import {
  BASE_STYLE,
  BODY_FONT_SIZE,
  CENTER_STYLE,
  NOTE_FONT_SIZE,
  SMALL_NOTE_STYLE,
  TABLE_BODY_STYLE,
  TABLE_HEADER_STYLE,
  TITLE_FONT_SIZE,
  TITLE_STYLE,
} from "./styles";

/** Points: the symbol, counts, CEB comments and other documents columns at their narrowest. */
const SYMBOL_WIDTH = 88;
const COUNTS_WIDTH = 80;
const MIN_CEB_WIDTH = 80;
const MIN_OTHER_WIDTH = 72;
/** The title column takes what the others leave of this sheet width (about A4's printable width)... */
const SHEET_WIDTH = 510;
/** ...but no less than this. */
const MIN_TITLE_WIDTH = 110;
/**
 * A link's words must fit one line (LibreOffice does not wrap hyperlinked cells), so their column is
 * sized to the longest; words wider than this are shown as the column's label instead, never cut.
 */
const MAX_LINK_WIDTH = 200;
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

/** What a CEB-comments or other-documents cell shows: a link with its words, or the register's text. */
type DocumentCell =
  | { readonly kind: "link"; readonly address: string; readonly text: string }
  | { readonly kind: "text"; readonly text: string | null };

/**
 * A cell that the register gives as a link or as text: an http(s) address becomes a link showing the
 * register's words for it (the seed shows "首协会评论意见和检查组的回应"), or `fallback` when there are none
 * or they are too wide for one line; other text is shown as it is (and wraps).
 */
function documentCell(
  value: string | null,
  words: string | null | undefined,
  fallback: string,
): DocumentCell {
  const address = httpAddress(value);
  if (!address) return { kind: "text", text: value };
  const text = words?.trim() ? words.trim() : fallback;
  const fits = singleLineWidth(text, { fontSize: BODY_FONT_SIZE }) <= MAX_LINK_WIDTH;
  return { kind: "link", address, text: fits ? text : fallback };
}

/** The column's width: wide enough for its longest link on one line. */
function linkColumnWidth(cells: readonly DocumentCell[], minimum: number): number {
  let width = minimum;
  for (const cell of cells) {
    if (cell.kind === "link")
      width = Math.max(width, singleLineWidth(cell.text, { fontSize: BODY_FONT_SIZE }));
  }
  return Math.ceil(width);
}

function placeDocumentCell(builder: SheetBuilder, row: number, column: number, cell: DocumentCell): void {
  if (cell.kind === "link") builder.link(row, column, cell.address, cell.text);
}

/** One report's row: the report and its two document cells. */
interface ReportRow {
  readonly report: ActiveReport;
  readonly ceb: DocumentCell;
  readonly other: DocumentCell;
}

/** Column widths in points: the title column takes what the others leave of the sheet width. */
function columnWidths(rows: readonly ReportRow[]): number[] {
  const cebWidth = linkColumnWidth(
    rows.map((row) => row.ceb),
    MIN_CEB_WIDTH,
  );
  const otherWidth = linkColumnWidth(
    rows.map((row) => row.other),
    MIN_OTHER_WIDTH,
  );
  const titleWidth = Math.max(
    MIN_TITLE_WIDTH,
    SHEET_WIDTH - SYMBOL_WIDTH - COUNTS_WIDTH - cebWidth - otherWidth,
  );
  return [SYMBOL_WIDTH, titleWidth, COUNTS_WIDTH, cebWidth, otherWidth];
}

/** The heading, the introduction and the JIU website's link; returns the heading's row. */
function addIntroRows(builder: SheetBuilder, summary: Summary, lang: Language): number {
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
  builder.addSpacer(10);
  return heading;
}

/** The table's body under its header row: one row per report, or a line saying there are none. */
function addReportRows(
  builder: SheetBuilder,
  rows: readonly ReportRow[],
  header: number,
  lang: Language,
): void {
  const columns = builder.columnCount;
  for (const { report, ceb, other } of rows) {
    // The link goes on the short symbol: LibreOffice does not wrap the text of a hyperlinked cell.
    const reportAddress = httpAddress(report.link);
    const row = builder.addRow([
      report.report.text,
      report.title,
      countsText(report, lang),
      ceb.kind === "text" ? ceb.text : null,
      other.kind === "text" ? other.text : null,
    ]);
    if (reportAddress) builder.link(row, 0, reportAddress, report.report.text);
    placeDocumentCell(builder, row, 3, ceb);
    placeDocumentCell(builder, row, 4, other);
  }
  const reports = rows.length;
  if (reports > 0) {
    builder.style(rangeOf(header + 1, 0, reports, columns), TABLE_BODY_STYLE);
    builder.style(rangeOf(header + 1, 2, reports, 1), CENTER_STYLE);
  } else {
    builder.addRow([{ value: label("annexIII.empty", lang), span: columns }]);
  }
}

/**
 * Annex III: the active JIU reports (those with outstanding recommendations), newest first, with the link
 * to each report, the counts per addressee, the CEB comments and other documents.
 *
 * @example layoutActiveReportsAnnex(summary, "en").values[headerRow + 1][0] // "JIU/REP/2020/7"
 */
export function layoutActiveReportsAnnex(summary: Summary, lang: Language): SheetLayout {
  const rows: ReportRow[] = summary.activeReports.map((report) => ({
    report,
    ceb: documentCell(report.cebComments, report.cebCommentsText, label("annexIII.ceb", lang)),
    other: documentCell(report.otherDocuments, report.otherDocumentsText, label("annex.link", lang)),
  }));
  const builder = new SheetBuilder(columnWidths(rows));
  const columns = builder.columnCount;
  const heading = addIntroRows(builder, summary, lang);

  const header = builder.addRow(HEADER_IDS.map((id) => ({ value: label(id, lang), bold: true })));
  builder.keepTogether(heading, header + 1);
  builder.style(rangeOf(header, 0, 1, columns), TABLE_HEADER_STYLE);
  addReportRows(builder, rows, header, lang);
  builder.addSpacer(10);
  const footnote = builder.addRow([
    { value: label("annexIII.footnote", lang), span: columns, fontSize: NOTE_FONT_SIZE },
  ]);
  builder.style(rangeOf(footnote, 0, 1, columns), SMALL_NOTE_STYLE);
  // The whole list on one page when it fits; a longer one runs on under its repeated head row.
  builder.keepTogether(heading, footnote);

  return builder.build("annexIII", sheetName("annexIII", lang), printPage({ first: header, last: header }), {
    baseStyle: BASE_STYLE,
  });
}
