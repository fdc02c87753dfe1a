import type { Addressee, Recommendation } from "../../core/model";
import type { AnnexReportGroup, AnnexYearGroup, Summary } from "../../core/summary-types";
import type { Language } from "../../labels/language";
import {
  acceptanceLabel,
  formatLabel,
  formatLongDate,
  implementationLabel,
  label,
  numberingMarker,
} from "../../labels/labels";
import { changeNote, changeNoteText } from "../change-note";
import { httpAddress } from "../hyperlinks";
import { text } from "./blocks";
import type { DocCell, DocRow, DocTable, TextPiece } from "./model";

/** Points: the label column, the text column, the change note beside them (451 in all). */
const WIDTHS: readonly number[] = [100, 261, 90];
const HEADING_SIZE = 12;

function wide(pieces: readonly TextPiece[], options: Partial<DocCell> = {}): DocCell {
  return { paragraphs: [pieces], columnSpan: WIDTHS.length, bordered: false, ...options };
}

function plain(value: string, options: Partial<DocCell> = {}): DocCell {
  return { paragraphs: value.split("\n").map((line) => [text(line)]), bordered: true, ...options };
}

/** The report's line: symbol, “title” and "Link" made a link only for an http(s) address. */
function reportRow(report: AnnexReportGroup, lang: Language): DocRow {
  const address = httpAddress(report.link);
  const title =
    report.title.trim() === "" ? "" : formatLabel("annex.reportTitle", lang, { title: report.title });
  const pieces: TextPiece[] = [
    text(report.report.text, { bold: true }),
    text(" "),
    text(title, { bold: true }),
  ];
  if (address) pieces.push(text(" "), text(label("annex.link", lang), { link: address }));
  else if (report.link) pieces.push(text(` ${report.link}`));
  return { keepNext: true, cells: [wide(pieces, { spaceBefore: 10 })] };
}

/**
 * A recommendation's block: a row per label and value, the change note beside them over the whole block.
 * Every row but the last is kept with the next, and no row splits, so no block is cut across two pages.
 */
function blockRows(rec: Recommendation, lang: Language): DocRow[] {
  const number = rec.number?.unnumbered
    ? label("annex.unnumbered", lang)
    : formatLabel("annex.recommendation", lang, { number: rec.number?.text ?? "" });
  const pairs: [string, string][] = [[number, rec.text]];
  if (rec.addresseeName) pairs.push([label("annex.addressee", lang), rec.addresseeName]);
  pairs.push(
    [label("annex.assessment", lang), rec.assessment],
    [label("annex.acceptance", lang), rec.acceptance ? acceptanceLabel(rec.acceptance, lang) : ""],
    [
      label("annex.implementation", lang),
      rec.implementation ? implementationLabel(rec.implementation, lang) : "",
    ],
    [label("annex.responsible", lang), rec.responsible],
  );
  const note = changeNote(rec);
  return pairs.map(([name, value], index): DocRow => {
    const cells: DocCell[] = [plain(name, { bold: index === 0 }), plain(value)];
    if (index === 0) {
      cells.push({
        paragraphs: [[text(note ? changeNoteText(note, lang) : "", { italic: true })]],
        rowSpan: pairs.length,
        bordered: false,
      });
    }
    return { keepNext: index < pairs.length - 1, cells };
  });
}

function yearRows(group: AnnexYearGroup, index: number, lang: Language): DocRow[] {
  const title = formatLabel("annex.yearGroup", lang, {
    marker: numberingMarker(index + 1, lang),
    year: group.year,
  });
  const heading: DocRow = {
    keepNext: true,
    cells: [wide([text(title, { bold: true })], { spaceBefore: 14 })],
  };
  return [
    heading,
    ...group.reports.flatMap((report) => [
      reportRow(report, lang),
      ...report.recommendations.flatMap((rec) => blockRows(rec, lang)),
    ]),
  ];
}

/**
 * Annex I (to legislative bodies) or Annex II (to the executive head) as one Word table: its heading and
 * as-of date in the heading row, repeated on each page as the sheets' print titles are; then per year group,
 * newest first, the year's heading, each report's line and a block per recommendation in the seed's order.
 */
export function recommendationAnnexTable(
  groups: readonly AnnexYearGroup[],
  summary: Summary,
  addressee: Addressee,
  lang: Language,
): DocTable {
  const heading: DocRow = {
    header: true,
    cells: [
      {
        paragraphs: [
          [
            text(label(addressee === "legislative" ? "annexI.heading" : "annexII.heading", lang), {
              bold: true,
            }),
          ],
          [text(formatLabel("annex.asOf", lang, { date: formatLongDate(summary.asOf, lang) }))],
        ],
        columnSpan: WIDTHS.length,
        bordered: false,
        align: "center",
        fontSize: HEADING_SIZE,
      },
    ],
  };
  const body =
    groups.length === 0
      ? [{ cells: [wide([text(label("annex.empty", lang))])] }]
      : groups.flatMap((group, index) => yearRows(group, index, lang));
  return {
    kind: "table",
    id: addressee === "legislative" ? "annexI" : "annexII",
    columnWidths: WIDTHS,
    rows: [heading, ...body],
  };
}
