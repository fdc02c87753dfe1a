import type { Summary } from "../../core/summary-types";
import type { Language } from "../../labels/language";
import { formatLabel, label } from "../../labels/labels";
import type { SheetLayout } from "../model";
import { changeCells, changeCounts, changesBasisText, listedChanges } from "../summary-changes";
import { paragraph, simpleTable } from "./blocks";
import { figureChart } from "./figures-chart";
import type { DocBlock } from "./model";

/** Points: the counts table's two columns, and the changes table's five; each adds up to the text width. */
const COUNT_WIDTHS = [361, 90];
const CHANGE_WIDTHS = [96, 45, 110, 110, 90];

/**
 * Figure 3, with a History sheet: the outstanding trend per reporting cycle, the summary sheet's line chart.
 *
 * @example trendBlocks(summarySheet, 3, "en")[0] // caption "Figure 3. Outstanding JIU recommendations by reporting cycle, 2021–2023"
 */
export function trendBlocks(sheet: SheetLayout, number: number, lang: Language): DocBlock[] {
  const spec = sheet.charts.find((chart) => chart.id === "trend");
  if (!spec) return [];
  return [
    paragraph("caption", formatLabel("figure.caption", lang, { number, title: spec.title }), {
      keepNext: true,
    }),
    figureChart(sheet, spec),
  ];
}

/**
 * "Changes since the last report": what the statuses are compared with, the counts (n/a when not known),
 * and a table of each recommendation whose status changed, as the summary sheet has them.
 */
export function changesBlocks(summary: Summary, lang: Language): DocBlock[] {
  const { changes } = summary;
  const counts = changeCounts(changes).map(([id, count]) => [
    label(id, lang),
    count ?? label("rates.notApplicable", lang),
  ]);
  const blocks: DocBlock[] = [
    paragraph("caption", label("changes.heading", lang), { keepNext: true }),
    paragraph("note", changesBasisText(changes, lang), { keepNext: true }),
    simpleTable(
      "changeCounts",
      COUNT_WIDTHS,
      [label("changes.measure", lang), label("changes.count", lang)],
      counts,
    ),
  ];
  if (changes.basis === "none" || changes.changes.length === 0) {
    return changes.basis === "none" ? blocks : [...blocks, paragraph("body", label("changes.none", lang))];
  }
  const header = (
    ["changes.report", "changes.recommendation", "changes.from", "changes.to", "changes.addressee"] as const
  ).map((id) => label(id, lang));
  const { listed, more } = listedChanges(changes, lang);
  const rows = listed.map((change) => changeCells(change, lang));
  // A paragraph between the two tables: Word joins adjacent tables into one (and repeats the first's header).
  const spacer = paragraph("note", "", { keepNext: true });
  const table = simpleTable("changes", CHANGE_WIDTHS, header, rows);
  return [...blocks, spacer, table, ...(more === null ? [] : [paragraph("note", more)])];
}
