import type { ReportDetails } from "../../core/parse/report-sheet";
import type { Register } from "../../core/model";
import { annexContentsByAddressee } from "../../core/summarize";
import type { Summary } from "../../core/summary-types";
import type { Language } from "../../labels/language";
import { formatLabel, label } from "../../labels/labels";
import { activeReportsBlocks } from "./annex-active";
import { recommendationAnnexTable } from "./annex-tables";
import { paragraph } from "./blocks";
import { coverBlocks, openingBlocks } from "./cover";
import { decisionBlocks } from "./decision";
import { outstandingBlocks } from "./figures";
import type { ReportDocument } from "./model";

export type * from "./model";
export { figureChart } from "./figures";

/**
 * The whole progress report as data, in the seed's order: cover block, paragraphs 1-10 with Tables 1 and 2
 * and Figures 1 and 2, then Annexes I, II and III, each on a new page and closed by its end marker.
 *
 * @example layoutReportDocument(register, summarize(register, "2023-02-28"), {}, "en").blocks.length // > 20
 */
export function layoutReportDocument(
  register: Register,
  summary: Summary,
  details: ReportDetails,
  lang: Language,
): ReportDocument {
  const contents = annexContentsByAddressee(register);
  const annexLabel = (id: "sheet.annexI" | "sheet.annexII" | "sheet.annexIII") =>
    paragraph("annexLabel", label(id, lang), { pageBreakBefore: true });
  const title = summary.organization
    ? formatLabel("summary.titleWithOrganization", lang, { organization: summary.organization })
    : label("summary.title", lang);
  return {
    lang,
    title,
    blocks: [
      ...coverBlocks(summary, details, lang),
      ...openingBlocks(summary, details, lang),
      ...outstandingBlocks(summary, lang),
      ...decisionBlocks(summary, details, lang),
      annexLabel("sheet.annexI"),
      recommendationAnnexTable(contents.legislative, summary, "legislative", lang),
      paragraph("endMarker", label("document.follows.annexII", lang)),
      annexLabel("sheet.annexII"),
      recommendationAnnexTable(contents.executiveHead, summary, "executiveHead", lang),
      paragraph("endMarker", label("document.follows.annexIII", lang)),
      annexLabel("sheet.annexIII"),
      ...activeReportsBlocks(summary, lang),
      paragraph("endMarker", label("document.end", lang)),
    ],
  };
}
