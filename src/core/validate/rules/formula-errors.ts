import { isErrorCell } from "../../parse/cell";
import type { Finding } from "../../findings";
import type { ColumnId, ColumnRef } from "../../model";
import type { RuleContext } from "../context";
import { formulaErrorMessage } from "../messages";

/**
 * W09: a formula error (#N/A, #REF!...) left in a register cell that no other rule has already reported.
 * A column's own rule reports its formula errors (E01 for the report symbol...); this catches the rest,
 * for instance an #N/A in the assessment of a closed recommendation.
 *
 * @example reportRemainingFormulaErrors(context, findingsSoFar) // adds W09 findings through the context
 */
export function reportRemainingFormulaErrors(context: RuleContext, findings: readonly Finding[]): void {
  const { register, report } = context;
  const reported = new Set<string>();
  for (const finding of findings) {
    if (finding.sheet === register.sheet) reported.add(`${finding.row}:${finding.columnNumber}`);
  }
  const columns = Object.entries(register.columns) as [ColumnId, ColumnRef][];
  for (const { recommendation, cells } of register.rows) {
    for (const [id, ref] of columns) {
      const cell = cells[id];
      if (!isErrorCell(cell)) continue;
      if (reported.has(`${recommendation.row}:${ref.columnNumber ?? ref.index + 1}`)) continue;
      report(recommendation.row, id, "W09-formula-error", formulaErrorMessage(id, cell.code));
    }
  }
}
