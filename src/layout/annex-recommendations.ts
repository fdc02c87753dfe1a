import type { Addressee, Recommendation, RecommendationId } from "../core/model";
import type { AnnexReportGroup, AnnexYearGroup, Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import {
  acceptanceLabel,
  formatLabel,
  formatLongDate,
  implementationLabel,
  label,
  numberingMarker,
} from "../labels/labels";
import { changeNote, changeNoteText, type ChangeNote } from "./change-note";
import { httpAddress } from "./hyperlinks";
import type { SheetLayout } from "./model";
import { printPage } from "./page";
import { rangeOf } from "./ranges";
import { SheetBuilder, type CellSpec } from "./sheet-builder";
import { sheetName } from "./sheet-names";
import {
  BASE_STYLE,
  BLOCK_STYLE,
  BODY_FONT_SIZE,
  BOLD_STYLE,
  HEADING_FONT_SIZE,
  HEADING_STYLE,
  LABEL_STYLE,
  NOTE_STYLE,
  REPORT_HEADER_STYLE,
  SUBTITLE_STYLE,
  TITLE_FONT_SIZE,
  TITLE_STYLE,
} from "./styles";
import {
  estimateLines,
  hasWide,
  splitForRowsMeasured,
  type FontMetrics,
  type RowPiece,
} from "./text-metrics";

/** Points: the label column, the text column, the column of the change note. */
const ANNEX_COLUMN_WIDTHS: readonly number[] = [100, 300, 110];
const LABEL = 0;
const TEXT = 1;
const NOTE = 2;
const BODY_FONT: FontMetrics = { fontSize: BODY_FONT_SIZE };

/**
 * Texts that every block repeats, made once per sheet rather than formatted again for each of tens of
 * thousands of blocks: "Recommendation N" and the notes on the change since the previous report.
 */
class BlockTexts {
  private readonly numbered = new Map<string, string>();
  private readonly notes = new Map<string, string>();
  private readonly labelCells = new Map<string, CellSpec>();

  constructor(
    private readonly lang: Language,
    private readonly labelWidth: number,
  ) {}

  /** A label cell with the lines its text takes in the label column, measured and made once per label. */
  labelCell(text: string): CellSpec {
    let cell = this.labelCells.get(text);
    if (cell === undefined) {
      cell = { value: text, lines: estimateLines(text, this.labelWidth, BODY_FONT), wide: hasWide(text) };
      this.labelCells.set(text, cell);
    }
    return cell;
  }

  /** "Recommendation 3(a)" as the identifier is written; "Informal recommendations" for the unnumbered. */
  recommendation(id: RecommendationId | null): string {
    const key = id === null ? "" : id.unnumbered ? "\u0000unnumbered" : id.text;
    let text = this.numbered.get(key);
    if (text === undefined) {
      text = id?.unnumbered
        ? label("annex.unnumbered", this.lang)
        : formatLabel("annex.recommendation", this.lang, { number: id?.text ?? "" });
      this.numbered.set(key, text);
    }
    return text;
  }

  note(note: ChangeNote): string {
    const key = note.kind === "previously" ? note.status : note.kind;
    let text = this.notes.get(key);
    if (text === undefined) {
      text = changeNoteText(note, this.lang);
      this.notes.set(key, text);
    }
    return text;
  }
}

/**
 * One label/value pair of a block. A value too long for one row (Excel caps rows at 409 points)
 * continues on the rows below, with the label cell merged down beside it.
 */
function addPair(builder: SheetBuilder, texts: BlockTexts, labelText: string, value: string): void {
  const pieces = splitForRowsMeasured(value, builder.widthOf(TEXT), BODY_FONT);
  const first = builder.rowCount;
  // Each piece's row height comes from the lines measured while cutting: the text is wrapped once.
  for (let index = 0; index < pieces.length; index++) {
    builder.addRow([index === 0 ? texts.labelCell(labelText) : null, pieces[index] as RowPiece]);
  }
  if (pieces.length > 1) builder.setTallCell(first, LABEL, pieces.length, labelText);
}

/**
 * A recommendation's block: number and text, the organization's own name for the addressee when the
 * register gives one ("Coordination Committee"), assessment, acceptance, implementation, responsible; the
 * note on the change since the previous report beside it, in the third column.
 */
/** Returns the block's last row. */
function addRecommendationBlock(
  builder: SheetBuilder,
  rec: Recommendation,
  texts: BlockTexts,
  lang: Language,
): number {
  const first = builder.rowCount;
  addPair(builder, texts, texts.recommendation(rec.number), rec.text);
  const numberRows = builder.rowCount - first;
  if (rec.addresseeName) addPair(builder, texts, label("annex.addressee", lang), rec.addresseeName);
  addPair(builder, texts, label("annex.assessment", lang), rec.assessment);
  addPair(
    builder,
    texts,
    label("annex.acceptance", lang),
    rec.acceptance ? acceptanceLabel(rec.acceptance, lang) : "",
  );
  addPair(
    builder,
    texts,
    label("annex.implementation", lang),
    rec.implementation ? implementationLabel(rec.implementation, lang) : "",
  );
  addPair(builder, texts, label("annex.responsible", lang), rec.responsible);
  const rowCount = builder.rowCount - first;

  builder.style(rangeOf(first, LABEL, rowCount, 1), LABEL_STYLE);
  builder.style(rangeOf(first, LABEL, numberRows, 1), BOLD_STYLE);
  builder.style(rangeOf(first, LABEL, rowCount, 2), BLOCK_STYLE);
  const note = changeNote(rec);
  if (note) {
    builder.setTallCell(first, NOTE, rowCount, texts.note(note));
    builder.style(rangeOf(first, NOTE, rowCount, 1), NOTE_STYLE);
  }
  builder.keepTogether(first, first + rowCount - 1);
  return first + rowCount - 1;
}

/** The report's header: symbol, title in quotes, and "Link" made a hyperlink when the address is http(s). */
/** Returns the header's row. */
function addReportHeader(builder: SheetBuilder, report: AnnexReportGroup, lang: Language): number {
  const title =
    report.title.trim() === "" ? "" : formatLabel("annex.reportTitle", lang, { title: report.title });
  const address = httpAddress(report.link);
  // A link that is not http(s) is shown as plain text, never made clickable.
  const row = builder.addRow([
    { value: report.report.text, bold: true },
    { value: title, bold: true },
    address ? label("annex.link", lang) : (report.link ?? null),
  ]);
  builder.style(rangeOf(row, 0, 1, builder.columnCount), REPORT_HEADER_STYLE);
  if (address) {
    builder.link(row, NOTE, address, label("annex.link", lang));
  }
  return row;
}

function addYearGroup(
  builder: SheetBuilder,
  group: AnnexYearGroup,
  index: number,
  texts: BlockTexts,
  lang: Language,
): void {
  const row = builder.addRow([
    {
      value: formatLabel("annex.yearGroup", lang, {
        marker: numberingMarker(index + 1, lang),
        year: group.year,
      }),
      span: builder.columnCount,
      fontSize: HEADING_FONT_SIZE,
      bold: true,
    },
  ]);
  builder.style(rangeOf(row, 0, 1, builder.columnCount), HEADING_STYLE);
  builder.addSpacer();
  group.reports.forEach((report, reportIndex) => {
    const header = addReportHeader(builder, report, lang);
    report.recommendations.forEach((rec, recIndex) => {
      const last = addRecommendationBlock(builder, rec, texts, lang);
      // Headings stay on the page of the first block under them.
      if (recIndex === 0) builder.keepTogether(reportIndex === 0 ? row : header, last);
      builder.addSpacer();
    });
  });
}

/**
 * Annex I (recommendations to legislative bodies) or Annex II (to the executive head), laid out like the
 * seed: heading and as-of date, year groups newest first, a header per report, a block per recommendation
 * with the change note beside it. Ready to print: A4 portrait, fitted to the width, heading repeated.
 *
 * @example layoutRecommendationAnnex(annexContents(register, "legislative"), summary, "legislative", "zh").name // "附件一"
 */
export function layoutRecommendationAnnex(
  groups: readonly AnnexYearGroup[],
  summary: Summary,
  addressee: Addressee,
  lang: Language,
): SheetLayout {
  const builder = new SheetBuilder(ANNEX_COLUMN_WIDTHS);
  const columns = builder.columnCount;
  const heading = builder.addRow([
    {
      value: label(addressee === "legislative" ? "annexI.heading" : "annexII.heading", lang),
      span: columns,
      fontSize: TITLE_FONT_SIZE,
      bold: true,
    },
  ]);
  builder.style(rangeOf(heading, 0, 1, columns), TITLE_STYLE);
  const asOf = builder.addRow([
    {
      value: formatLabel("annex.asOf", lang, { date: formatLongDate(summary.asOf, lang) }),
      span: columns,
      fontSize: HEADING_FONT_SIZE,
    },
  ]);
  builder.style(rangeOf(asOf, 0, 1, columns), SUBTITLE_STYLE);
  builder.addSpacer(10);

  if (groups.length === 0) builder.addRow([{ value: label("annex.empty", lang), span: columns }]);
  const texts = new BlockTexts(lang, builder.widthOf(LABEL));
  groups.forEach((group, index) => addYearGroup(builder, group, index, texts, lang));

  const kind = addressee === "legislative" ? "annexI" : "annexII";
  return builder.build(kind, sheetName(kind, lang), printPage({ first: heading, last: asOf }), {
    baseStyle: BASE_STYLE,
  });
}
