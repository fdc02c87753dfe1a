import type { Addressee } from "../../core/model";
import type { Summary } from "../../core/summary-types";
import type { Language } from "../../labels/language";
import { formatLabel, label } from "../../labels/labels";
import { layoutSummarySheet } from "../summary-sheet";
import { outstandingSentence } from "../summary-sections";
import { paragraph, text } from "./blocks";
import { organizationName } from "./cover";
import { changesBlocks, trendBlocks } from "./changes";
import { figureChart } from "./figures-chart";
import type { DocBlock } from "./model";

export { figureChart } from "./figures-chart";

/**
 * Paragraph 8 (the outstanding counts), Figures 1 and 2 with their notes, with a History sheet Figure 3
 * (the outstanding trend), and the changes since the last report.
 */
export function outstandingBlocks(summary: Summary, lang: Language): DocBlock[] {
  const organization = organizationName(summary, lang);
  const sheet = layoutSummarySheet(summary, lang);
  const figure = (addressee: Addressee, number: number): DocBlock[] => {
    const spec = sheet.charts.find((chart) => chart.id === addressee);
    const note = paragraph(
      "note",
      formatLabel(
        addressee === "legislative"
          ? "document.figure.note.legislative"
          : "document.figure.note.executiveHead",
        lang,
        { organization },
      ),
    );
    if (!spec) {
      const title = label(
        addressee === "legislative" ? "addressee.legislative" : "addressee.executiveHead",
        lang,
      );
      return [
        paragraph("caption", formatLabel("figure.caption", lang, { number, title }), { keepNext: true }),
        paragraph("body", label("chart.noData", lang)),
      ];
    }
    return [
      paragraph("caption", formatLabel("figure.caption", lang, { number, title: spec.title }), {
        keepNext: true,
      }),
      figureChart(sheet, spec),
      note,
    ];
  };
  return [
    paragraph(
      "body",
      [
        text(outstandingSentence(summary, lang)),
        text(lang === "zh" ? "" : " "),
        text(formatLabel("document.para8.closing", lang, { organization })),
      ],
      { number: 8 },
    ),
    ...figure("legislative", 1),
    ...figure("executiveHead", 2),
    ...trendBlocks(sheet, 3, lang),
    ...changesBlocks(summary, lang),
  ];
}
