import { readImplementation } from "../../parse/status-words";
import type { Rule } from "../context";
import {
  ACCEPTANCE_LABEL,
  fieldName,
  foreignWordAdvice,
  formulaErrorMessage,
  IMPLEMENTATION_CHOICES,
  IMPLEMENTATION_LABEL,
  quote,
} from "../messages";

/** E06: implementation unknown, or blank while the recommendation is accepted. */
export const implementationRule: Rule = ({ register, report }) => {
  const field = fieldName("implementation");
  for (const { recommendation, cells } of register.rows) {
    const reading = readImplementation(cells.implementation);
    let message: string | null = null;
    if (reading.kind === "formulaError") message = formulaErrorMessage(field, reading.code);
    else if (reading.kind === "invalid") {
      message =
        foreignWordAdvice("implementation", field, reading.shown) ??
        `${field} ${quote(reading.shown)} is not a known status; ${IMPLEMENTATION_CHOICES}, or leave it blank`;
    } else if (reading.kind === "blank" && recommendation.acceptance === "accepted") {
      message = `${field} is blank but the recommendation is Accepted; ${IMPLEMENTATION_CHOICES}`;
    }
    if (message) report(recommendation.row, "implementation", "E06-implementation", message);
  }
};

/** E07: an implementation status while the recommendation is Not accepted or Not relevant. */
export const implementationWithoutAcceptanceRule: Rule = ({ register, report }) => {
  const field = fieldName("implementation");
  for (const { recommendation } of register.rows) {
    const { acceptance, implementation } = recommendation;
    if (implementation === null || (acceptance !== "notAccepted" && acceptance !== "notRelevant")) continue;
    report(
      recommendation.row,
      "implementation",
      "E07-implementation-without-acceptance",
      `${field} is '${IMPLEMENTATION_LABEL[implementation]}' but the recommendation is ${ACCEPTANCE_LABEL[acceptance]}; ` +
        `clear the implementation or correct the acceptance`,
    );
  }
};
