import { yearOf } from "../../dates";
import { isOutstanding } from "../../status";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";

/** The JIU counts a recommendation as long-outstanding from five years after its review. */
export const LONG_OUTSTANDING_YEARS = 5;

/** W01: last updated after the as-of date. */
export const lastUpdatedFutureRule: Rule = ({ register, asOf, report }) => {
  for (const { recommendation } of register.rows) {
    const { lastUpdated } = recommendation;
    if (lastUpdated === null || lastUpdated <= asOf) continue;
    report(
      recommendation.row,
      "lastUpdated",
      "W01-last-updated-future",
      findingMessageOf("lastUpdated.future", { field: "lastUpdated", date: lastUpdated, asOf }),
    );
  }
};

/** W02: deadline before the as-of date while still outstanding (overdue). */
export const deadlineOverdueRule: Rule = ({ register, asOf, report }) => {
  for (const { recommendation } of register.rows) {
    const { deadline } = recommendation;
    if (deadline === null || deadline >= asOf || !isOutstanding(recommendation)) continue;
    report(
      recommendation.row,
      "deadline",
      "W02-deadline-overdue",
      findingMessageOf("deadline.overdue", { field: "deadline", date: deadline, asOf }),
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
      findingMessageOf("outstanding.long", {
        years: year - symbol.year,
        symbol: symbol.text,
        year: symbol.year,
      }),
    );
  }
};
