import { columnLetters } from "../core/a1";
import type { FindingParams } from "../core/findings";
import type { HistoryProblem } from "../core/history";
import type { RolloverPlan, RolloverRefusal } from "../core/rollover";
import { formatFindingMessage } from "./finding-message";
import { formatList } from "./format-list";
import type { Language } from "./language";
import { formatLabel } from "./lookup";

/** At most this many rows are listed in a message; the rest are counted. */
const LISTED_ROWS = 20;

/**
 * Why the next cycle was not started, in a sentence that says what to do.
 *
 * @example rolloverRefusalMessage({ code: "alreadyRolledOver", asOf, sheet: "History" }, "en") // 'The next cycle was not started: the sheet "History" already holds ...'
 */
export function rolloverRefusalMessage(refusal: RolloverRefusal, language: Language): string {
  switch (refusal.code) {
    case "registerHasErrors":
      return formatLabel("rollover.refused.registerHasErrors", language, { count: refusal.errors });
    case "alreadyRolledOver":
      return formatLabel("rollover.refused.alreadyRolledOver", language, refusal);
    case "asOfBeforeLastCycle":
      return formatLabel("rollover.refused.asOfBeforeLastCycle", language, refusal);
    case "previousDiffersFromHistory":
      return formatLabel("rollover.refused.previousDiffers", language, differsParams(refusal, language));
    case "historyUnreadable": {
      const problems = refusal.problems.map((problem) => historyProblemText(problem, language));
      return formatLabel("rollover.refused.historyUnreadable", language, {
        sheet: refusal.sheet,
        problems: problems.join("; "),
      });
    }
    case "noRoomForColumns":
      return formatLabel("rollover.refused.noRoomForColumns", language, {
        sheet: refusal.sheet,
        column: columnLetters(refusal.column - 1),
      });
    case "archivedRowHoldsOtherCells":
      return formatLabel("rollover.refused.archivedRowHoldsOtherCells", language, {
        sheet: refusal.sheet,
        row: refusal.row,
        cell: `${columnLetters(refusal.column - 1)}${refusal.row}`,
      });
  }
}

/** The question the pane asks when the previous statuses differ from History's last cycle. */
export function rolloverDiffersQuestion(
  refusal: Extract<RolloverRefusal, { code: "previousDiffersFromHistory" }>,
  language: Language,
): string {
  return formatLabel("rollover.differsConfirm", language, differsParams(refusal, language));
}

function differsParams(
  refusal: Extract<RolloverRefusal, { code: "previousDiffersFromHistory" }>,
  language: Language,
): { rows: string; sheet: string; lastCycle: string } {
  const listed = refusal.rows.slice(0, LISTED_ROWS).map(String);
  const more = refusal.rows.length - listed.length;
  const rows = formatList(more > 0 ? [...listed, `… (+${more})`] : listed, language);
  return { rows, sheet: refusal.sheet, lastCycle: refusal.lastCycle };
}

/** A hand edit of the History sheet, with its row and column, in the reader's language. */
export function historyProblemText(problem: HistoryProblem, language: Language): string {
  // The same widening validation applies when it reports these problems as findings (W13, W14).
  const params = problem.message.params as FindingParams;
  const message = formatFindingMessage(problem.message.id, params, language);
  return problem.column === undefined
    ? formatLabel("rollover.problem.row", language, { row: problem.row, message })
    : formatLabel("rollover.problem.cell", language, {
        row: problem.row,
        column: problem.column.header,
        message,
      });
}

/**
 * What a roll-over will change, one line each, for the confirmation: History rows (and whether the
 * sheet is created), columns created, previous-status cells set, "assessment updated" cleared, rows archived.
 */
export function rolloverPlanLines(plan: RolloverPlan, language: Language): string[] {
  const history = plan.history;
  const lines = [
    formatLabel(history.createSheet ? "rollover.historyCreated" : "rollover.historyAppended", language, {
      sheet: history.sheet,
      count: history.recommendationRows,
    }),
  ];
  if (plan.createdColumns.length > 0) {
    const columns = plan.createdColumns.map(
      (column) => `${column.header} (${columnLetters(column.column - 1)})`,
    );
    lines.push(formatLabel("rollover.columnsCreated", language, { columns: formatList(columns, language) }));
  }
  lines.push(formatLabel("rollover.previousCopied", language, { count: plan.counts.previousValuesChanged }));
  lines.push(
    formatLabel("rollover.assessmentCleared", language, { count: plan.counts.assessmentUpdatedCleared }),
  );
  if (plan.archive)
    lines.push(
      formatLabel("rollover.archived", language, { sheet: plan.archive.sheet, count: plan.counts.archived }),
    );
  lines.push(formatLabel(plan.archive ? "rollover.keepsOthersMoved" : "rollover.keepsOthers", language, {}));
  return lines;
}
