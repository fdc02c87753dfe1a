import { sampleGridSheet, SAMPLE_AS_OF } from "../../../samples/wipo-2023-data";
import { parseWorkbook } from "../../../src/core/parse";
import { summarize } from "../../../src/core/summarize";
import { layoutAnnexes, layoutSummarySheet, type SheetLayout } from "../../../src/layout";
import type { Language } from "../../../src/labels/language";
import { sampleSheets } from "../../../dev/preview/sample-fault";
import { cellAddress } from "../../../dev/preview/workbook/addresses";
import { problemText } from "../../fixtures/problem";

/** What the layout model says the generated sheets hold, for the register the preview loads. */
export function expectedLayouts(
  withFault: boolean,
  language: Language,
): { summary: SheetLayout; annexes: SheetLayout[] } {
  const outcome = parseWorkbook({ sheets: sampleSheets(withFault).map(sampleGridSheet) });
  if (!outcome.ok) throw new Error(`The sample does not parse: ${problemText(outcome.problem).message}`);
  const summary = summarize(outcome.register, SAMPLE_AS_OF);
  return {
    summary: layoutSummarySheet(summary, language),
    annexes: layoutAnnexes(outcome.register, summary, language),
  };
}

/** Every text cell of a layout, by A1 address. */
export function textCells(layout: SheetLayout): Map<string, string> {
  const cells = new Map<string, string>();
  layout.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (typeof value === "string" && value !== "") cells.set(cellAddress(r, c), value);
    }),
  );
  return cells;
}
