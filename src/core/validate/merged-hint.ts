import type { Finding, RuleId } from "../findings";
import type { ColumnId, Register } from "../model";
import { isBlankCell } from "../parse/cell";
import { columnNumberOf } from "./context";
import type { FindingHint } from "./message-params";

/** Rules that report a blank cell, where the blank may be the lower part of merged cells. */
const BLANK_CELL_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "E01-report-symbol",
  "E04-addressee",
  "E05-acceptance",
  "E06-implementation",
  "E08-responsible-missing",
  "E09-text-missing",
  "E10-report-title",
  // An acceptance read as Accepted because its cell is blank: the blank may be a merged cell's lower part.
  "W11-acceptance-inferred",
]);

/**
 * Merged cells keep their value in the top cell only: the rows below read as blank, although Excel shows
 * the value across them. The grid does not say which cells are merged, so a blank cell whose column holds
 * a value higher up in the same unbroken run of rows gets a hint that it may be merged. Linear: one pass
 * per column that has such findings.
 *
 * @example addMergedCellHints(findings, register) // "Report symbol is missing; ...; if the cell is merged ..."
 */
export function addMergedCellHints(findings: readonly Finding[], register: Register): Finding[] {
  const idByNumber = new Map<number, ColumnId>();
  for (const [id, ref] of Object.entries(register.columns) as [
    ColumnId,
    (typeof register.columns)[ColumnId],
  ][]) {
    if (ref) idByNumber.set(columnNumberOf(ref), id);
  }
  const wanted = new Set<ColumnId>();
  for (const finding of findings) {
    const id = idByNumber.get(finding.columnNumber);
    if (id && finding.sheet === register.sheet && BLANK_CELL_RULES.has(finding.rule)) wanted.add(id);
  }
  if (wanted.size === 0) return [...findings];

  const belowValue = new Set<string>();
  for (const id of wanted) {
    let valueAbove = false;
    let previousRow = register.headerRow;
    for (const { recommendation, cells } of register.rows) {
      // A merge covers adjacent rows: a gap (an empty row) ends the run.
      if (recommendation.row !== previousRow + 1) valueAbove = false;
      previousRow = recommendation.row;
      if (!isBlankCell(cells[id])) valueAbove = true;
      else if (valueAbove) belowValue.add(`${recommendation.row}:${id}`);
    }
  }
  return findings.map((finding) => {
    const id = idByNumber.get(finding.columnNumber);
    if (!id || finding.sheet !== register.sheet || !BLANK_CELL_RULES.has(finding.rule)) return finding;
    if (!belowValue.has(`${finding.row}:${id}`)) return finding;
    return { ...finding, params: { ...finding.params, hint: "mergedCell" satisfies FindingHint } };
  });
}
