import { readAcceptance } from "../../parse/status-words";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { foreignWordAdvice, formulaErrorMessage, quotable } from "../messages";

/** E05: acceptance missing or unknown. */
export const acceptanceRule: Rule = ({ register, report }) => {
  const field = "acceptance";
  for (const { recommendation, cells } of register.rows) {
    const reading = readAcceptance(cells.acceptance);
    if (reading.kind === "value") continue;
    const message =
      reading.kind === "blank"
        ? findingMessageOf("missingChoice", { field, choices: "acceptance" })
        : reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : (foreignWordAdvice("acceptance", field, reading.shown) ??
            findingMessageOf("unknownStatus", {
              field,
              value: quotable(reading.shown),
              choices: "acceptance",
            }));
    report(recommendation.row, "acceptance", "E05-acceptance", message);
  }
};
