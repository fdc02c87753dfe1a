import type { ReportDetails } from "../../core/parse/report-sheet";
import type { Summary } from "../../core/summary-types";
import type { Language } from "../../labels/language";
import { formatLabel, label } from "../../labels/labels";
import { decisionText } from "../decision-text";
import { paragraph, text } from "./blocks";
import type { DocParagraph, TextPiece } from "./model";

/**
 * Paragraphs 9 and 10: the draft decision in the report's wording, its list of recommendations proposed for
 * closure in the summary's order (newest report first), as the summary sheet gives it.
 */
export function decisionBlocks(summary: Summary, details: ReportDetails, lang: Language): DocParagraph[] {
  const committee: TextPiece =
    details.committee === undefined
      ? text(label("document.placeholder.committee", lang), { placeholder: true })
      : text(details.committee);
  const symbol: TextPiece =
    details.symbol === undefined
      ? text(label("document.placeholder.symbol", lang), { placeholder: true })
      : text(details.symbol);
  const [leadBefore, leadAfter] = splitAt(label("document.para10.lead", lang), "{committee}");
  const [iBefore, iAfter] = splitAt(label("document.para10.i", lang), "{symbol}");
  const items = decisionText(summary, lang);
  return [
    paragraph("body", label("document.para9", lang), { number: 9, keepNext: true }),
    paragraph("body", [text(leadBefore), committee, text(leadAfter)], { number: 10, keepNext: true }),
    paragraph("decision", [text(iBefore), symbol, text(iAfter)], { keepNext: true }),
    paragraph("decision", formatLabel("document.para10.ii", lang, { intro: label("decision.intro", lang) }), {
      keepNext: true,
    }),
    ...(items.length === 0
      ? [paragraph("decisionItem", label("decision.none", lang), { keepNext: true })]
      : items.map((item) => paragraph("decisionItem", `-\t${item}`, { keepNext: true }))),
    paragraph("decision", label("document.para10.iii", lang)),
    paragraph("endMarker", label("document.follows.annexes", lang)),
  ];
}

/** The text before and after a placeholder, so that a given value or a marked placeholder goes between. */
function splitAt(template: string, placeholder: string): [string, string] {
  const index = template.indexOf(placeholder);
  return index < 0 ? [template, ""] : [template.slice(0, index), template.slice(index + placeholder.length)];
}
