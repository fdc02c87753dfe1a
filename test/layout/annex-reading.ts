import type { SheetLayout } from "../../src/layout/model";

const SYMBOL = /^JIU\/[A-Z]+\/\d+\/\d+$/;
const RECOMMENDATION = /^(?:Recommendation|建议) (\d+)$/;

/** The blocks of Annex I or II in sheet order, as "symbol#number". */
export function annexBlocks(sheet: SheetLayout): string[] {
  const blocks: string[] = [];
  let report = "";
  for (const row of sheet.values) {
    const first = row[0];
    if (typeof first !== "string") continue;
    if (SYMBOL.test(first)) report = first;
    const match = RECOMMENDATION.exec(first);
    if (match) blocks.push(`${report}#${match[1]}`);
  }
  return blocks;
}

/** Row index of the block of a recommendation of a report; -1 when absent. */
export function blockRow(sheet: SheetLayout, symbol: string, number: number): number {
  let report = "";
  return sheet.values.findIndex((row) => {
    const first = row[0];
    if (typeof first !== "string") return false;
    if (SYMBOL.test(first)) report = first;
    const match = RECOMMENDATION.exec(first);
    return match !== null && report === symbol && Number(match[1]) === number;
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
