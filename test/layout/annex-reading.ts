import type { SheetLayout } from "../../src/layout/model";

const SYMBOL = /^JIU\/[A-Z]+\/\d+\/\d+$/;
const RECOMMENDATION = /^(?:Recommendation|建议) (\S.*)$/;
const UNNUMBERED = /^(?:Informal recommendations|非正式建议)$/;

/** What a block's first label says: its identifier as written, "(unnumbered)" for the informal ones, or null. */
function blockId(label: string): string | null {
  if (UNNUMBERED.test(label)) return "(unnumbered)";
  return RECOMMENDATION.exec(label)?.[1] ?? null;
}

/** The blocks of Annex I or II in sheet order, as "symbol#identifier" ("JIU/REP/2021/6#4", "…#3(a)"). */
export function annexBlocks(sheet: SheetLayout): string[] {
  const blocks: string[] = [];
  let report = "";
  for (const row of sheet.values) {
    const first = row[0];
    if (typeof first !== "string") continue;
    if (SYMBOL.test(first)) report = first;
    const id = blockId(first);
    if (id !== null) blocks.push(`${report}#${id}`);
  }
  return blocks;
}

/** Row index of the block of a recommendation of a report; -1 when absent. */
export function blockRow(sheet: SheetLayout, symbol: string, number: number | string): number {
  let report = "";
  return sheet.values.findIndex((row) => {
    const first = row[0];
    if (typeof first !== "string") return false;
    if (SYMBOL.test(first)) report = first;
    return report === symbol && blockId(first) === String(number);
  });
}

/** The year-group headings, in sheet order. */
export function yearHeadings(sheet: SheetLayout): string[] {
  return sheet.values
    .map((row) => row[0])
    .filter(
      (value): value is string =>
        typeof value === "string" && /(conducted in \d{4}|年开展的审查)/.test(value),
    );
}
