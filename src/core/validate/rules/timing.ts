import { yearOf } from "../../dates";
import { isOutstanding } from "../../status";
import type { Rule } from "../context";
import { fieldName } from "../messages";

/** The JIU counts a recommendation as long-outstanding from five years after its review. */
export const LONG_OUTSTANDING_YEARS = 5;

/** W01: last updated after the as-of date. */
export const lastUpdatedFutureRule: Rule = ({ register, asOf, report }) => {
  const field = fieldName("lastUpdated");
  for (const { recommendation } of register.rows) {
    const { lastUpdated } = recommendation;
    if (lastUpdated === null || lastUpdated <= asOf) continue;
    report(
      recommendation.row,
      "lastUpdated",
      "W01-last-updated-future",
      `${field} ${lastUpdated} is after the as-of date ${asOf}; check the date, or report as of a later date`,
    );
  }
};

/** W02: deadline before the as-of date while still outstanding (overdue). */
export const deadlineOverdueRule: Rule = ({ register, asOf, report }) => {
  const field = fieldName("deadline");
  for (const { recommendation } of register.rows) {
    const { deadline } = recommendation;
    if (deadline === null || deadline >= asOf || !isOutstanding(recommendation)) continue;
    report(
      recommendation.row,
      "deadline",
      "W02-deadline-overdue",
      `${field} ${deadline} has passed (as of ${asOf}) and the recommendation is still outstanding; ` +
        `update its status or agree a new deadline`,
    );
  }
};

/** W04: outstanding five years or more after the review year. */
export const longOutstandingRule: Rule = ({ register, asOf, report }) => {
  const year = yearOf(asOf);
  for (const { recommendation } of register.rows) {
    const symbol = recommendation.report;
    if (symbol === null || year - symbol.year < LONG_OUTSTANDING_YEARS || !isOutstanding(recommendation))
      continue;
    const column = recommendation.acceptance === "underConsideration" ? "acceptance" : "implementation";
    report(
      recommendation.row,
      column,
      "W04-long-outstanding",
      `Outstanding ${year - symbol.year} years after the review (${symbol.text}, ${symbol.year}), which the JIU ` +
        `counts as long-outstanding; plan its closure or explain the delay in the assessment`,
    );
  }
};
