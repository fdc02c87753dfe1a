import { statusLayout } from "../../parse/status-columns";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";

/**
 * W11: acceptances read as Accepted because only an implementation is given (a blank Acceptance cell, or no
 * Acceptance column). Said once for the whole register, on the first such row, not once per row: the
 * inference is sound (only an accepted recommendation is implemented), but the person should know.
 */
export const acceptanceInferredRule: Rule = ({ register, report }) => {
  let count = 0;
  let first = 0;
  for (const { recommendation } of register.rows) {
    if (!recommendation.acceptanceInferred) continue;
    if (count === 0) first = recommendation.row;
    count++;
  }
  if (count === 0) return;
  const layout = statusLayout(register.columns, "now");
  if (layout.acceptance === null) {
    const column = layout.implementation ?? layout.phrase ?? "implementation";
    report(
      first,
      column,
      "W11-acceptance-inferred",
      findingMessageOf("acceptance.inferredNoColumn", { count, row: first }),
    );
    return;
  }
  report(
    first,
    "acceptance",
    "W11-acceptance-inferred",
    count === 1
      ? findingMessageOf("acceptance.inferredOneRow", { field: "acceptance", row: first })
      : findingMessageOf("acceptance.inferredRows", { field: "acceptance", count, row: first }),
  );
};
