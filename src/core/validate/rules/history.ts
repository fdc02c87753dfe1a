import type { Rule } from "../context";

/**
 * W13 (the History sheet's header lacks columns, so it is not read) and W14 (a History cell that cannot
 * be read: text where a date belongs, an unknown status word, a recommendation listed twice in one cycle).
 * The parser found them (src/core/history); each is reported on its sheet, row and column.
 */
export const historyRule: Rule = ({ register, reportOn }) => {
  const history = register.history;
  if (!history) return;
  for (const problem of history.problems) {
    const rule = problem.scope === "sheet" ? "W13-history-sheet" : "W14-history-row";
    reportOn(history.sheet, problem.row, problem.column, rule, problem.message);
  }
};
