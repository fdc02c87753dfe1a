import { readImplementation } from "../../parse/status-words";
import type { Rule } from "../context";
import { findingMessageOf, type FindingMessage } from "../message-params";
import { foreignWordAdvice, formulaErrorMessage, quotable } from "../messages";

/** E06: implementation unknown, or blank while the recommendation is accepted. */
export const implementationRule: Rule = ({ register, report }) => {
  const field = "implementation";
  for (const { recommendation, cells } of register.rows) {
    const reading = readImplementation(cells.implementation);
    let message: FindingMessage | null = null;
    if (reading.kind === "formulaError") message = formulaErrorMessage(field, reading.code);
    else if (reading.kind === "invalid") {
      message =
        foreignWordAdvice("implementation", field, reading.shown) ??
        findingMessageOf("unknownStatusOrBlank", {
          field,
          value: quotable(reading.shown),
          choices: "implementation",
        });
    } else if (reading.kind === "blank" && recommendation.acceptance === "accepted") {
      message = findingMessageOf("implementation.blankWhileAccepted", { field, choices: "implementation" });
    }
    if (message) report(recommendation.row, "implementation", "E06-implementation", message);
  }
};

/** E07: an implementation status while the recommendation is Not accepted or Not relevant. */
export const implementationWithoutAcceptanceRule: Rule = ({ register, report }) => {
  for (const { recommendation } of register.rows) {
    const { acceptance, implementation } = recommendation;
    if (implementation === null || (acceptance !== "notAccepted" && acceptance !== "notRelevant")) continue;
    report(
      recommendation.row,
      "implementation",
      "E07-implementation-without-acceptance",
      findingMessageOf("implementation.withoutAcceptance", {
        field: "implementation",
        implementation,
        acceptance,
      }),
    );
  }
};
