import type { Summary } from "../../core/summary-types";
import type { Language } from "../../labels/language";
import { formatLabel, formatLongDate, label } from "../../labels/labels";
import { countsText } from "../annex-active-reports";
import { httpAddress } from "../hyperlinks";
import { cell, HEADER_FILL, paragraph, text } from "./blocks";
import type { DocBlock, DocCell, DocRow } from "./model";

const JIU_WEBSITE = "https://www.unjiu.org/";
/** Points: symbol, title, counts, CEB comments, other documents (451 in all). */
const WIDTHS: readonly number[] = [86, 155, 80, 70, 60];

/** A cell that the register gives as a link or as text: an http(s) address is a link showing `words`. */
function documentCell(value: string | null, words: string | null | undefined, fallback: string): DocCell {
  const address = httpAddress(value);
  if (!address) return cell(value);
  return { paragraphs: [[text(words?.trim() ? words.trim() : fallback, { link: address })]], bordered: true };
}

/** Annex III: the active reports with their links, outstanding counts, CEB comments and other documents. */
export function activeReportsBlocks(summary: Summary, lang: Language): DocBlock[] {
  const date = formatLongDate(summary.asOf, lang);
  const organization = summary.organization;
  const header: DocRow = {
    header: true,
    cells: (
      [
        "annexIII.symbol",
        "annexIII.title",
        "annexIII.counts",
        "annexIII.ceb",
        "annexIII.otherDocuments",
      ] as const
    ).map((id) => cell(label(id, lang), { bold: true, fill: HEADER_FILL })),
  };
  const rows = summary.activeReports.map((report): DocRow => {
    const address = httpAddress(report.link);
    return {
      cells: [
        address
          ? { paragraphs: [[text(report.report.text, { link: address })]], bordered: true }
          : cell(report.report.text),
        cell(report.title),
        cell(countsText(report, lang), { align: "center" }),
        documentCell(report.cebComments, report.cebCommentsText, label("annexIII.ceb", lang)),
        documentCell(report.otherDocuments, report.otherDocumentsText, label("annex.link", lang)),
      ],
    };
  });
  return [
    paragraph(
      "annexTitle",
      organization
        ? formatLabel("annexIII.heading", lang, { date, organization })
        : formatLabel("annexIII.headingNoOrganization", lang, { date }),
      { keepNext: true },
    ),
    paragraph(
      "body",
      [
        text(
          organization
            ? formatLabel("annexIII.intro", lang, { organization })
            : label("annexIII.introNoOrganization", lang),
        ),
        text(" "),
        text(label("annexIII.website", lang), { link: JIU_WEBSITE }),
      ],
      { keepNext: true },
    ),
    rows.length === 0
      ? paragraph("body", label("annexIII.empty", lang))
      : { kind: "table", id: "annexIII", columnWidths: WIDTHS, rows: [header, ...rows] },
    paragraph("note", label("annexIII.footnote", lang)),
  ];
}
